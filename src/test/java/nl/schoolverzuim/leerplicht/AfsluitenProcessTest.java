package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.CodelijstBestand;
import nl.schoolverzuim.testsupport.Sessie;
import nl.schoolverzuim.testsupport.Weigeringen;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * MAS §4.5: a leerplicht werkproces closes with exactly one Resultaat, and absoluut and luxe verzuim also with a
 * reason. Both lists are decisions of {@code codelijsten.dmn}: every row of the file is walked here as a path (a row
 * added is a path added), the form of "Werkproces afsluiten" gets exactly those rows, and the server refuses any
 * other code with a Dutch {@link Weigering} naming the field.
 */
class AfsluitenProcessTest extends WerkprocesTest {

    private static final String LPA = "lpa-doetinchem";

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int poort;

    static Stream<String> resultaten() {
        return CodelijstBestand.codes(Codelijsten.RESULTAAT, "WETTELIJK").stream();
    }

    static Stream<String> absoluutRedenen() {
        return CodelijstBestand.codes(Codelijsten.AFSLUITREDEN, "ABSOLUUT").stream();
    }

    static Stream<String> luxeRedenen() {
        return CodelijstBestand.codes(Codelijsten.AFSLUITREDEN, "LUXE").stream();
    }

    /** MAS §4.5: each Resultaat of [000] Bijlage 1 closes the werkproces and is stored by its code. */
    @ParameterizedTest(name = "MAS §4.5 resultaat {0}")
    @MethodSource("resultaten")
    void elkResultaatSluitHetWerkprocesAf(String resultaat) {
        Werkproces w = totAfsluiten("WETTELIJK");
        String taak = task("WerkprocesAfsluiten", w.instantie()).getId();

        taken.complete(taak, map("resultaat", resultaat));

        assertThat(w.instantie()).hasPassed("WerkprocesAfsluiten").isEnded();
        assertThat(opgeslagen(w)).containsExactly(resultaat, null);
    }

    /** MAS §4.5: absoluut verzuim records one of the reasons of [004] besides the Resultaat. */
    @ParameterizedTest(name = "MAS §4.5 absoluut verzuim, reden {0}")
    @MethodSource("absoluutRedenen")
    void absoluutVerzuimSluitAfMetElkeReden(String reden) {
        sluitAfMetReden("ABSOLUUT", reden);
    }

    /** MAS §4.5: luxe verzuim records one of the reasons of [004] besides the Resultaat. */
    @ParameterizedTest(name = "MAS §4.5 luxe verzuim, reden {0}")
    @MethodSource("luxeRedenen")
    void luxeVerzuimSluitAfMetElkeReden(String reden) {
        sluitAfMetReden("LUXE", reden);
    }

    private void sluitAfMetReden(String verzuimsoort, String reden) {
        Werkproces w = totAfsluiten(verzuimsoort);
        String taak = task("WerkprocesAfsluiten", w.instantie()).getId();

        assertThat(Weigeringen.veld(() -> taken.complete(taak, map("resultaat", "TERUG_NAAR_SCHOOL"))))
                .as("the reason is required").isEqualTo("afsluitReden");
        taken.complete(taak, map("resultaat", "TERUG_NAAR_SCHOOL", "afsluitReden", reden));

        assertThat(w.instantie()).isEnded();
        assertThat(opgeslagen(w)).containsExactly("TERUG_NAAR_SCHOOL", reden);
    }

    /** MAS §4.5: only absoluut and luxe verzuim have a reason; the other kind's reason and unknown codes are refused. */
    @Test
    void eenRedenBuitenDeLijstVanDeVerzuimsoortWordtGeweigerd() {
        Werkproces wettelijk = totAfsluiten("WETTELIJK");
        String taak = task("WerkprocesAfsluiten", wettelijk.instantie()).getId();
        assertThat(Weigeringen.veld(() -> taken.complete(taak, map("resultaat", "OVERIG", "afsluitReden",
                "WEER_INGESCHREVEN")))).isEqualTo("afsluitReden");

        Werkproces luxe = totAfsluiten("LUXE");
        String luxeTaak = task("WerkprocesAfsluiten", luxe.instantie()).getId();
        assertThat(Weigeringen.veld(() -> taken.complete(luxeTaak, map("resultaat", "OVERIG", "afsluitReden",
                "WEER_INGESCHREVEN")))).as("an ABSOLUUT reason for LUXE").isEqualTo("afsluitReden");
        assertThatThrownBy(() -> taken.complete(luxeTaak, map("resultaat", "GEWOON_KLAAR", "afsluitReden",
                "PV_OUDERS"))).hasRootCauseInstanceOf(Weigering.class)
                .rootCause().hasMessage("Veld 'resultaat' heeft geen geldige keuze; kies uit: "
                        + String.join(", ", CodelijstBestand.codes(Codelijsten.RESULTAAT, "LUXE")) + ".");

        assertThat(wettelijk.instantie()).isWaitingAt("WerkprocesAfsluiten");
        assertThat(luxe.instantie()).isWaitingAt("WerkprocesAfsluiten");
        assertThat(opgeslagen(wettelijk)).containsOnlyNulls();
    }

