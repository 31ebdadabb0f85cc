package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * The onderzoek records its talks and the informing of the school (MAS §4 step 2); the RvdK request records Veilig
 * Thuis per the meldcode (MAS §4.3); the outcomes of Halt, the RvdK and vrijwillige hulp and who consented are codes
 * of codelijsten.dmn, and any other code is refused with the field named, never a server error.
 */
class OnderzoekEnInterventiesProcessTest extends WerkprocesTest {

    static final String LPA = "lpa-doetinchem";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    Werkproces melding(String soort, int leeftijd) {
        return melding(new NieuweMelding(null, soort, vandaag().toString(), nieuweJongere(leeftijd, "Doetinchem"),
                "ABSOLUUT".equals(soort) ? null : new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                20, 0, false, null, "testmelding"));
    }

    static Map<String, Object> onderzoek(Object... extra) {
        Map<String, Object> velden = map("onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "spijbelt");
        velden.putAll(map(extra));
        return velden;
    }

    String weigering(String taak, Map<String, Object> velden) {
        Throwable fout = org.assertj.core.api.Assertions.catchThrowable(() -> taken.complete(taak, velden));
        assertThat(fout).as("geweigerd").isNotNull().hasRootCauseInstanceOf(Weigering.class);
        Throwable oorzaak = fout;
        while (oorzaak.getCause() != null) {
            oorzaak = oorzaak.getCause();
        }
        Weigering weigering = (Weigering) oorzaak;
        assertThat(weigering.getMessage()).as("Dutch, naming the rule or the field")
                .satisfiesAnyOf(zin -> assertThat(zin).contains("(MAS §"),
                        zin -> assertThat(zin).startsWith("Veld '" + weigering.veld() + "'"));
        return weigering.veld();
    }

    String onderzoekTaak(Werkproces w) {
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        assertThat(w.instantie()).isWaitingAt("Onderzoek");
        return task("Onderzoek", w.instantie()).getId();
    }

    // --- MAS §4 step 2: gesprek met de Jongere (12+) en de ouders, school geïnformeerd ---------------------------

    @Test
    @DisplayName("MAS §4 stap 2, §2: vanaf 12 jaar jongere en ouders gesproken en school geïnformeerd, of de reden")
    void hetOnderzoekVanEenJongereVanTwaalfEistGesprekkenEnSchool() {
        Werkproces w = melding("WETTELIJK", 12);
        String taak = onderzoekTaak(w);
        assertThat(taken.getVariables(taak)).containsEntry("gesprekJongereVereist", true)
                .containsEntry("gesprekOudersVereist", true).containsEntry("schoolInformerenVereist", true);

        assertThat(weigering(taak, onderzoek())).isEqualTo("gesprekJongereGeenReden");
        assertThat(weigering(taak, onderzoek("gesprekJongereGevoerd", true))).isEqualTo("gesprekOudersGeenReden");
        assertThat(weigering(taak, onderzoek("gesprekJongereGevoerd", true, "gesprekOudersGevoerd", true,
                "schoolGeinformeerd", false))).isEqualTo("schoolNietGeinformeerdReden");
        assertThat(weigering(taak, onderzoek("gesprekJongereGevoerd", false, "gesprekJongereGeenReden", "  ",
                "gesprekOudersGevoerd", true, "schoolGeinformeerd", true))).as("a blank reason is no reason")
                .isEqualTo("gesprekJongereGeenReden");
        assertThat(w.instantie()).isWaitingAt("Onderzoek");

        // a talk that was impossible, with the reason why
        taken.complete(taak, onderzoek("gesprekJongereGevoerd", false, "gesprekJongereGeenReden",
                "jongere weigert elk gesprek", "gesprekOudersGevoerd", true, "schoolGeinformeerd", true));
        assertThat(w.instantie()).hasPassed("Onderzoek");
    }

    @Test
    @DisplayName("MAS §4 stap 2, §2: onder 12 jaar alleen de ouders")
    void onderTwaalfAlleenDeOuders() {
        Werkproces w = melding("WETTELIJK", 11);
        String taak = onderzoekTaak(w);
        assertThat(taken.getVariables(taak)).containsEntry("gesprekJongereVereist", false);
        // the form's variable does not decide: the listener asks the decision again
        assertThat(weigering(taak, onderzoek("gesprekOudersVereist", false, "schoolGeinformeerd", true)))
                .isEqualTo("gesprekOudersGeenReden");

        taken.complete(taak, onderzoek("gesprekOudersGevoerd", true, "schoolGeinformeerd", true));
        assertThat(w.instantie()).hasPassed("Onderzoek");
    }

    @Test
    @DisplayName("MAS §4 stap 2, §3: bij absoluut verzuim is er geen school te informeren")
    void absoluutVerzuimHeeftGeenSchoolTeInformeren() {
        Werkproces w = melding("ABSOLUUT", 14);
        String taak = onderzoekTaak(w);
        assertThat(taken.getVariables(taak)).containsEntry("schoolInformerenVereist", false);
        assertThat(weigering(taak, onderzoek("gesprekOudersGevoerd", true))).isEqualTo("gesprekJongereGeenReden");

        taken.complete(taak, onderzoek("gesprekJongereGevoerd", true, "gesprekOudersGevoerd", true));
        assertThat(w.instantie()).hasPassed("Onderzoek");
    }

    // --- MAS §4.3: routes -----------------------------------------------------------------------------------------

    /** Onderzoek with the facts of one route (MAS §4.3); the two facts checked with Halt and the GGD answered "nee". */
    void naarRoute(Werkproces w, Object... feiten) {
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        Map<String, Object> velden = map("onderzoeksuitkomst", "PLAN_VAN_AANPAK", "verzuimfeiten", "spijbelt",
                "eerderHaltVoorVerzuim", "NEE", "ernstigePsychischeProblematiekZonderHulp", "NEE");
        velden.putAll(map(feiten));
        velden.putAll(ONDERZOEK_GEDAAN);
        taken.complete(task("Onderzoek", w.instantie()).getId(), velden);
    }

    Werkproces bijRvdkVerzoek() {
        Werkproces w = melding("WETTELIJK", 13);
        naarRoute(w, "achterliggendeProblematiek", "JA", "medewerking", "NEE");
        voltooi(w.instantie(), "RouteKiezen", "routeVrijwilligeHulp", false, "routeCivielKader", true,
                "routeStrafrechtelijkKader", false, "afwijkingMotivering", "Ouders weigeren elke hulp");
        assertThat(w.instantie()).isWaitingAt("RvdkVerzoekIndienen");
        return w;
    }

    Werkproces bijHaltTerugmelding() {
        Werkproces w = melding("WETTELIJK", 14);
        naarRoute(w, "verwijtbaar", "JA", "toestemmingJongere", "JA", "toestemmingOuders", "JA", "medewerking", "JA");
        voltooi(w.instantie(), "RouteKiezen");
        voltooi(w.instantie(), "HaltVerwijzen", "haltVerwijzingDatum", new Date());
        assertThat(w.instantie()).isWaitingAt("HaltTerugmeldingVerwerken");
        return w;
    }

    List<String> interventies(Werkproces w) {
        return jdbc.queryForList("select soort || ':' || coalesce(uitkomst, '-') from interventie where werkproces_id = ? "
                + "order by id", String.class, w.id());
    }

    @Test
    @DisplayName("MAS §4.3: Veilig Thuis volgens de meldcode is een vastgelegd besluit met datum en afweging, vóór het verzoek aan de Raad")
    void veiligThuisIsEenBesluitVoorHetVerzoekAanDeRaad() {
        Werkproces w = bijRvdkVerzoek();
        String taak = task("RvdkVerzoekIndienen", w.instantie()).getId();
        Map<String, Object> verzoek = map("rvdkVerzoekDatum", new Date(), "rvdkGrond", "ontwikkeling bedreigd");

        assertThat(weigering(taak, verzoek)).isEqualTo("veiligThuis");
        verzoek.put("veiligThuis", "MISSCHIEN");
        assertThat(weigering(taak, verzoek)).as("a code outside codelijst-veiligthuis").isEqualTo("veiligThuis");
        verzoek.put("veiligThuis", "NIET_GEMELD");
        assertThat(weigering(taak, verzoek)).isEqualTo("veiligThuisDatum");
        verzoek.put("veiligThuisDatum", vandaag().plusDays(1).toString());
        assertThat(weigering(taak, verzoek)).as("not in the future").isEqualTo("veiligThuisDatum");
        verzoek.put("veiligThuisDatum", vandaag().toString());
        assertThat(weigering(taak, verzoek)).isEqualTo("veiligThuisAfweging");
        assertThat(interventies(w)).isEmpty();

        verzoek.put("veiligThuisAfweging", "geen signalen van huiselijk geweld");
        taken.complete(taak, verzoek);

        assertThat(w.instantie()).isWaitingAt("RvdkUitkomstVerwerken");
        assertThat(interventies(w)).containsExactly("RVDK:-");
    }

    @ParameterizedTest(name = "MAS §4.3: Veilig Thuis {0}")
    @CsvSource({"GEMELD", "ADVIES_GEVRAAGD", "NIET_GEMELD"})
    void elkBesluitOverVeiligThuisLeidtTotHetVerzoek(String besluit) {
        Werkproces w = bijRvdkVerzoek();
        voltooi(w.instantie(), "RvdkVerzoekIndienen", "rvdkVerzoekDatum", new Date(), "rvdkGrond", "bedreigd",
                "veiligThuis", besluit, "veiligThuisDatum", new Date(), "veiligThuisAfweging", "volgens de meldcode");
        assertThat(w.instantie()).isWaitingAt("RvdkUitkomstVerwerken").variables().containsEntry("veiligThuis", besluit);
    }

    @Test
    @DisplayName("MAS §4.3: een onbekende uitkomst van de Raad wordt geweigerd, niet opgeslagen")
    void eenOnbekendeRvdkUitkomstWordtGeweigerd() {
        Werkproces w = bijRvdkVerzoek();
        voltooi(w.instantie(), "RvdkVerzoekIndienen", "rvdkVerzoekDatum", new Date(), "rvdkGrond", "bedreigd",
                "veiligThuis", "GEMELD", "veiligThuisDatum", new Date(), "veiligThuisAfweging", "zorgen");
        String taak = task("RvdkUitkomstVerwerken", w.instantie()).getId();

        assertThat(weigeringMetCode(taak, map("rvdkUitkomst", "VERZONNEN"))).isEqualTo("rvdkUitkomst");
        assertThat(interventies(w)).containsExactly("RVDK:-");

        taken.complete(taak, map("rvdkUitkomst", "GEEN_ONDERZOEK"));
        assertThat(interventies(w)).containsExactly("RVDK:GEEN_ONDERZOEK");
    }

    @Test
    @DisplayName("MAS §4.3: een onbekende stand van de vrijwillige hulp en MAS §10 een onbekende toestemmingsgever worden geweigerd")
    void vrijwilligeHulpKentAlleenDeCodesVanDeLijsten() {
        Werkproces w = melding("WETTELIJK", 10);
        naarRoute(w, "achterliggendeProblematiek", "JA", "medewerking", "JA");
        voltooi(w.instantie(), "RouteKiezen");
        String toeleiding = task("ToeleidenJeugdhulp", w.instantie()).getId();
        assertThat(weigeringMetCode(toeleiding, map("hulpInstantie", "Wijkteam", "toestemmingHulp", true,
                "toestemmingHulpDoor", "BUURMAN", "toestemmingHulpDatum", vandaag().toString())))
                .isEqualTo("toestemmingHulpDoor");
        taken.complete(toeleiding, map("hulpInstantie", "Wijkteam", "toestemmingHulp", true,
                "toestemmingHulpDoor", "JONGERE", "toestemmingHulpDatum", vandaag().toString()));
        assertThat(jdbc.queryForObject("select toestemming_door from interventie where werkproces_id = ?", String.class,
                w.id())).isEqualTo("JONGERE");

        String evaluatie = task("HulpEvalueren", w.instantie()).getId();
        assertThat(weigeringMetCode(evaluatie, map("hulpResultaat", "HALF", "hulpEvaluatie", "-")))
                .isEqualTo("hulpResultaat");
        assertThat(interventies(w)).containsExactly("VRIJWILLIGE_HULP:-");
    }

    /** A code outside the list: the codelijst's refusal, which names the field first (ADR 0021). */
    String weigeringMetCode(String taak, Map<String, Object> velden) {
        Throwable fout = org.assertj.core.api.Assertions.catchThrowable(() -> taken.complete(taak, velden));
        assertThat(fout).as("geweigerd").isNotNull().hasRootCauseInstanceOf(Weigering.class);
        Throwable oorzaak = fout;
        while (oorzaak.getCause() != null) {
            oorzaak = oorzaak.getCause();
        }
        Weigering weigering = (Weigering) oorzaak;
        assertThat(weigering.getMessage()).startsWith("Veld '" + weigering.veld() + "' heeft geen geldige keuze");
        return weigering.veld();
    }

    @Test
    @DisplayName("MAS §4.3: een onbekende Halt-uitkomst via /engine-rest is 400 met het veld, geen 500 bij gateway HaltUitkomst")
    void eenOnbekendeHaltUitkomstIsEen400() throws Exception {
        Werkproces w = bijHaltTerugmelding();
        String taak = task("HaltTerugmeldingVerwerken", w.instantie()).getId();
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> antwoord = http.withBasicAuth(LPA, "demo").postForEntity(
                "/engine-rest/task/" + taak + "/complete", new HttpEntity<>(
                        "{\"variables\": {\"haltUitkomst\": {\"value\": \"ONBEKEND\", \"type\": \"String\"}}}", kop),
                String.class);

        assertThat(antwoord.getStatusCode().value()).as(antwoord.getBody()).isEqualTo(400);
        assertThat(antwoord.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode probleem = json.readTree(antwoord.getBody());
        assertThat(probleem.get("errors").findValuesAsText("field")).containsExactly("haltUitkomst");
        assertThat(probleem.get("message").asText()).contains("POSITIEF, NEGATIEF");
        assertThat(antwoord.getBody()).doesNotContain("ENGINE-", "Exception");
        assertThat(w.instantie()).isWaitingAt("HaltTerugmeldingVerwerken");
        assertThat(interventies(w)).containsExactly("HALT:-");

        ResponseEntity<String> goed = http.withBasicAuth(LPA, "demo").postForEntity(
                "/engine-rest/task/" + taak + "/complete", new HttpEntity<>(
                        "{\"variables\": {\"haltUitkomst\": {\"value\": \"POSITIEF\", \"type\": \"String\"}}}", kop),
                String.class);
        assertThat(goed.getStatusCode().value()).as(goed.getBody()).isEqualTo(204);
        assertThat(interventies(w)).containsExactly("HALT:POSITIEF");
    }
}
