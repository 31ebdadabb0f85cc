package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * MAS §10 (Wpg): proces-verbaal data are kept apart. They live in table proces_verbaal only, the BOAs of the gemeente
 * alone read them and every read is logged; the werkproces, which the whole team reads in Tasklist, through
 * /engine-rest and in the engine history, carries only the reference procesVerbaalId.
 */
class ProcesVerbaalWpgTest extends WerkprocesTest {

    static final String BOA = "lpa-doetinchem";
    static final String COLLEGA = "lpa-doetinchem-2";

    @Autowired
    TestRestTemplate http;
    @Autowired
    HistoryService historie;
    @Autowired
    ProcesVerbaalUitDeEngine opruimen;

    Werkproces totProcesVerbaal() {
        Werkproces w = melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), nieuweJongere(15, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 61, 0, false, null, "testmelding"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "PLAN_VAN_AANPAK", "verzuimfeiten", "verzuimt",
                "verwijtbaar", true, "medewerking", true);
        voltooi(w.instantie(), "RouteKiezen", "routeVrijwilligeHulp", false, "routeHalt", false, "routeCivielKader", false,
                "routeStrafrechtelijkKader", true, "afwijkingMotivering", "hardnekkig");
        assertThat(w.instantie()).isWaitingAt("ProcesVerbaalOpmaken");
        return w;
    }

    ResponseEntity<JsonNode> maakOp(String gebruiker, Werkproces w, String feiten) {
        return http.withBasicAuth(gebruiker, "demo").postForEntity("/api/processen-verbaal", Map.of("werkprocesId", w.id(),
                "tegenOuders", true, "tegenJongere", true, "datum", vandaag().toString(), "feiten", feiten), JsonNode.class);
    }

    /** Rows of the engine's variable and history tables whose value contains {@code tekst}. */
    int inEngine(String tekst) {
        String zoek = "%" + tekst + "%";
        return jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where TEXT_ like ? or TEXT2_ like ?", Integer.class, zoek, zoek)
                + jdbc.queryForObject("select count(*) from ACT_HI_VARINST where TEXT_ like ? or TEXT2_ like ?", Integer.class, zoek, zoek)
                + jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where TEXT_ like ? or TEXT2_ like ?", Integer.class, zoek, zoek);
    }

    @Test
    void eenProcesVerbaalStaatAlleenInDeEigenTabelEnAlleenDeBoaLeestHet() {
        Werkproces w = totProcesVerbaal();
        String feiten = "FEITEN-" + System.nanoTime();
        String toelichting = "OM-" + System.nanoTime();
        String taak = task("ProcesVerbaalOpmaken", w.instantie()).getId();
        assertThat(taken.getIdentityLinksForTask(taak)).extracting(IdentityLink::getGroupId).containsExactly("boa-doetinchem");
        String takenVanDitWerkproces = "/engine-rest/task?processInstanceId=" + w.instantie().getId();
        assertThat(http.withBasicAuth(COLLEGA, "demo").getForObject(takenVanDitWerkproces, JsonNode.class)).isEmpty();
        assertThat(http.withBasicAuth(BOA, "demo").getForObject(takenVanDitWerkproces, JsonNode.class)).hasSize(1);

        // Facts as variables are refused, also when a client sends them with the completion.
        assertThatThrownBy(() -> taken.complete(taak, map("pvFeiten", feiten, "pvTegenOuders", true)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Wpg");
        assertThatThrownBy(() -> taken.complete(taak)).hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("BOA");
        assertThat(maakOp(COLLEGA, w, feiten).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(w.instantie()).isWaitingAt("ProcesVerbaalOpmaken");

        ResponseEntity<JsonNode> opgemaakt = maakOp(BOA, w, feiten);
        assertThat(opgemaakt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long pv = opgemaakt.getBody().get("id").asLong();
        assertThat(http.withBasicAuth(COLLEGA, "demo").postForEntity("/api/processen-verbaal/" + pv + "/afdoening",
                Map.of("afdoening", "GELDBOETE"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(BOA, "demo").postForEntity("/api/processen-verbaal/" + pv + "/afdoening",
                Map.of("afdoening", "GELDBOETE", "toelichting", toelichting), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(w.instantie()).isWaitingAt("ZesWekenNaAfspraken");

        // Nothing of the proces-verbaal in the engine: runtime variables, variable history, history details.
        assertThat(inEngine(feiten)).isZero();
        assertThat(inEngine(toelichting)).isZero();
        assertThat(runtime.getVariables(w.instantie().getId())).containsEntry("procesVerbaalId", pv)
                .doesNotContainKeys("pvFeiten", "pvTegenOuders", "pvTegenJongere", "pvDatum", "omAfdoening")
                .doesNotContainValue("GELDBOETE");
        assertThat(historie.createHistoricVariableInstanceQuery().processInstanceId(w.instantie().getId()).list())
                .noneMatch(v -> "GELDBOETE".equals(v.getValue()))
                .noneMatch(v -> List.of("pvFeiten", "pvTegenOuders", "pvTegenJongere", "pvDatum", "omAfdoening")
                        .contains(v.getName()));
        assertThat(historie.createHistoricDetailQuery().processInstanceId(w.instantie().getId()).count()).isZero();
        assertThat(jdbc.queryForObject("select feiten from proces_verbaal where id = ?", String.class, pv)).isEqualTo(feiten);

        // A team member who is no BOA reads the werkproces, but no proces-verbaal (403 on the API, nothing in the engine).
        String pvAdres = "/api/processen-verbaal/" + pv;
        for (String gebruiker : List.of(COLLEGA, "teamleider", "admin", "dsp-achterhoek-1", "lpa-aalten")) {
            assertThat(http.withBasicAuth(gebruiker, "demo").getForEntity(pvAdres, JsonNode.class).getStatusCode())
                    .as(gebruiker).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> variabelen = http.withBasicAuth(COLLEGA, "demo").getForEntity(
                "/engine-rest/process-instance/" + w.instantie().getId() + "/variables", String.class);
        assertThat(variabelen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(variabelen.getBody()).contains("procesVerbaalId").doesNotContain(feiten, toelichting, "GELDBOETE");
        ResponseEntity<String> historisch = http.withBasicAuth(COLLEGA, "demo").getForEntity(
                "/engine-rest/history/variable-instance?processInstanceId=" + w.instantie().getId(), String.class);
        assertThat(historisch.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(historisch.getBody()).contains("procesVerbaalId").doesNotContain(feiten, toelichting, "GELDBOETE");
        assertThat(http.withBasicAuth(COLLEGA, "demo").getForObject("/dossiers/" + w.dossierId() + "/processen-verbaal",
                String.class)).doesNotContain(feiten);
        assertThat(http.withBasicAuth(COLLEGA, "demo").getForObject("/api/dossiers/" + w.dossierId(), String.class))
                .doesNotContain(feiten, toelichting);

        // The BOA reads it, and the read is in the Dossier's access log that the privacy role reads.
        JsonNode gelezen = http.withBasicAuth(BOA, "demo").getForObject(pvAdres, JsonNode.class);
        assertThat(gelezen.get("feiten").asText()).isEqualTo(feiten);
        assertThat(gelezen.get("omAfdoening").asText()).isEqualTo("GELDBOETE");
        assertThat(gelezen.get("afdoeningToelichting").asText()).isEqualTo(toelichting);
        assertThat(gelezen.get("opgemaaktDoor").asText()).isEqualTo(BOA);
        assertThat(http.withBasicAuth(BOA, "demo").getForObject("/dossiers/" + w.dossierId() + "/processen-verbaal",
                String.class)).contains(feiten);
        JsonNode log = http.withBasicAuth("privacy", "demo").getForObject("/api/dossiers/" + w.dossierId() + "/inzage",
                JsonNode.class);
        assertThat(log).anySatisfy(regel -> {
            assertThat(regel.get("gebruiker").asText()).isEqualTo(BOA);
            assertThat(regel.get("via").asText()).isEqualTo("GET /api/processen-verbaal " + pv);
        });
        assertThat(log).anySatisfy(regel ->
                assertThat(regel.get("via").asText()).isEqualTo("/dossiers/{id}/processen-verbaal " + pv));
        assertThat(log).noneMatch(regel -> COLLEGA.equals(regel.get("gebruiker").asText())
                && regel.get("via").asText().contains("processen-verbaal"));
    }

    @Test
    void deVeldenVanEerdereVersiesWordenBijDeStartUitDeEngineGehaald() {
        Werkproces w = totProcesVerbaal();
        long pv = maakOp(BOA, w, "feiten").getBody().get("id").asLong();
        http.withBasicAuth(BOA, "demo").postForEntity("/api/processen-verbaal/" + pv + "/afdoening",
                Map.of("afdoening", "SEPOT"), JsonNode.class);
        String toelichting = "OUDE-OM-TOELICHTING-" + System.nanoTime();
        // As earlier versions left them: the form fields as variables, the OM's free text as the last "toelichting".
        runtime.setVariables(w.instantie().getId(), map("pvFeiten", "OUDE-FEITEN", "omAfdoening", "SEPOT",
                "toelichting", toelichting));
        assertThat(inEngine(toelichting)).isPositive();

        opruimen.ruimOp();

        assertThat(runtime.getVariables(w.instantie().getId())).doesNotContainKeys("pvFeiten", "omAfdoening", "toelichting");
        assertThat(inEngine(toelichting)).isZero();
        assertThat(inEngine("OUDE-FEITEN")).isZero();
        assertThat(jdbc.queryForObject("select afdoening_toelichting from proces_verbaal where id = ?", String.class, pv))
                .isEqualTo(toelichting);
    }

    /** The clean-up of earlier versions' variables runs once per database, not at every start. */
    @Test
    void deOpruimingIsEenKeerGedaan() {
        assertThat(management.getProperties()).containsEntry(ProcesVerbaalUitDeEngine.GEDAAN, "ja");
    }
}
