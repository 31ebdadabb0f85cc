package nl.schoolverzuim.engine;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.schoolverzuim.dossier.Opruiming;
import nl.schoolverzuim.testsupport.Modeltest;

/**
 * {@code processes/historie-verwijdertijd.bpmn}: every night at 00:30, before history cleanup (01:00-05:00), the
 * removal time of werkprocessen that ended is given to all of their history, and the werkprocessen whose retention
 * ended are removed (MAS §10). What that does to the history and our tables is tested on both databases in
 * {@code BewaartermijnTests}.
 */
@Deployment(resources = "processes/historie-verwijdertijd.bpmn")
class HistorieVerwijdertijdProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = Modeltest.engine();

    private final HistorieVerwijdertijd verwijdertijd = mock(HistorieVerwijdertijd.class);
    private final Opruiming opruiming = mock(Opruiming.class);

    @BeforeEach
    void bonen() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("historieVerwijdertijd", verwijdertijd);
        Mocks.register("opruiming", opruiming);
    }

    @AfterEach
    void opruimen() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void elkeNachtOmHalfEenWordtDeVerwijdertijdDoorgegeven() {
        Job nacht = nachtelijkeTimer();
        // Cycles and the cleanup window (01:00-05:00) are both read in the server's time zone.
        LocalDateTime gepland = LocalDateTime.ofInstant(nacht.getDuedate().toInstant(), ZoneId.systemDefault());
        org.assertj.core.api.Assertions.assertThat(gepland.toLocalTime()).isEqualTo(LocalTime.of(0, 30));
        when(verwijdertijd.geefDoor()).thenReturn(true);
        when(opruiming.ruimOp()).thenReturn(3);

        ClockUtil.setCurrentTime(nacht.getDuedate());
        managementService().executeJob(nacht.getId());

        verify(verwijdertijd, times(1)).geefDoor();
        verify(opruiming, times(1)).ruimOp();
        HistoricProcessInstance run = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("historie-verwijdertijd").singleResult();
        org.assertj.core.api.Assertions.assertThat(run.getEndTime()).isEqualTo(nacht.getDuedate());
        org.assertj.core.api.Assertions.assertThat(batchGestart(run.getId())).isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(variabele(run.getId(), "verwijderdeWerkprocessen")).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(nachtelijkeTimer().getDuedate())
                .as("the next night").isEqualTo(Date.from(gepland.plusDays(1).atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** MAS §10: a night without ended werkprocessen still removes those whose retention ended (and vice versa). */
    @Test
    void eenNachtZonderAfgeslotenWerkprocessenStartGeenBatchEnVerwijdertToch() {
        when(verwijdertijd.geefDoor()).thenReturn(false);
        when(opruiming.ruimOp()).thenReturn(0);

        ProcessInstance run = runtimeService().startProcessInstanceByKey("historie-verwijdertijd");

        assertThat(run).hasPassedInOrder("StartHistorieVerwijdertijd", "VerwijdertijdDoorgeven",
                "VerlopenWerkprocessenVerwijderen", "EindeHistorieVerwijdertijd").isEnded();
        verify(opruiming, times(1)).ruimOp();
        org.assertj.core.api.Assertions.assertThat(batchGestart(run.getId())).isEqualTo(false);
        org.assertj.core.api.Assertions.assertThat(variabele(run.getId(), "verwijderdeWerkprocessen")).isEqualTo(0);
    }

    private static Object batchGestart(String run) {
        return variabele(run, "batchGestart");
    }

    private static Object variabele(String run, String naam) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(run)
                .variableName(naam).singleResult().getValue();
    }

    private static Job nachtelijkeTimer() {
        return managementService().createJobQuery().processDefinitionKey("historie-verwijdertijd").timers().singleResult();
    }

}
