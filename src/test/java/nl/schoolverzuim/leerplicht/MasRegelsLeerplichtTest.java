package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * Rules of MAS §4.3 that {@code docs/mas-regels.md} found implemented but not pinned: every outcome of the civiel
 * kader (RvdK) and of the strafrechtelijk kader (OM-afdoening) is recorded as such. The routes are chosen explicitly
 * (with a motivation), so these tests do not depend on the advice of mas-route.
 */
class MasRegelsLeerplichtTest extends WerkprocesTest {

    /** The demo LPA of Doetinchem, who is its BOA too. */
    static final String BOA = "lpa-doetinchem";

    @Autowired
    TestRestTemplate http;

    Werkproces wettelijkVerzuim(int leeftijd, int uren) {
        return melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), nieuweJongere(leeftijd, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), uren, 0, false, null, "testmelding"));
    }

    /** Triage, onderzoek and the choice of exactly one route, whatever the advice was. */
    void kiesAlleen(Werkproces w, String route, Object... feiten) {
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        Object[] onderzoek = new Object[feiten.length + 4];
        onderzoek[0] = "onderzoeksuitkomst";
        onderzoek[1] = "PLAN_VAN_AANPAK";
        onderzoek[2] = "verzuimfeiten";
        onderzoek[3] = "verzuimt al weken";
        System.arraycopy(feiten, 0, onderzoek, 4, feiten.length);
        voltooi(w.instantie(), "Onderzoek", onderzoek);
        voltooi(w.instantie(), "RouteKiezen", "routeVrijwilligeHulp", "routeVrijwilligeHulp".equals(route),
                "routeHalt", "routeHalt".equals(route), "routeCivielKader", "routeCivielKader".equals(route),
                "routeStrafrechtelijkKader", "routeStrafrechtelijkKader".equals(route),
                "afwijkingMotivering", "alleen deze route");
    }

    List<String> interventies(Werkproces w) {
        return jdbc.queryForList("select soort || ':' || coalesce(uitkomst, '-') from interventie where werkproces_id = ? order by id",
                String.class, w.id());
    }

    // MAS §4 step 2: a plan van aanpak and an MDO are outcomes of the onderzoek that lead on to the route choice (step 3).
    @ParameterizedTest(name = "MAS §4 stap 2: na uitkomst {0} volgt het routeadvies")
    @ValueSource(strings = {"PLAN_VAN_AANPAK", "MDO"})
    void eenPlanVanAanpakOfMdoGaatNaarDeRoutekeuze(String uitkomst) {
        Werkproces w = wettelijkVerzuim(14, 20);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");

        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", uitkomst, "verzuimfeiten", "verzuimt al weken");

        assertThat(w.instantie()).hasPassed("RouteAdviseren").isWaitingAt("RouteKiezen");
        assertThat(runtime.getVariable(w.instantie().getId(), "onderzoeksuitkomst")).isEqualTo(uitkomst);
    }

    // MAS §4.3 Gedwongen hulp in civiel kader: "Record request, RvdK outcome (e.g. maatregel / geen maatregel)".
    @ParameterizedTest(name = "MAS §4.3: RvdK-uitkomst {0} wordt als uitkomst van het civiel kader vastgelegd")
    @ValueSource(strings = {"MAATREGEL", "GEEN_MAATREGEL", "GEEN_ONDERZOEK"})
    void elkeUitkomstVanDeRaadWordtVastgelegd(String uitkomst) {
        Werkproces w = wettelijkVerzuim(13, 20);
        kiesAlleen(w, "routeCivielKader", "achterliggendeProblematiek", true, "medewerking", false);

        voltooi(w.instantie(), "RvdkVerzoekIndienen", "rvdkVerzoekDatum", new Date(), "rvdkGrond", "ontwikkeling bedreigd",
                "veiligThuis", "GEMELD", "veiligThuisDatum", new Date(), "veiligThuisAfweging", "zorgen thuis");
        assertThat(interventies(w)).containsExactly("RVDK:-");
        voltooi(w.instantie(), "RvdkUitkomstVerwerken", "rvdkUitkomst", uitkomst);

        assertThat(interventies(w)).containsExactly("RVDK:" + uitkomst);
        assertThat(jdbc.queryForObject("select toelichting from interventie where werkproces_id = ?", String.class, w.id()))
                .isEqualTo("ontwikkeling bedreigd");
        // MAS §4.4: after the route the 6-week follow-up, whatever the Raad decided.
        assertThat(w.instantie()).isWaitingAt("ZesWekenNaAfspraken");
    }

    // MAS §4.3 Dwang in strafrechtelijk kader: "PV → OM → afdoening/zitting (record outcome: e.g. taakstraf,
    // geldboete, jeugdreclassering, sepot)".
    @ParameterizedTest(name = "MAS §4.3: OM-afdoening {0} wordt bij het proces-verbaal vastgelegd")
    @ValueSource(strings = {"TAAKSTRAF", "GELDBOETE", "JEUGDRECLASSERING", "SEPOT"})
    void elkeAfdoeningVanHetOmWordtVastgelegd(String afdoening) {
        Werkproces w = wettelijkVerzuim(15, 40);
        kiesAlleen(w, "routeStrafrechtelijkKader", "verwijtbaar", true);
        long pv = procesVerbaal(w);
        assertThat(w.instantie()).isWaitingAt("OmAfdoeningVerwerken");

        ResponseEntity<JsonNode> antwoord = afdoening(pv, afdoening);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select om_afdoening from proces_verbaal where id = ?", String.class, pv))
                .isEqualTo(afdoening);
        assertThat(w.instantie()).hasPassed("OmAfdoeningVerwerken").isWaitingAt("ZesWekenNaAfspraken");
    }

    @Test
    @DisplayName("MAS §4.3: een afdoening buiten de lijst wordt in het Nederlands geweigerd en de taak blijft open")
    void eenOnbekendeAfdoeningWordtGeweigerd() {
        Werkproces w = wettelijkVerzuim(15, 40);
        kiesAlleen(w, "routeStrafrechtelijkKader", "verwijtbaar", true);
        long pv = procesVerbaal(w);

        ResponseEntity<JsonNode> geweigerd = afdoening(pv, "BERISPING");

        assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(geweigerd.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(geweigerd.getBody().get("errors").findValuesAsText("field")).containsExactly("afdoening");
        assertThat(geweigerd.getBody().get("errors").findValuesAsText("message").get(0)).contains("kies een van");
        assertThat(jdbc.queryForObject("select om_afdoening from proces_verbaal where id = ?", String.class, pv)).isNull();
        assertThat(w.instantie()).isWaitingAt("OmAfdoeningVerwerken");
    }

    /** The BOA draws up a proces-verbaal against the ouders (allowed at every age, MAS §4.3) through the API. */
    long procesVerbaal(Werkproces w) {
        ResponseEntity<JsonNode> pv = http.withBasicAuth(BOA, "demo").postForEntity("/api/processen-verbaal",
                Map.of("werkprocesId", w.id(), "tegenOuders", true, "tegenJongere", false,
                        "datum", vandaag().toString(), "feiten", "blijft verzuimen"), JsonNode.class);
        assertThat(pv.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return pv.getBody().get("id").asLong();
    }

    ResponseEntity<JsonNode> afdoening(long pv, String afdoening) {
        return http.withBasicAuth(BOA, "demo").postForEntity("/api/processen-verbaal/" + pv + "/afdoening",
                Map.of("afdoening", afdoening), JsonNode.class);
    }
}
