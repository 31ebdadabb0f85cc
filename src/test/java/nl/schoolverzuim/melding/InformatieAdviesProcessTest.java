package nl.schoolverzuim.melding;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.Deployment;
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

/** {@code processes/informatie-advies.bpmn}: a question or advice, not verzuim (MAS §3). */
@Deployment(resources = {"processes/informatie-advies.bpmn", "processes/mas-termijnen.dmn", "forms/vraag-beantwoorden.form"})
class InformatieAdviesProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = Modeltest.engine();

    @BeforeEach
    void termijnen() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("termijnen", new Termijnen(new Werkdagen(), new DecisionCache(new LaatsteVersies())));
    }

    @AfterEach
    void opruimen() {
        Mocks.reset();
    }

    @Test
    void deVraagWordtDoorHetTeamBeantwoord() {
        ProcessInstance instantie = runtimeService().startProcessInstanceByKey("informatie-advies",
                withVariables("kandidaatGroep", "leerplicht-aalten", "meldingsdatum", new Date()));

        assertThat(instantie).isWaitingAt("VraagBeantwoorden");
        assertThat(task()).hasCandidateGroup("leerplicht-aalten");
        org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isInTheFuture();
        complete(task(), withVariables("antwoord", "Leerplicht begint de maand na de 5e verjaardag.",
                "informatieveBrief", "NEE"));

        assertThat(instantie).hasPassedInOrder("VraagOntvangen", "VraagBeantwoorden", "InformatieveBriefGevraagd", "VraagBeantwoord").isEnded();
    }
}
