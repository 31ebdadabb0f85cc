package nl.schoolverzuim.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;
import nl.schoolverzuim.web.Opmaak;

/**
 * No lost notes: every step's note has a variable of its own and a line in the Dossier's journal, with the step, who
 * and when; Tasklist comments are in the journal too; the Dossier page shows it all in Dutch (MAS §4.3, §10).
 */
class JournaalTest extends WerkprocesTest {

    static final String LPA = "lpa-doetinchem";

    @Autowired
    TestRestTemplate http;
    @Autowired
    FormService formulieren;
    @Autowired
    IdentityService identiteit;
    @Autowired
    Opmaak opmaak;

    Werkproces haltGeschikt() {
        Werkproces w = melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), nieuweJongere(14, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, "testmelding"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING", "triageToelichting", "Triage: ken de school");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "PLAN_VAN_AANPAK", "verzuimfeiten", "spijbelt op maandag",
                "verwijtbaar", true, "toestemmingJongere", true, "toestemmingOuders", true, "medewerking", true,
                "eerderHaltVoorVerzuim", false, "ernstigePsychischeProblematiekZonderHulp", false);
        voltooi(w.instantie(), "RouteKiezen");
        return w;
    }

    /** As an officer in Tasklist: claimed, then the form submitted. */
    void alsBehandelaar(Werkproces w, String taak, Map<String, Object> velden) {
        assertThat(w.instantie()).isWaitingAt(taak);
        String id = task(taak, w.instantie()).getId();
        taken.claim(id, LPA);
        formulieren.submitTaskForm(id, velden);
    }

    List<Map<String, Object>> journaal(Werkproces w) {
        return jdbc.queryForList("select stap_key, stap_naam, veld, veld_label, auteur, tekst from notitie "
                + "where werkproces_id = ? order by geschreven_op, id", w.id());
    }

    @Test
    void deNotitiesVanTweeOpeenvolgendeStappenBlijvenAllebeiBewaard() {
        // MAS §4.3: the Halt-verwijzing and Halt's terugmelding are two steps with two notes.
        Werkproces w = haltGeschikt();
        alsBehandelaar(w, "HaltVerwijzen", Map.of("haltVerwijzingDatum", new Date(),
                "haltVerwijzingToelichting", "Verwezen: spijbelt structureel op maandag"));
        alsBehandelaar(w, "HaltTerugmeldingVerwerken", Map.of("haltUitkomst", "POSITIEF",
                "haltTerugmeldingToelichting", "Halt: taakstraf goed afgerond"));

        assertThat(runtime.getVariables(w.instantie().getId()))
                .containsEntry("haltVerwijzingToelichting", "Verwezen: spijbelt structureel op maandag")
                .containsEntry("haltTerugmeldingToelichting", "Halt: taakstraf goed afgerond")
                .doesNotContainKey("toelichting");
        assertThat(journaal(w)).extracting(r -> r.get("STAP_NAAM") + " | " + r.get("VELD_LABEL") + " | " + r.get("AUTEUR")
                        + " | " + r.get("TEKST"))
                .containsExactly(
                        "Melding triëren | Toelichting | null | Triage: ken de school",
                        "Onderzoek: gesprek met jongere en ouders | Verzuimfeiten en omstandigheden | null | spijbelt op maandag",
                        "Verwijzen naar Halt | Toelichting voor Halt | " + LPA + " | Verwezen: spijbelt structureel op maandag",
                        "Terugmelding van Halt verwerken | Toelichting | " + LPA + " | Halt: taakstraf goed afgerond");
        assertThat(jdbc.queryForObject("select toelichting from interventie where werkproces_id = ?", String.class, w.id()))
                .as("the interventie keeps its own step's note").isEqualTo("Verwezen: spijbelt structureel op maandag");
    }

    @Test
    void eenStapZonderNotitieSchrijftNietsInHetJournaal() {
        Werkproces w = haltGeschikt();
        int voor = journaal(w).size();
        alsBehandelaar(w, "HaltVerwijzen", Map.of("haltVerwijzingDatum", new Date(), "haltVerwijzingToelichting", "  "));
        assertThat(journaal(w)).hasSize(voor);
    }

    @Test
    void hetJournaalVanHetDossierBevatDeOpmerkingenUitTasklist() {
        Werkproces w = haltGeschikt();
        String taak = task("HaltVerwijzen", w.instantie()).getId();
        identiteit.setAuthenticatedUserId(LPA);
        try {
            taken.createComment(taak, w.instantie().getId(), "Moeder belt maandag terug");
        } finally {
            identiteit.clearAuthentication();
        }

        JsonNode dossier = http.withBasicAuth(LPA, "demo").getForObject("/api/dossiers/" + w.dossierId(), JsonNode.class);
        JsonNode opmerking = null;
        for (JsonNode regel : dossier.get("journaal")) {
            if ("OPMERKING".equals(regel.path("soort").asText())) {
                opmerking = regel;
            }
        }
        assertThat(opmerking).as("journaal " + dossier.get("journaal")).isNotNull();
        assertThat(opmerking.get("tekst").asText()).isEqualTo("Moeder belt maandag terug");
        assertThat(opmerking.get("auteur").asText()).isEqualTo(LPA);
        assertThat(opmerking.get("stap").asText()).isEqualTo("Verwijzen naar Halt");
        assertThat(opmerking.get("op").asText()).isNotBlank();
        // The API keeps its fields; the journal and the werkproces's model name are added.
        assertThat(dossier.has("tijdlijn")).isTrue();
        assertThat(dossier.get("werkprocessen").get(0).get("procesNaam").asText()).isEqualTo("Leerplicht werkproces (MAS)");

        String pagina = http.withBasicAuth(LPA, "demo").getForObject("/dossiers/" + w.dossierId(), String.class);
        assertThat(pagina).contains("Moeder belt maandag terug", "opmerking in Tasklist");
    }

    @Test
    void deDossierpaginaToontDeSectiesInHetNederlandsEnWaaropHetWerkprocesWacht() {
        Werkproces w = haltGeschikt();
        alsBehandelaar(w, "HaltVerwijzen", Map.of("haltVerwijzingDatum", new Date(),
                "haltVerwijzingToelichting", "Verwezen naar Halt Achterhoek"));
        alsBehandelaar(w, "HaltTerugmeldingVerwerken", Map.of("haltUitkomst", "POSITIEF"));
        // MAS §4.4: six weeks after the agreements the follow-up; until then the werkproces has no open step.
        assertThat(w.instantie()).isWaitingAt("ZesWekenNaAfspraken");
        Job followUp = timer(w.instantie(), "ZesWekenNaAfspraken");

        String pagina = http.withBasicAuth(LPA, "demo").getForObject("/dossiers/" + w.dossierId(), String.class);

        assertThat(pagina).contains("Wacht op de follow-up tot " + opmaak.datum(followUp.getDuedate().toInstant()))
                .contains(">Jongere<", ">Meldingen<", ">Werkprocessen<", "Routebesluiten, interventies en brieven",
                        "Journaal: notities en opmerkingen", "Leerplicht werkproces (MAS)", "Wettelijk (relatief) verzuim",
                        "Halt-interventie schoolverzuim", "Positief afgerond", "Verwezen naar Halt Achterhoek",
                        "Toelichting voor Halt", "Verwijzen naar Halt")
                .doesNotContain("WETTELIJK", "POSITIEF", ">HALT<", "LOPEND", w.instantie().getId(), "leerplicht-verzuim")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
    }

    @Test
    void eenOpenStapLinktNaarTasklistInEenNieuwTabblad() {
        Werkproces w = haltGeschikt();
        String taak = task("HaltVerwijzen", w.instantie()).getId();
        taken.claim(taak, LPA);

        String pagina = http.withBasicAuth(LPA, "demo").getForObject("/dossiers/" + w.dossierId(), String.class);

        assertThat(pagina).contains("href=\"/camunda/app/tasklist/default/#/?task=" + taak + "\" target=\"_blank\" rel=\"noopener\"")
                .contains("Verwijzen naar Halt", "(opent in Tasklist in een nieuw tabblad)")
                .doesNotContain(", behandelaar " + LPA + "<");
    }
}
