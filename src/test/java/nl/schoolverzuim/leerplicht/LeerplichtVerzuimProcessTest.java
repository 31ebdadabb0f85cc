package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.domein.Werkdagen;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Meldingen;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * {@code processes/leerplicht-verzuim.bpmn} walked path by path with the real decisions, listeners and database
 * (MAS §4). Timers are driven by moving the engine clock, never by waiting.
 */
class LeerplichtVerzuimProcessTest extends WerkprocesTest {

    @Autowired
    TestRestTemplate http;

    Werkproces melding(String soort, int leeftijd, int uren, boolean preventief, NieuweMelding.JongereGegevens jongere) {
        NieuweMelding.JongereGegevens wie = jongere != null ? jongere : nieuweJongere(leeftijd, "Doetinchem");
        return melding(new NieuweMelding(null, soort, vandaag().toString(), wie,
                "ABSOLUUT".equals(soort) ? null : new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                uren, 0, preventief, null, "testmelding", null, List.of(OUDER)));
    }

    /** The ouder of every test melding, with an address: a letter to the ouders can only be finalised with one. */
    static final NieuweMelding.OuderGegevens OUDER = new NieuweMelding.OuderGegevens("M. Proces",
            new NieuweMelding.AdresGegevens("Dorpsstraat", "12a", "7001 AB", "Doetinchem"), null, null, null);

    /** Status, channel and sending date of the werkproces's letter of {@code soort}. */
    String briefStatus(Werkproces w, String soort) {
        return jdbc.queryForObject("select status || ' | ' || coalesce(verzendkanaal, '-') || ' | ' "
                + "|| coalesce(cast(verzonden_op as varchar(10)), '-') from document where soort = ? and werkproces_id = ?",
                String.class, soort, w.id());
    }

    /** A letter step is due 5 werkdagen after it opened (mas-termijn). */
    void briefstapBinnenVijfWerkdagen(Werkproces w, String stap) {
        assertThat(task(stap, w.instantie()).getDueDate())
                .isEqualTo(Termijnen.eindeWerkdag(new Werkdagen().plusWerkdagen(vandaag(), 5)));
    }

    Werkproces melding(String soort, int leeftijd, int uren) {
        return melding(soort, leeftijd, uren, false, null);
    }

