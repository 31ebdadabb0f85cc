package nl.schoolverzuim.dossier;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Werkdagen;
import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.LaatsteVersies;
import nl.schoolverzuim.testsupport.Modeltest;

/**
 * {@code processes/verhuizing.bpmn}: the old woongemeente's team confirms a move a melding from another gemeente
 * reported, or not (MAS §10). Only the confirmation moves the Jongere.
 */
@Deployment(resources = {"processes/verhuizing.bpmn", "processes/mas-termijnen.dmn", "forms/verhuizing-bevestigen.form"})
class VerhuizingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = Modeltest.engine();

    private final Verhuizingen verhuizingen = mock(Verhuizingen.class);

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("termijnen", new Termijnen(new Werkdagen(), new DecisionCache(new LaatsteVersies())));
        Mocks.register("verhuizingen", verhuizingen);
        // Monday 3 March 2025, 10:00: five werkdagen later is Monday 10 March, end of the working day (MAS §5).
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2025, 3, 3, 10, 0, 0, 0, Termijnen.ZONE).toInstant()));
    }

    @AfterEach
    void opruimen() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance gemeld() {
        ProcessInstance instantie = runtimeService().startProcessInstanceByKey("verhuizing", withVariables(
                "verhuizingId", 7L, "kandidaatGroep", "leerplicht-doetinchem", "naarGemeente", "Aalten"));
        assertThat(instantie).isWaitingAt("VerhuizingBevestigen");
        assertThat(task()).hasCandidateGroup("leerplicht-doetinchem").hasDueDate(Date.from(ZonedDateTime.of(2025, 3, 10, 17, 0, 0, 0, Termijnen.ZONE).toInstant()));
        return instantie;
    }

    @Test
    void bevestigdWijzigtDeWoongemeenteEnDraagtHetDossierOver() {
        ProcessInstance instantie = gemeld();

        complete(task(), withVariables("bevestigd", true));

        assertThat(instantie).hasPassedInOrder("VerhuizingGemeld", "VerhuizingBevestigen", "Verhuisd",
                "DossierOverdragen", "Overgedragen").hasNotPassed("NietVerhuisdVastleggen").isEnded();
        verify(verhuizingen).bevestig(any(DelegateExecution.class));
        verify(verhuizingen, never()).wijsAf(any(DelegateExecution.class));
    }

    @Test
    void nietBevestigdLaatDeWoongemeenteEnHetDossierZoalsZeZijn() {
        ProcessInstance instantie = gemeld();

        complete(task(), withVariables("bevestigd", false, "overdrachtNotitie", "Woont nog bij moeder in Doetinchem"));

        assertThat(instantie).hasPassedInOrder("VerhuizingGemeld", "VerhuizingBevestigen", "Verhuisd",
                "NietVerhuisdVastleggen", "NietVerhuisd").hasNotPassed("DossierOverdragen").isEnded();
        verify(verhuizingen).wijsAf(any(DelegateExecution.class));
        verify(verhuizingen, never()).bevestig(any(DelegateExecution.class));
    }
}