    /**
     * What Tasklist hands the form (engine REST {@code form-variables}, not deserialized): the options of the
     * decision as JSON, the reason's only for absoluut and luxe verzuim (MAS §4.5).
     */
    @Test
    void hetFormulierKrijgtDeRegelsVanDeCodelijst() throws Exception {
        JsonNode absoluut = formulierVariabelen(totAfsluiten("ABSOLUUT"));
        assertThat(opties(absoluut, "resultaatOpties")).isEqualTo(CodelijstBestand.opties(Codelijsten.RESULTAAT, "ABSOLUUT"));
        assertThat(opties(absoluut, "afsluitRedenOpties"))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.AFSLUITREDEN, "ABSOLUUT"))
                .extracting(o -> o.get("value")).contains("PROCES_VERBAAL");

        JsonNode wettelijk = formulierVariabelen(totAfsluiten("WETTELIJK"));
        assertThat(opties(wettelijk, "resultaatOpties")).hasSize(CodelijstBestand.codes(Codelijsten.RESULTAAT, null).size());
        assertThat(wettelijk.path("afsluitRedenOpties").path("value").isNull()).as("the form hides the field").isTrue();
    }

    /**
     * A procesontwerper adds a Resultaat to codelijst-resultaat and deploys the file: the form of the next task
     * offers it, the server accepts it and stores its code, and the Dossier page shows its label, without a code change
     * (ADR 0021, MAS §4.5).
     */
    @Test
    void eenToegevoegdeRegelWordtGetoondGeaccepteerdEnBenoemd() throws Exception {
        String bestand = Files.readString(Path.of("processes", CodelijstBestand.BESTAND));
        int einde = bestand.indexOf("</decisionTable>", bestand.indexOf("id=\"" + Codelijsten.RESULTAAT + "\""));
        String nieuw = bestand.substring(0, einde) + """
                <rule id="Rule_test_buitenland">
                  <inputEntry id="Rule_test_buitenland_in0"><text>-</text></inputEntry>
                  <outputEntry id="Rule_test_buitenland_out0"><text>"VERTROKKEN_BUITENLAND"</text></outputEntry>
                  <outputEntry id="Rule_test_buitenland_out1"><text>"Vertrokken naar het buitenland"</text></outputEntry>
                </rule>
                """ + bestand.substring(einde);
        RepositoryService modellen = engine.getRepositoryService();
        String deployment = modellen.createDeployment().name("test-codelijst").addString(CodelijstBestand.BESTAND, nieuw)
                .deploy().getId();
        try {
            Werkproces w = totAfsluiten("WETTELIJK");
            assertThat(opties(formulierVariabelen(w), "resultaatOpties")).last()
                    .isEqualTo(Map.of("label", "Vertrokken naar het buitenland", "value", "VERTROKKEN_BUITENLAND"));

            voltooi(w.instantie(), "WerkprocesAfsluiten", "resultaat", "VERTROKKEN_BUITENLAND");

            assertThat(w.instantie()).isEnded();
            assertThat(opgeslagen(w)).containsExactly("VERTROKKEN_BUITENLAND", null);
            assertThat(Sessie.aangemeld(poort, LPA).get("/dossiers/" + w.dossierId()).body())
                    .contains("Vertrokken naar het buitenland").doesNotContain("VERTROKKEN_BUITENLAND");
        } finally {
            modellen.deleteDeployment(deployment, true);
        }
        Werkproces daarna = totAfsluiten("WETTELIJK");
        assertThat(Weigeringen.veld(() -> voltooi(daarna.instantie(), "WerkprocesAfsluiten", "resultaat",
                "VERTROKKEN_BUITENLAND"))).as("the row removed again").isEqualTo("resultaat");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private Werkproces totAfsluiten(String verzuimsoort) {
        Werkproces w = melding(new NieuweMelding(null, verzuimsoort, vandaag().toString(), nieuweJongere(10, "Doetinchem"),
                "ABSOLUUT".equals(verzuimsoort) ? null : new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                16, 0, false, null, "testmelding"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "-");
        assertThat(w.instantie()).isWaitingAt("WerkprocesAfsluiten");
        return w;
    }

    private List<String> opgeslagen(Werkproces w) {
        Map<String, Object> rij = jdbc.queryForMap("select resultaat, resultaat_detail from werkproces where id = ?", w.id());
        return java.util.Arrays.asList((String) rij.get("resultaat"), (String) rij.get("resultaat_detail"));
    }

    private JsonNode formulierVariabelen(Werkproces w) {
        String taak = task("WerkprocesAfsluiten", w.instantie()).getId();
        return http.withBasicAuth(LPA, "demo").getForObject("/engine-rest/task/" + taak
                + "/form-variables?deserializeValues=false", JsonNode.class);
    }

    /** As Tasklist's Camunda Forms handler does: a JSON variable's text parsed into the options form-js shows. */
    private static List<Map<String, String>> opties(JsonNode variabelen, String naam) throws Exception {
        JsonNode variabele = variabelen.get(naam);
        assertThat(variabele.path("valueInfo").path("serializationDataFormat").asText()).isEqualTo("application/json");
        return new ObjectMapper().readValue(variabele.get("value").asText(),
                new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, String>>>() { });
    }
}
