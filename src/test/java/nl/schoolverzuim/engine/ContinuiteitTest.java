package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * Continuity of a werkproces (docs/adr/0014-continuity-of-assignment.md): the next step goes to whoever completed
 * the previous one for the same team, as the model's property {@code toewijzing} says, never to someone outside the
 * task's candidate group (MAS §10).
 */
class ContinuiteitTest extends WerkprocesTest {

    static final String LPA = "lpa-doetinchem";
    static final String TWEEDE_LPA = "lpa-doetinchem-2";
    static final String TEAM = "leerplicht-doetinchem";

    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;

    @AfterEach
    void afmelden() {
        identity.clearAuthentication();
    }

    Werkproces melding() {
        return melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), nieuweJongere(14, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, "testmelding"));
    }

    String toegewezenInWerkvoorraad(Task taak) {
        return jdbc.queryForObject("select toegewezen_aan from werkvoorraad_taak where task_id = ?", String.class,
                taak.getId());
    }

    @Test
    void naDeTriageIsDeVolgendeStapVanWieTrieerde() {
        Werkproces w = melding();
        taken.claim(task("MeldingTrieren", w.instantie()).getId(), LPA);

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");

        assertThat(w.instantie()).isWaitingAt("Onderzoek");
        Task onderzoek = task("Onderzoek", w.instantie());
        assertThat(onderzoek).isAssignedTo(LPA);
        assertThat(toegewezenInWerkvoorraad(onderzoek)).as("werkvoorraad shows the assignee").isEqualTo(LPA);
    }

    @Test
    void wieZonderClaimVoltooitAlsAangemeldeKrijgtDeVolgendeStap() {
        Werkproces w = melding();
        identity.setAuthentication(TWEEDE_LPA, List.of(TEAM));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        identity.clearAuthentication();

        assertThat(task("Onderzoek", w.instantie())).isAssignedTo(TWEEDE_LPA);
    }

    @Test
    void eenGeclaimdeStapBlijftVanWieHaarClaimdeOokAlsEenAnderHaarVoltooit() {
        // lpa-doetinchem-2 completes a step lpa-doetinchem had claimed: the case stays lpa-doetinchem's.
        Werkproces w = melding();
        taken.claim(task("MeldingTrieren", w.instantie()).getId(), LPA);
        identity.setAuthentication(TWEEDE_LPA, List.of(TEAM));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        identity.clearAuthentication();

        assertThat(task("Onderzoek", w.instantie())).isAssignedTo(LPA);
    }

    @Test
    void wieNietInDeKandidaatgroepVanDeVolgendeStapZitKrijgtHaarNiet() {
        Werkproces w = melding();
        // An officer of another gemeente somehow completes the triage: the next step stays with the team.
        taken.claim(task("MeldingTrieren", w.instantie()).getId(), "lpa-aalten");

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");

        Task onderzoek = task("Onderzoek", w.instantie());
        assertThat(onderzoek.getAssignee()).isNull();
        assertThat(toegewezenInWerkvoorraad(onderzoek)).isNull();
    }

    @Test
    void zonderBehandelaarBlijftDeVolgendeStapOngeclaimd() {
        Werkproces w = melding();

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");

        assertThat(task("Onderzoek", w.instantie()).getAssignee()).isNull();
    }

    @Test
    void waarHetModelTeamZegtBlijftDeStapOngeclaimdEnDeEigenschapVanHetProcesGeldtVoorDeRest() {
        repository.createDeployment().name("test-toewijzing")
                .addString("toewijzing.bpmn", model("team")).deploy();
        ProcessInstance instantie = runtime.startProcessInstanceByKey("toewijzing-test");
        taken.claim(task("Eerst", instantie).getId(), LPA);

        taken.complete(task("Eerst", instantie).getId());
        Task team = task("AanHetTeam", instantie);
        assertThat(team.getAssignee()).as("toewijzing=team on the task").isNull();
        assertThat(toegewezenInWerkvoorraad(team)).isNull();

        taken.complete(team.getId());
        assertThat(task("Daarna", instantie)).as("the process's vorige-behandelaar; nobody completed AanHetTeam as "
                + "an officer, so the last one who did is still " + LPA).isAssignedTo(LPA);
    }

    @Test
    void eenOnbekendeToewijzingWeigertDeDeploymentInHetNederlands() {
        assertThatThrownBy(() -> repository.createDeployment().name("test-toewijzing-fout")
                .addString("toewijzing-fout.bpmn", model("vorige behandelaar")).deploy())
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("AanHetTeam")
                .hasMessageContaining("toewijzing=\"vorige behandelaar\" is onbekend; kies \"vorige-behandelaar\" of \"team\"");
        assertThat(repository.createDeploymentQuery().deploymentName("test-toewijzing-fout").count()).isZero();
    }

    /** Three steps of one team; the middle one says {@code toewijzing} itself. */
    static String model(String middelsteToewijzing) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Toewijzing" targetNamespace="https://schoolverzuim.nl/test">
                  <bpmn:process id="toewijzing-test" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:extensionElements>
                      <camunda:properties><camunda:property name="toewijzing" value="vorige-behandelaar" /></camunda:properties>
                    </bpmn:extensionElements>
                    <bpmn:startEvent id="Start" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Eerst" />
                    <bpmn:userTask id="Eerst" camunda:candidateGroups="leerplicht-doetinchem" />
                    <bpmn:sequenceFlow id="F2" sourceRef="Eerst" targetRef="AanHetTeam" />
                    <bpmn:userTask id="AanHetTeam" camunda:candidateGroups="leerplicht-doetinchem">
                      <bpmn:extensionElements>
                        <camunda:properties><camunda:property name="toewijzing" value="%s" /></camunda:properties>
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="F3" sourceRef="AanHetTeam" targetRef="Daarna" />
                    <bpmn:userTask id="Daarna" camunda:candidateGroups="leerplicht-doetinchem" />
                    <bpmn:sequenceFlow id="F4" sourceRef="Daarna" targetRef="Einde" />
                    <bpmn:endEvent id="Einde" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(middelsteToewijzing);
    }
}