    /**
     * Triage and an onderzoek with outcome plan van aanpak; the two Halt facts the officer checks with Halt and the
     * GGD are answered "nee" unless {@code feiten} answers them (MAS §4.3: an unanswered fact meets no criterion).
     */
    void triageEnOnderzoek(ProcessInstance instantie, Object... feiten) {
        voltooi(instantie, "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        Object[] onderzoek = new Object[feiten.length + 8];
        onderzoek[0] = "onderzoeksuitkomst";
        onderzoek[1] = "PLAN_VAN_AANPAK";
        onderzoek[2] = "verzuimfeiten";
        onderzoek[3] = "spijbelt op maandag";
        onderzoek[4] = "eerderHaltVoorVerzuim";
        onderzoek[5] = "NEE";
        onderzoek[6] = "ernstigePsychischeProblematiekZonderHulp";
        onderzoek[7] = "NEE";
        System.arraycopy(feiten, 0, onderzoek, 8, feiten.length);
        voltooi(instantie, "Onderzoek", onderzoek);
    }

    /** Consent for vrijwillige hulp as the form records it: yes, by whom, on which day (MAS §10). */
    static Object[] toeleiding(String instantie) {
        return new Object[] {"hulpInstantie", instantie, "toestemmingHulp", true, "toestemmingHulpDoor",
                "OUDERS_EN_JONGERE", "toestemmingHulpDatum", vandaag().toString()};
    }

    /** MAS §4.4, §5: the follow-up timer is due exactly 6 weeks after {@code dag}, at the end of the working day. */
    void followUpTimerOpZesWekenNa(Werkproces w, String timer, LocalDate dag) {
        assertThat(timer(w.instantie(), timer).getDuedate()).isEqualTo(Termijnen.eindeWerkdag(dag.plusWeeks(6)));
    }

    void followUpEnAfsluiten(Werkproces w, boolean gestopt) {
        followUpTimerOpZesWekenNa(w, "ZesWekenNaAfspraken", vandaag());
        verstrijk(w.instantie(), "ZesWekenNaAfspraken", Duration.ofDays(43));
        voltooi(w.instantie(), "FollowUp", "verzuimGestopt", gestopt, "followUpVerslag", "verslag");
        if (gestopt) {
            voltooi(w.instantie(), "WerkprocesAfsluiten", "resultaat", "TERUG_NAAR_SCHOOL");
            assertThat(w.instantie()).isEnded();
            assertThat(resultaat(w)).isEqualTo("TERUG_NAAR_SCHOOL");
        }
    }

    /** The demo LPA of Doetinchem, who is its BOA too (MAS §10). */
    static final String BOA = "lpa-doetinchem";

    static Map<String, Object> pvInvoer(Werkproces w, boolean ouders, boolean jongere, String feiten) {
        return Map.of("werkprocesId", w.id(), "tegenOuders", ouders, "tegenJongere", jongere,
                "datum", vandaag().toString(), "feiten", feiten);
    }

    /** The BOA draws up the proces-verbaal through our API, which completes "Proces-verbaal opmaken" (MAS §4.3, §10). */
    JsonNode procesVerbaal(Werkproces w, boolean ouders, boolean jongere, String feiten) {
        ResponseEntity<JsonNode> pv = http.withBasicAuth(BOA, "demo").postForEntity("/api/processen-verbaal",
                pvInvoer(w, ouders, jongere, feiten), JsonNode.class);
        assertThat(pv.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(w.instantie()).variables().containsEntry("procesVerbaalId", pv.getBody().get("id").asLong());
        return pv.getBody();
    }

    /** The BOA records the OM's afdoening, which completes "Afdoening door het OM verwerken". */
    void afdoening(JsonNode pv, String afdoening) {
        assertThat(http.withBasicAuth(BOA, "demo").postForEntity("/api/processen-verbaal/" + pv.get("id").asLong()
                + "/afdoening", Map.of("afdoening", afdoening), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    String resultaat(Werkproces w) {
        return jdbc.queryForObject("select resultaat from werkproces where id = ?", String.class, w.id());
    }

    List<String> interventies(Werkproces w) {
        return jdbc.queryForList("select soort || ':' || coalesce(uitkomst, '-') from interventie where werkproces_id = ? order by id",
                String.class, w.id());
    }

    // --- MAS §4 step 1: triage ------------------------------------------------------------------------------

    /** MAS §4 step 1: a duplicate is closed as Overig; geoorloofd is no verzuim at all (TriageProcessTest, MAS §3). */
    @Test
    void eenDubbeleMeldingSluitMetOverig() {
        Werkproces w = melding("WETTELIJK", 14, 20);
        assertThat(w.instantie()).isActive();

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "DUBBEL");

        assertThat(w.instantie()).hasPassed("NietInBehandelingAfsluiten").isEnded();
        assertThat(resultaat(w)).isEqualTo("OVERIG");
    }

    @Test
    void naOnderzoekAfgeslotenInOverlegMetSchool() {
        Werkproces w = melding("WETTELIJK", 14, 20);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "ziek gemeld");
        voltooi(w.instantie(), "WerkprocesAfsluiten", "resultaat", "TERUG_NAAR_SCHOOL");

        assertThat(w.instantie()).hasNotPassed("RouteAdviseren").isEnded();
    }

    // --- MAS §4.3: each route alone ----------------------------------------------------------------------------

    @Test
    void vrijwilligeHulpBijAchterliggendeProblematiek() {
        Werkproces w = melding("WETTELIJK", 10, 20);
        triageEnOnderzoek(w.instantie(), "achterliggendeProblematiek", true, "medewerking", true);

        assertThat(w.instantie()).isWaitingAt("RouteKiezen").variables()
                .containsEntry("adviesVrijwilligeHulp", true).containsEntry("routeVrijwilligeHulp", true)
                .containsEntry("adviesHalt", false);
        voltooi(w.instantie(), "RouteKiezen");
        voltooi(w.instantie(), "ToeleidenJeugdhulp", toeleiding("Wijkteam Doetinchem"));
        voltooi(w.instantie(), "HulpEvalueren", "hulpResultaat", "AFGEROND", "hulpEvaluatie", "gaat goed");
        assertThat(w.instantie()).isWaitingAt("ZesWekenNaAfspraken");
        followUpEnAfsluiten(w, true);

        assertThat(interventies(w)).containsExactly("VRIJWILLIGE_HULP:AFGEROND");
        assertThat(jdbc.queryForObject("select gekozen from routebesluit where werkproces_id = ?", String.class, w.id()))
                .isEqualTo("VRIJWILLIGE_HULP");
    }

    @Test
    void haltBijVerwijtbaarVerzuimBinnenDeCriteria() {
        Werkproces w = melding("WETTELIJK", 14, 20);
        triageEnOnderzoek(w.instantie(), "verwijtbaar", true, "toestemmingJongere", true, "toestemmingOuders", true,
                "medewerking", true);

        assertThat(w.instantie()).variables().containsEntry("haltGeschikt", true).containsEntry("routeHalt", true);
        voltooi(w.instantie(), "RouteKiezen");
        voltooi(w.instantie(), "HaltVerwijzen", "haltVerwijzingDatum", new Date());
        voltooi(w.instantie(), "HaltTerugmeldingVerwerken", "haltUitkomst", "POSITIEF");
        followUpEnAfsluiten(w, true);

        assertThat(w.instantie()).hasNotPassed("OverlegOm");
        assertThat(interventies(w)).containsExactly("HALT:POSITIEF");
    }

    @Test
    void eenNegatieveHaltAfloopGaatNaarOverlegMetHetOm() {
        // MAS §4.3: Halt negatief -> overleg met het OM; without a PV advice the 6-week follow-up follows
        Werkproces w = melding("WETTELIJK", 14, 20);
        triageEnOnderzoek(w.instantie(), "verwijtbaar", true, "toestemmingJongere", true, "toestemmingOuders", true,
                "medewerking", true);
        voltooi(w.instantie(), "RouteKiezen");
        voltooi(w.instantie(), "HaltVerwijzen", "haltVerwijzingDatum", new Date());
        voltooi(w.instantie(), "HaltTerugmeldingVerwerken", "haltUitkomst", "NEGATIEF");
        voltooi(w.instantie(), "OverlegOm", "omAdviseertProcesVerbaal", false, "omOverlegVerslag", "nog niet");

        assertThat(w.instantie()).hasPassed("OverlegOm").hasNotPassed("ProcesVerbaalKiezen")
                .isWaitingAt("ZesWekenNaAfspraken");
        followUpTimerOpZesWekenNa(w, "ZesWekenNaAfspraken", vandaag());
        assertThat(interventies(w)).containsExactly("HALT:NEGATIEF");
    }

    @Test
    void negatieveHaltEnOmAdviseertProcesVerbaalGaatMeteenNaarHetProcesVerbaal() {
        // MAS §4.3: Halt negatief and the OM advises a PV -> the PV step at once, not after another 6 weeks
        Werkproces w = melding("WETTELIJK", 14, 20);
        triageEnOnderzoek(w.instantie(), "verwijtbaar", true, "toestemmingJongere", true, "toestemmingOuders", true,
                "medewerking", true);
        voltooi(w.instantie(), "RouteKiezen");
        voltooi(w.instantie(), "HaltVerwijzen", "haltVerwijzingDatum", new Date());
        voltooi(w.instantie(), "HaltTerugmeldingVerwerken", "haltUitkomst", "NEGATIEF");
        voltooi(w.instantie(), "OverlegOm", "omAdviseertProcesVerbaal", true, "omOverlegVerslag", "PV opmaken");

        assertThat(w.instantie()).hasPassed("ProcesVerbaalKiezen").isWaitingAt("ProcesVerbaalOpmaken");
        assertThat(timer(w.instantie(), "ZesWekenNaAfspraken")).isNull();
        afdoening(procesVerbaal(w, true, true, "Halt niet afgerond"), "TAAKSTRAF");
        // after the PV the 6-week follow-up, and no second PV round
        assertThat(w.instantie()).isWaitingAt("ZesWekenNaAfspraken");
        followUpEnAfsluiten(w, true);

        assertThat(jdbc.queryForList("select gekozen from routebesluit where werkproces_id = ? order by id", String.class,
                w.id())).containsExactly("HALT", "STRAFRECHTELIJK_KADER");
    }

    @Test
    void civielKaderWanneerHulpWordtGeweigerd() {
        Werkproces w = melding("WETTELIJK", 13, 20);
        triageEnOnderzoek(w.instantie(), "achterliggendeProblematiek", true, "medewerking", false);

        assertThat(w.instantie()).variables().containsEntry("adviesCivielKader", true);
        // Only the civil route: help is refused, so the officer motivates leaving out voluntary help.
        voltooi(w.instantie(), "RouteKiezen", "routeVrijwilligeHulp", false, "routeCivielKader", true,
                "routeStrafrechtelijkKader", false, "afwijkingMotivering", "Ouders weigeren elke hulp");
        voltooi(w.instantie(), "RvdkVerzoekIndienen", "rvdkVerzoekDatum", new Date(), "rvdkGrond", "ontwikkeling bedreigd",
                "veiligThuis", "GEMELD", "veiligThuisDatum", new Date(), "veiligThuisAfweging", "zorgen thuis");
        voltooi(w.instantie(), "RvdkUitkomstVerwerken", "rvdkUitkomst", "MAATREGEL");
        followUpEnAfsluiten(w, true);

        assertThat(interventies(w)).containsExactly("RVDK:MAATREGEL");
        assertThat(jdbc.queryForObject("select motivering from routebesluit where werkproces_id = ?", String.class, w.id()))
                .isEqualTo("Ouders weigeren elke hulp");

        // The Dossier shows the decision with advice and motivation, the intervention, and a timeline.
        JsonNode dossier = http.withBasicAuth("lpa-doetinchem", "demo")
                .getForObject("/api/dossiers/" + w.dossierId(), JsonNode.class);
        JsonNode besluit = dossier.get("onderdelen").get("leerplicht").get("routebesluiten").get(0);
        assertThat(besluit.get("geadviseerd").asText()).contains("CIVIEL_KADER");
        assertThat(besluit.get("gekozen").asText()).isEqualTo("CIVIEL_KADER");
        assertThat(besluit.get("motivering").asText()).isEqualTo("Ouders weigeren elke hulp");
        assertThat(dossier.get("onderdelen").get("leerplicht").get("interventies").get(0).get("uitkomst").asText())
                .isEqualTo("MAATREGEL");
        assertThat(dossier.get("tijdlijn").findValuesAsText("wat")).contains("Route gekozen: CIVIEL_KADER",
                "RVDK afgerond: MAATREGEL", "Werkproces leerplicht-verzuim afgerond: TERUG_NAAR_SCHOOL");
    }

    @Test
    void procesVerbaalBijHardnekkigVerzuimBoven60Uur() {
        Werkproces w = melding("WETTELIJK", 15, 61);
        triageEnOnderzoek(w.instantie(), "verwijtbaar", true, "medewerking", true, "toestemmingJongere", true,
                "toestemmingOuders", true);

        assertThat(w.instantie()).variables().containsEntry("adviesStrafrechtelijkKader", true)
                .containsEntry("haltGeschikt", false);
        voltooi(w.instantie(), "RouteKiezen");
        JsonNode pv = procesVerbaal(w, true, true, "61 uur");
        assertThat(w.instantie()).isWaitingAt("OmAfdoeningVerwerken");
        afdoening(pv, "TAAKSTRAF");
        followUpEnAfsluiten(w, true);

        assertThat(jdbc.queryForObject("select om_afdoening from proces_verbaal where werkproces_id = ?", String.class,
                w.id())).isEqualTo("TAAKSTRAF");
    }

    // --- combined routes and escalation ----------------------------------------------------------------------

    @Test
    void vrijwilligeHulpEnHaltLopenNaastElkaar() {
        Werkproces w = melding("WETTELIJK", 14, 20);
        triageEnOnderzoek(w.instantie(), "achterliggendeProblematiek", true, "medewerking", true, "verwijtbaar", true,
                "toestemmingJongere", true, "toestemmingOuders", true);

        assertThat(w.instantie()).variables().containsEntry("adviesVrijwilligeHulp", true).containsEntry("adviesHalt", true);
        voltooi(w.instantie(), "RouteKiezen");
        assertThat(w.instantie()).isWaitingAt("ToeleidenJeugdhulp", "HaltVerwijzen");
        voltooi(w.instantie(), "HaltVerwijzen", "haltVerwijzingDatum", new Date());
        voltooi(w.instantie(), "ToeleidenJeugdhulp", toeleiding("Wijkteam"));
        voltooi(w.instantie(), "HaltTerugmeldingVerwerken", "haltUitkomst", "POSITIEF");
        assertThat(w.instantie()).isWaitingAt("HulpEvalueren");
        voltooi(w.instantie(), "HulpEvalueren", "hulpResultaat", "LOOPT", "hulpEvaluatie", "loopt");
        followUpEnAfsluiten(w, true);

        assertThat(interventies(w)).containsExactlyInAnyOrder("VRIJWILLIGE_HULP:LOOPT", "HALT:POSITIEF");
    }

    @Test
    void escalatieVanVrijwilligeHulpNaarHaltNaarProcesVerbaal() {
        Werkproces w = melding("WETTELIJK", 14, 20);
        triageEnOnderzoek(w.instantie(), "achterliggendeProblematiek", true, "medewerking", true);
        voltooi(w.instantie(), "RouteKiezen");
        voltooi(w.instantie(), "ToeleidenJeugdhulp", toeleiding("Wijkteam"));
        voltooi(w.instantie(), "HulpEvalueren", "hulpResultaat", "GEWEIGERD", "hulpEvaluatie", "komt niet");
        followUpEnAfsluiten(w, false);

        // MAS §4.3, §4.4: vrijwillige hulp was tried and the verzuim continues: the decision knows and advises the
        // heavier civiel kader (Halt is not possible: verwijtbaarheid not established), not the same help again.
        assertThat(w.instantie()).isWaitingAt("RouteKiezen").variables().containsEntry("eerderVrijwilligeHulp", true)
                .containsEntry("adviesVrijwilligeHulp", false).containsEntry("adviesCivielKader", true)
                .containsEntry("adviesHalt", false);
        voltooi(w.instantie(), "RouteKiezen", "routeVrijwilligeHulp", false, "routeCivielKader", false,
                "routeHalt", true, "afwijkingMotivering", "Jongere spijbelt wel op eigen initiatief; eerst Halt");
        voltooi(w.instantie(), "HaltVerwijzen", "haltVerwijzingDatum", new Date());
        voltooi(w.instantie(), "HaltTerugmeldingVerwerken", "haltUitkomst", "NEGATIEF");
        voltooi(w.instantie(), "OverlegOm", "omAdviseertProcesVerbaal", false, "omOverlegVerslag", "eerst follow-up");
        followUpEnAfsluiten(w, false);

        // MAS §4.3: after a Halt-verwijzing Halt is never advised again; verwijtbaar verzuim after Halt -> PV.
        assertThat(w.instantie()).isWaitingAt("RouteKiezen").variables().containsEntry("eerderHaltVoorVerzuim", true).containsEntry("adviesHalt", false);

        voltooi(w.instantie(), "RouteKiezen", "routeVrijwilligeHulp", false, "routeHalt", false, "routeCivielKader", false,
                "routeStrafrechtelijkKader", true, "afwijkingMotivering", "Halt negatief, verzuim gaat door");
        afdoening(procesVerbaal(w, true, true, "blijft verzuimen"), "JEUGDRECLASSERING");
        followUpEnAfsluiten(w, true);

        assertThat(jdbc.queryForList("select gekozen from routebesluit where werkproces_id = ? order by id", String.class,
                w.id())).containsExactly("VRIJWILLIGE_HULP", "HALT", "STRAFRECHTELIJK_KADER");
    }

    // --- MAS §4 step 2: a warning without a MAS route, then the 6-week follow-up --------------------------------

    @Test
    void eenWaarschuwingsgesprekZonderRouteMetFollowUpNaZesWeken() {
        // MAS §4 step 2, §4.4: waarschuwingsgesprek recorded with its letter; no route; follow-up after 6 weeks
        Werkproces w = melding("WETTELIJK", 14, 20);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "WAARSCHUWINGSGESPREK", "verzuimfeiten",
                "Drie maandagen gespijbeld");

        assertThat(w.instantie()).hasPassed("WaarschuwingVastleggen").hasNotPassed("RouteAdviseren", "RouteKiezen")
                .isWaitingAt("WaarschuwingVerzenden");
        briefstapBinnenVijfWerkdagen(w, "WaarschuwingVerzenden");
        // the uitnodiging when the onderzoek started, the letter of the waarschuwingsgesprek after it, both drafts
        assertThat(jdbc.queryForList("select soort || ' | ' || status || ' | ' || titel from document "
                + "where werkproces_id = ? order by id", String.class, w.id())).containsExactly(
                "uitnodiging-verzuimgesprek | CONCEPT | Uitnodiging verzuimgesprek",
                "waarschuwing | CONCEPT | Brief aan ouders na waarschuwingsgesprek");
        assertThat(jdbc.queryForObject("select html from document where soort = 'waarschuwing' and werkproces_id = ?",
                String.class, w.id())).contains("Drie maandagen gespijbeld").contains("Kopie aan: Houtkamp College")
                .contains("bevestiging van het waarschuwingsgesprek");
        assertThat(w.instantie()).variables().containsEntry("briefId", jdbc.queryForObject(
                "select id from document where soort = 'waarschuwing' and werkproces_id = ?", Long.class, w.id()));
        assertThat(jdbc.queryForObject("select count(*) from routebesluit where werkproces_id = ?", Integer.class, w.id()))
                .isZero();

        // MAS §4 step 2: the officer sends the letter from the letter step; then the 6 weeks to the follow-up run
        voltooi(w.instantie(), "WaarschuwingVerzenden", "briefVerzendkanaal", "POST", "briefExtraAlinea",
                "U bent welkom op het spreekuur.");
        assertThat(briefStatus(w, "waarschuwing")).isEqualTo("VERZONDEN | POST | " + vandaag());
        assertThat(jdbc.queryForObject("select html from document where soort = 'waarschuwing' and werkproces_id = ?",
                String.class, w.id())).contains("U bent welkom op het spreekuur.").contains("Dorpsstraat 12a");
        assertThat(w.instantie()).isWaitingAt("ZesWekenNaAfspraken");
        followUpEnAfsluiten(w, true);
    }

    @Test
    void naEenSchriftelijkeWaarschuwingDieNietHelptVolgtHetRouteadvies() {
        // MAS §4 step 2, §4.4: schriftelijke waarschuwing, verzuim not stopped after 6 weeks -> route advice
        Werkproces w = melding("WETTELIJK", 10, 20);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "SCHRIFTELIJKE_WAARSCHUWING", "verzuimfeiten",
                "Vaak te laat", "achterliggendeProblematiek", "JA", "medewerking", "JA");

        assertThat(jdbc.queryForObject("select titel from document where soort = 'waarschuwing' and werkproces_id = ?",
                String.class, w.id())).isEqualTo("Schriftelijke waarschuwing");
        voltooi(w.instantie(), "WaarschuwingVerzenden", "briefVerzendkanaal", "OVERHANDIGD");
        assertThat(briefStatus(w, "waarschuwing")).isEqualTo("VERZONDEN | OVERHANDIGD | " + vandaag());
        followUpEnAfsluiten(w, false);

        assertThat(w.instantie()).hasPassed("WaarschuwingVastleggen", "RouteAdviseren").isWaitingAt("RouteKiezen")
                .variables().containsEntry("adviesVrijwilligeHulp", true);
    }

    // --- MAS §4 step 2: the uitnodiging for the verzuimgesprek beside the onderzoek; final, then sent -----------

    /** Records from the Dossier's API that a final letter was sent. */
    ResponseEntity<JsonNode> verzonden(long documentId, Object datum, String kanaal) {
        Map<String, Object> invoer = new java.util.HashMap<>();
        invoer.put("datum", datum);
        invoer.put("kanaal", kanaal);
        return http.withBasicAuth(BOA, "demo").postForEntity("/api/documenten/" + documentId + "/verzending", invoer,
                JsonNode.class);
    }

    @Test
    void deUitnodigingGaatNaastHetOnderzoekEnWordtDefinitiefEnLaterVerzonden() {
        // MAS §4 step 2, §5 (eerste contact/uitnodiging na triage, 10 werkdagen): the uitnodiging, then the waarschuwing
        Werkproces w = melding("WETTELIJK", 14, 20);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");

        assertThat(w.instantie()).hasPassed("UitnodigingOpstellen").isWaitingAt("Onderzoek", "UitnodigingVerzenden");
        assertThat(task("UitnodigingVerzenden", w.instantie()).getDueDate())
                .isEqualTo(Termijnen.eindeWerkdag(new Werkdagen().plusWerkdagen(vandaag(), 10)));
        long uitnodiging = jdbc.queryForObject("select id from document where soort = 'uitnodiging-verzuimgesprek' "
                + "and werkproces_id = ?", Long.class, w.id());
        assertThat(taken.getVariable(task("UitnodigingVerzenden", w.instantie()).getId(), "briefId"))
                .isEqualTo(uitnodiging);
        assertThat(briefStatus(w, "uitnodiging-verzuimgesprek")).isEqualTo("CONCEPT | - | -");

        // the step finalises the letter; the sending is recorded later, from the Dossier
        voltooi(w.instantie(), "UitnodigingVerzenden", "briefExtraAlinea", "Het gesprek is op het stadhuis.");
        assertThat(briefStatus(w, "uitnodiging-verzuimgesprek")).isEqualTo("DEFINITIEF | - | -");
        assertThat(jdbc.queryForObject("select html from document where id = ?", String.class, uitnodiging))
                .contains("Het gesprek is op het stadhuis.").contains("Dorpsstraat 12a");
        assertThat(jdbc.queryForObject("select pdf is not null from document where id = ?", Boolean.class, uitnodiging))
                .isTrue();
        assertThat(w.instantie()).isWaitingAt("Onderzoek").hasPassed("UitnodigingVerzenden", "UitnodigingKlaar");

        ResponseEntity<JsonNode> toekomst = verzonden(uitnodiging, vandaag().plusDays(1).toString(), "POST");
        assertThat(toekomst.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(toekomst.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(toekomst.getBody().get("errors").findValuesAsText("field")).containsExactly("datum");
        assertThat(verzonden(uitnodiging, "gisteren", null).getBody().get("errors").findValuesAsText("field"))
                .containsExactly("datum", "kanaal");
        assertThat(verzonden(uitnodiging, vandaag().toString(), "EMAIL").getBody().get("errors")
                .findValuesAsText("field")).containsExactly("kanaal"); // the ouder has no e-mail address
        assertThat(http.withBasicAuth("lpa-aalten", "demo").postForEntity("/api/documenten/" + uitnodiging
                + "/verzending", Map.of("datum", vandaag().toString(), "kanaal", "POST"), String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(briefStatus(w, "uitnodiging-verzuimgesprek")).isEqualTo("DEFINITIEF | - | -");

        ResponseEntity<JsonNode> vastgelegd = verzonden(uitnodiging, vandaag().toString(), "POST");
        assertThat(vastgelegd.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(vastgelegd.getBody().get("status").asText()).isEqualTo("VERZONDEN");
        assertThat(briefStatus(w, "uitnodiging-verzuimgesprek")).isEqualTo("VERZONDEN | POST | " + vandaag());
        assertThat(verzonden(uitnodiging, vandaag().toString(), "POST").getBody().get("errors")
                .findValuesAsText("field")).containsExactly("status");

        // MAS §4 step 2: the schriftelijke waarschuwing after the onderzoek, its own letter; the extra paragraph of
        // the uitnodiging stays with the uitnodiging
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "SCHRIFTELIJKE_WAARSCHUWING", "verzuimfeiten",
                "Drie maandagen gespijbeld");
        assertThat(w.instantie()).isWaitingAt("WaarschuwingVerzenden");
        voltooi(w.instantie(), "WaarschuwingVerzenden", "briefVerzendkanaal", "POST");
        assertThat(jdbc.queryForObject("select html from document where soort = 'waarschuwing' and werkproces_id = ?",
                String.class, w.id())).doesNotContain("Het gesprek is op het stadhuis.");
        assertThat(jdbc.queryForList("select soort || ' | ' || status from document where werkproces_id = ? order by id",
                String.class, w.id())).containsExactly("uitnodiging-verzuimgesprek | VERZONDEN", "waarschuwing | VERZONDEN");
    }

    @Test
    void eenUitnodigingDieNogOpenStaatVervaltAlsHetOnderzoekKlaarIs() {
        // MAS §4 step 2: talked at school before the uitnodiging went out; the step ends, the letter stays a draft
        Werkproces w = melding("WETTELIJK", 14, 20);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "ziek gemeld");

        assertThat(w.instantie()).hasPassed("OnderzoekGedaan").hasNotPassed("UitnodigingKlaar");
        assertThat(taken.createTaskQuery().processInstanceId(w.instantie().getId())
                .taskDefinitionKey("UitnodigingVerzenden").count()).isZero();
        assertThat(briefStatus(w, "uitnodiging-verzuimgesprek")).isEqualTo("CONCEPT | - | -");
    }

    @Test
    void eenWaarschuwingZonderVerzendkanaalWordtGeweigerd() {
        // MAS §4 step 2, §4.4: the 6 weeks to the follow-up run from sending, so this step records the sending
        Werkproces w = melding("WETTELIJK", 14, 20);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "SCHRIFTELIJKE_WAARSCHUWING", "verzuimfeiten", "te laat");

        assertThatThrownBy(() -> voltooi(w.instantie(), "WaarschuwingVerzenden"))
                .hasRootCauseInstanceOf(Weigering.class)
                .rootCause().extracting(e -> ((Weigering) e).veld()).isEqualTo("briefVerzendkanaal");
        assertThat(briefStatus(w, "waarschuwing")).isEqualTo("CONCEPT | - | -");
    }

    // --- MAS §3, §4.3: Halt only for a Jongere who can be addressed personally ------------------------------

    @Test
    void bijAbsoluutVerzuimNooitHaltAlleenDeOuders() {
        // MAS §3, §4.3: ABSOLUUT: only the ouders can be addressed, so no Halt even when every other criterion is met
        Werkproces w = melding("ABSOLUUT", 14, 20);
        triageEnOnderzoek(w.instantie(), "verwijtbaar", "JA", "toestemmingJongere", "JA", "toestemmingOuders", "JA",
                "medewerking", "JA");

        assertThat(w.instantie()).isWaitingAt("RouteKiezen").variables().containsEntry("haltGeschikt", false)
                .containsEntry("adviesHalt", false).containsEntry("adviesStrafrechtelijkKader", true)
                .containsEntry("haltRedenen", "Bij absoluut verzuim (ook een vsv'er onder 18) is alleen de ouder "
                        + "aanspreekbaar en niet de Jongere");
    }

    @Test
    void luxeverzuimOpEigenInitiatiefVanDeJongereMaaktHaltEnEenProcesVerbaalTegenDeJongereMogelijk() {
        // MAS §4.3 [004]: LUXE, Jongere of 14 went on own initiative: Halt advised next to the PV for the ouders,
        // and the PV may be drawn up against the Jongere too
        Werkproces w = melding("LUXE", 14, 20);
        triageEnOnderzoek(w.instantie(), "verwijtbaar", "JA", "eigenInitiatief", "JA", "toestemmingJongere", "JA",
                "toestemmingOuders", "JA", "medewerking", "JA");

        assertThat(w.instantie()).variables().containsEntry("adviesHalt", true)
                .containsEntry("adviesStrafrechtelijkKader", true);
        voltooi(w.instantie(), "RouteKiezen", "routeHalt", false, "routeStrafrechtelijkKader", true,
                "afwijkingMotivering", "Halt wil niet meewerken");
        procesVerbaal(w, true, true, "op vakantie in de schoolweken");
    }

    @Test
    void luxeverzuimNietOpEigenInitiatiefGeenHaltEnGeenProcesVerbaalTegenDeJongere() {
        // MAS §4.3: LUXE where the ouders decided (or it is unknown): only the ouders can be addressed
        for (String eigenInitiatief : new String[] {"NEE", "ONBEKEND"}) {
            Werkproces w = melding("LUXE", 14, 20);
            triageEnOnderzoek(w.instantie(), "verwijtbaar", "JA", "eigenInitiatief", eigenInitiatief,
                    "toestemmingJongere", "JA", "toestemmingOuders", "JA", "medewerking", "JA");

            assertThat(w.instantie()).variables().containsEntry("adviesHalt", false)
                    .containsEntry("adviesStrafrechtelijkKader", true);
            voltooi(w.instantie(), "RouteKiezen");
            ResponseEntity<JsonNode> geweigerd = http.withBasicAuth(BOA, "demo").postForEntity("/api/processen-verbaal",
                    pvInvoer(w, true, true, "vakantie"), JsonNode.class);
            assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(geweigerd.getBody().get("errors").findValuesAsText("field")).containsExactly("tegenJongere");
            procesVerbaal(w, true, false, "vakantie");
        }
    }

    // --- MAS §4.3: an unknown fact meets no criterion, and the advice says what is missing ---------------------

    @Test
    void eenOnbekendFeitDuwtNietNaarEenZwaardereRouteEnHetAdviesNoemtHet() {
        // MAS §4.3: medewerking unknown no longer counts as "refuses help" (civiel kader, PV)
        Werkproces w = melding("WETTELIJK", 11, 20);
        triageEnOnderzoek(w.instantie(), "achterliggendeProblematiek", "JA", "medewerking", "ONBEKEND",
                "verwijtbaar", "JA");

        assertThat(w.instantie()).variables().containsEntry("adviesVrijwilligeHulp", true)
                .containsEntry("adviesCivielKader", false).containsEntry("adviesStrafrechtelijkKader", false);
        assertThat((String) runtime.getVariable(w.instantie().getId(), "adviesMotivering"))
                .contains("Onbekend, telt in het advies niet mee: medewerking aan hulp, toestemming van de jongere, "
                        + "toestemming van de ouders.");
    }

    // --- MAS §4.3, §10: consent recorded before toeleiding -----------------------------------------------------

    @Test
    void toeleidingNaarVrijwilligeHulpAlleenMetVastgelegdeToestemming() {
        // MAS §4.3, §10: no toeleiding without recorded consent (yes, by whom, on which day); refused in Dutch
        Werkproces w = melding("WETTELIJK", 10, 20);
        triageEnOnderzoek(w.instantie(), "achterliggendeProblematiek", "JA", "medewerking", "JA");
        voltooi(w.instantie(), "RouteKiezen");
        String taak = task("ToeleidenJeugdhulp", w.instantie()).getId();

        assertThatThrownBy(() -> taken.complete(taak, map("hulpInstantie", "Wijkteam")))
                .hasRootCauseInstanceOf(Weigering.class).hasMessageContaining("toestemming")
                .rootCause().extracting(e -> ((Weigering) e).veld()).isEqualTo("toestemmingHulp");
        assertThatThrownBy(() -> taken.complete(taak, map("hulpInstantie", "Wijkteam", "toestemmingHulp", true,
                "toestemmingHulpDatum", vandaag().toString())))
                .rootCause().extracting(e -> ((Weigering) e).veld()).isEqualTo("toestemmingHulpDoor");
        assertThatThrownBy(() -> taken.complete(taak, map("hulpInstantie", "Wijkteam", "toestemmingHulp", true,
                "toestemmingHulpDoor", "OUDERS")))
                .rootCause().extracting(e -> ((Weigering) e).veld()).isEqualTo("toestemmingHulpDatum");
        assertThatThrownBy(() -> taken.complete(taak, map("hulpInstantie", "Wijkteam", "toestemmingHulp", true,
                "toestemmingHulpDoor", "OUDERS", "toestemmingHulpDatum", vandaag().plusDays(1).toString())))
                .rootCause().hasMessageContaining("toekomst");
        assertThat(w.instantie()).isWaitingAt("ToeleidenJeugdhulp");
        assertThat(interventies(w)).isEmpty();

        taken.complete(taak, map("hulpInstantie", "Wijkteam", "toestemmingHulp", true, "toestemmingHulpDoor", "OUDERS",
                "toestemmingHulpDatum", vandaag().toString()));

        assertThat(jdbc.queryForMap("select toestemming_door, toestemming_datum from interventie where werkproces_id = ?",
                w.id())).containsEntry("TOESTEMMING_DOOR", "OUDERS")
                .containsEntry("TOESTEMMING_DATUM", java.sql.Date.valueOf(vandaag()));
    }

    // --- MAS §4.3 rules enforced at completion -----------------------------------------------------------------

    @Test
    void afwijkenVanHetAdviesVraagtEenMotivering() {
        Werkproces w = melding("WETTELIJK", 10, 20);
        triageEnOnderzoek(w.instantie(), "achterliggendeProblematiek", true, "medewerking", true);
        String taak = task("RouteKiezen", w.instantie()).getId();

        assertThatThrownBy(() -> taken.complete(taak, map("routeVrijwilligeHulp", false, "routeHalt", true)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("motivering");
        assertThatThrownBy(() -> taken.complete(taak, map("routeVrijwilligeHulp", false)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("minstens één route");
        assertThat(w.instantie()).isWaitingAt("RouteKiezen");
        assertThat(jdbc.queryForObject("select count(*) from routebesluit where werkproces_id = ?", Integer.class, w.id())).isZero();
    }

    @Test
    void geenProcesVerbaalTegenEenJongereOnder12() {
        Werkproces w = melding("WETTELIJK", 11, 70);
        triageEnOnderzoek(w.instantie(), "verwijtbaar", true, "medewerking", false);
        voltooi(w.instantie(), "RouteKiezen", "routeVrijwilligeHulp", false, "routeHalt", false, "routeCivielKader", false,
                "routeStrafrechtelijkKader", true, "afwijkingMotivering", "zie advies");
        ResponseEntity<JsonNode> geweigerd = http.withBasicAuth(BOA, "demo").postForEntity("/api/processen-verbaal",
                pvInvoer(w, true, true, "70 uur"), JsonNode.class);
        assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(geweigerd.getBody().get("errors").findValuesAsText("field")).containsExactly("tegenJongere");
        assertThat(geweigerd.getBody().get("errors").findValuesAsText("message").get(0)).contains("12");
        assertThat(w.instantie()).isWaitingAt("ProcesVerbaalOpmaken");
        procesVerbaal(w, true, false, "70 uur");

        assertThat(jdbc.queryForObject("select tegen_jongere from proces_verbaal where werkproces_id = ?", Boolean.class,
                w.id())).isFalse();
    }

    // --- MAS §4.5: exactly one resultaat, with the ABSOLUUT and LUXE detail reasons --------------------------

    @Test
    void absoluutEnLuxeVerzuimSluitenAfMetHunReden() {
        for (String[] geval : new String[][] {{"ABSOLUUT", "afsluitReden", "WEER_INGESCHREVEN"},
                {"LUXE", "afsluitReden", "SCHRIFTELIJKE_WAARSCHUWING"}}) {
            Werkproces w = melding(geval[0], 9, 16);
            voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
            voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "-");
            String afsluiten = task("WerkprocesAfsluiten", w.instantie()).getId();

            assertThatThrownBy(() -> taken.complete(afsluiten, map("resultaat", "TERUG_NAAR_SCHOOL")))
                    .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("'afsluitReden'");
            // A code outside the list of the form is refused in Dutch, not a server error.
            assertThatThrownBy(() -> taken.complete(afsluiten, map("resultaat", "GEWOON_KLAAR", geval[1], geval[2])))
                    .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("'resultaat'");
            taken.complete(afsluiten, map("resultaat", "TERUG_NAAR_SCHOOL", geval[1], geval[2]));

            assertThat(w.instantie()).isEnded();
            assertThat(jdbc.queryForObject("select resultaat_detail from werkproces where id = ?", String.class, w.id()))
                    .isEqualTo(geval[2]);
        }
    }

    // --- MAS §4.1: preventief verzuimgesprek ------------------------------------------------------------------

    @Test
    void preventiefGesprekMetBriefEnTweedeGesprekNaZesWeken() {
        Werkproces w = melding("OVERIG", 13, 8, true, null);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        LocalDate gesprek = vandaag().minusDays(1);
        voltooi(w.instantie(), "PreventiefGesprekVoeren", "gesprekDatum", gesprek.toString(), "redenVerzuim", "moe",
                "kanStoppen", "ja", "afspraken", "Elke dag om 8.30 uur op school");

        // MAS §4.1: the afsprakenbrief to the ouders with a copy to the school, a draft from brieven/afsprakenbrief.html
        assertThat(w.instantie()).isWaitingAt("AfsprakenbriefVerzenden").variables().containsEntry("briefId",
                jdbc.queryForObject("select id from document where werkproces_id = ?", Long.class, w.id()));
        briefstapBinnenVijfWerkdagen(w, "AfsprakenbriefVerzenden");
        assertThat(briefStatus(w, "afsprakenbrief")).isEqualTo("CONCEPT | - | -");
        assertThat(jdbc.queryForObject("select html from document where werkproces_id = ?", String.class, w.id()))
                .contains("Elke dag om 8.30 uur op school").contains("Kopie aan: Houtkamp College");
        voltooi(w.instantie(), "AfsprakenbriefVerzenden", "briefVerzendkanaal", "POST");
        assertThat(briefStatus(w, "afsprakenbrief")).isEqualTo("VERZONDEN | POST | " + vandaag());
        // MAS §4.1: the second talk 6 weeks after the talk itself
        followUpTimerOpZesWekenNa(w, "ZesWekenNaGesprek", gesprek);

        JsonNode documenten = http.withBasicAuth("lpa-doetinchem", "demo")
                .getForObject("/api/dossiers/" + w.dossierId(), JsonNode.class).get("documenten");
        assertThat(documenten.get(0).get("titel").asText()).isEqualTo("Brief aan ouders na preventief verzuimgesprek");
        assertThat(documenten.get(0).get("soort").asText()).isEqualTo("afsprakenbrief");
        assertThat(documenten.get(0).get("status").asText()).isEqualTo("VERZONDEN");
        assertThat(documenten.get(0).get("pdf").asText()).isEqualTo("/api/documenten/" + documenten.get(0).get("id").asLong() + ".pdf");
        ResponseEntity<byte[]> pdf = http.withBasicAuth("lpa-doetinchem", "demo")
                .getForEntity(documenten.get(0).get("pdf").asText(), byte[].class);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(http.withBasicAuth("lpa-aalten", "demo").getForEntity(documenten.get(0).get("pdf").asText(),
                String.class).getStatusCode().value()).isEqualTo(403);
        verstrijk(w.instantie(), "ZesWekenNaGesprek", Duration.ofDays(43));
        voltooi(w.instantie(), "TweedeGesprekVoeren", "verzuimGestopt", true, "gespreksverslag", "gaat goed");
        voltooi(w.instantie(), "WerkprocesAfsluiten", "resultaat", "TERUG_NAAR_SCHOOL");

        assertThat(w.instantie()).hasNotPassed("Onderzoek").isEnded();
    }

    @Test
    void eenAfsprakenbriefZonderAdresVanDeOudersIsEenNederlandseWeigeringGeen500() {
        // MAS §4.1: the afsprakenbrief goes to the ouders; without their address it cannot be finalised
        Werkproces w = melding(new NieuweMelding(null, "OVERIG", vandaag().toString(), nieuweJongere(13, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 8, 0, true, null, "zonder ouders"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "PreventiefGesprekVoeren", "gesprekDatum", new Date(), "redenVerzuim", "-",
                "kanStoppen", "-", "afspraken", "op tijd komen");
        String stap = task("AfsprakenbriefVerzenden", w.instantie()).getId();

        ResponseEntity<JsonNode> geweigerd = http.withBasicAuth("lpa-doetinchem", "demo").postForEntity(
                "/engine-rest/task/" + stap + "/complete",
                Map.of("variables", Map.of("briefVerzendkanaal", Map.of("value", "POST"))), JsonNode.class);

        assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(geweigerd.getBody().get("errors").findValuesAsText("field")).containsExactly("briefId");
        assertThat(geweigerd.getBody().get("message").asText()).contains("geen adres");
        assertThat(w.instantie()).isWaitingAt("AfsprakenbriefVerzenden");
        assertThat(briefStatus(w, "afsprakenbrief")).isEqualTo("CONCEPT | - | -");
    }

    @Test
    void blijftHetVerzuimNaHetTweedeGesprekDanVolgtOnderzoek() {
        Werkproces w = melding("OVERIG", 13, 8, true, null);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "PreventiefGesprekVoeren", "gesprekDatum", new Date(), "redenVerzuim", "-",
                "kanStoppen", "-", "afspraken", "op tijd komen");
        voltooi(w.instantie(), "AfsprakenbriefVerzenden", "briefVerzendkanaal", "POST");
        verstrijk(w.instantie(), "ZesWekenNaGesprek", Duration.ofDays(43));

        voltooi(w.instantie(), "TweedeGesprekVoeren", "verzuimGestopt", false, "gespreksverslag", "nog steeds te laat");

        assertThat(w.instantie()).isWaitingAt("Onderzoek");
    }

    @Test
    void eenLatereWettelijkeMeldingLeidtHetPreventieveWerkprocesNaarOnderzoek() {
        Werkproces w = melding("OVERIG", 13, 8, true, null);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "PreventiefGesprekVoeren", "gesprekDatum", new Date(), "redenVerzuim", "moe",
                "kanStoppen", "nee", "afspraken", "op tijd komen");
        voltooi(w.instantie(), "AfsprakenbriefVerzenden", "briefVerzendkanaal", "POST");
        NieuweMelding.JongereGegevens zelfde = jongereVan(w);

        Werkproces wettelijk = melding("WETTELIJK", 13, 18, false, zelfde);

        assertThat(wettelijk.id()).isEqualTo(w.id());
        assertThat(w.instantie()).hasPassed("WettelijkVerzuimGemeld").isWaitingAt("Onderzoek").variables()
                .containsEntry("verzuimsoort", "WETTELIJK").containsEntry("urenVerzuim", 18);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(w.id())).count()).isEqualTo(1);
    }

    // --- MAS §4 step 1: a second melding joins the open werkproces --------------------------------------------

    @Test
    void eenTweedeMeldingVanDezelfdeSoortKomtInHetLopendeWerkproces() {
        Werkproces w = melding("WETTELIJK", 14, 20);
        long processenVooraf = runtime.createProcessInstanceQuery().count();

        Werkproces tweede = melding("WETTELIJK", 14, 32, false, jongereVan(w));

        assertThat(tweede.id()).isEqualTo(w.id());
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processenVooraf);
        assertThat(w.instantie()).isWaitingAt("MeldingTrieren", "AanvullendeMeldingBekijken");
        assertThat(jdbc.queryForObject("select count(*) from melding where werkproces_id = ?", Integer.class, w.id()))
                .isEqualTo(2);
        assertThat(w.instantie()).variables().containsEntry("nieuweMeldingUren", 32);
        voltooi(w.instantie(), "AanvullendeMeldingBekijken", "notitie", "meegenomen in de triage");
        assertThat(w.instantie()).hasPassed("AanvullendeMeldingBekeken").isWaitingAt("MeldingTrieren");
        // Another soort is its own werkproces.
        assertThat(melding("LUXE", 14, 16, false, jongereVan(w)).id()).isNotEqualTo(w.id());
    }

    // --- MAS §2: hand-off to the Doorstroompunt on the 18th birthday --------------------------------------------

    @Test
    void opDe18eVerjaardagGaatHetDossierNaarHetDoorstroompunt() {
        LocalDate vandaag = vandaag();
        NieuweMelding.JongereGegevens bijna18 = new NieuweMelding.JongereGegevens(Meldingen.uniekBsn(), "Sem",
                "Overdracht-" + System.nanoTime(), vandaag.minusYears(18).plusDays(45).toString(), "Doetinchem");
        Werkproces w = melding("WETTELIJK", 17, 20, false, bijna18);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");

        // A month before the birthday the LPA prepares the hand-off, without interrupting the werkproces.
        totTimer(w.instantie(), "MaandVoorAchttien");
        assertThat(w.instantie()).isWaitingAt("Onderzoek", "OverdrachtVoorbereiden");
        voltooi(w.instantie(), "OverdrachtVoorbereiden", "overdrachtNotitie", "Wil naar de bbl");

        Job verjaardag = timer(w.instantie(), "AchttiendeVerjaardag");
        assertThat(verjaardag.getDuedate()).isEqualTo(Date.from(LocalDate.parse(bijna18.geboortedatum()).plusYears(18)
                .atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant()));
        totTimer(w.instantie(), "AchttiendeVerjaardag");

        assertThat(w.instantie()).hasPassed("OverdragenAanDsp").isEnded();
        assertThat(resultaat(w)).isEqualTo("OVERDRACHT_DSP");
        assertThat(jdbc.queryForObject("select notitie from dsp_overdracht where werkproces_id = ?", String.class, w.id()))
                .isEqualTo("Wil naar de bbl");
    }

    private NieuweMelding.JongereGegevens jongereVan(Werkproces w) {
        Map<String, Object> rij = jdbc.queryForMap("select j.bsn, j.voornaam, j.achternaam, j.geboortedatum "
                + "from jongere j join dossier d on d.jongere_id = j.id where d.id = ?", w.dossierId());
        return new NieuweMelding.JongereGegevens((String) rij.get("bsn"), (String) rij.get("voornaam"),
                (String) rij.get("achternaam"), rij.get("geboortedatum").toString(), "Doetinchem");
    }
}
