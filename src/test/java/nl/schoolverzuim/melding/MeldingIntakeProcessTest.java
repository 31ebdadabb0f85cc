package nl.schoolverzuim.melding;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.schoolverzuim.kernel.Termijnen;
import nl.schoolverzuim.kernel.Werkdagen;
import nl.schoolverzuim.testsupport.Modeltest;

/** {@code processes/melding-intake.bpmn}: the hand-off of a melding to the team of the woongemeente (MAS §4 step 1). */
@Deployment(resources = {"processes/melding-intake.bpmn", "processes/mas-termijnen.dmn", "forms/melding-trieren.form"})
class MeldingIntakeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = Modeltest.engine();

    @BeforeEach
    void termijnen() {
        Mocks.register("termijnen", new Termijnen(new Werkdagen()));
    }

    @AfterEach
    void opruimen() {
        Mocks.reset();
    }

    @Test
    void deTriagetaakLigtBijHetTeamEnVervaltNaVijfWerkdagen() {
        // Friday 2026-04-24: Koningsdag (Monday 27 April) is skipped, MAS §5.
        Date meldingsdatum = Date.from(LocalDate.of(2026, 4, 24).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());

        ProcessInstance instantie = runtimeService().startProcessInstanceByKey("melding-intake", "42",
                withVariables("kandidaatGroep", "leerplicht-doetinchem", "meldingsdatum", meldingsdatum,
                        "regio", "achterhoek"));

        assertThat(instantie).isStarted().isWaitingAt("MeldingTrieren");
        assertThat(task()).hasCandidateGroup("leerplicht-doetinchem").hasName("Melding triëren")
                .hasDueDate(Date.from(ZonedDateTime.of(2026, 5, 4, 17, 0, 0, 0, ZoneId.of("Europe/Amsterdam")).toInstant()));
        // The Camunda Form of forms/, always its latest version (so a new form needs no new process version).
        Assertions.assertThat(taskService().createTaskQuery().initializeFormKeys().singleResult().getCamundaFormRef())
                .extracting("key", "binding").containsExactly("melding-trieren", "latest");

        complete(task(), withVariables("triageBesluit", "IN_BEHANDELING"));

        assertThat(instantie).hasPassedInOrder("MeldingOntvangen", "MeldingTrieren", "MeldingGetrieerd").isEnded()
                .variables().containsEntry("triageBesluit", "IN_BEHANDELING");
    }
}
