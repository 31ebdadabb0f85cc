package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;
import nl.schoolverzuim.testsupport.Modeltest;

/*
 * How a caller evaluates and reads decision mas-route (processes/mas-route.dmn):
 *
 *   Camunda 7 only resolves required decisions inside one DMN file, and the Halt criteria live in halt-geschikt.dmn
 *   only. So evaluate halt-geschikt FIRST and pass its haltGeschikt to mas-route (without it HALT is never advised):
 *
 *   Boolean haltGeschikt = decisionService.evaluateDecisionByKey("halt-geschikt").variables(feiten).evaluate()
 *           .getSingleResult().getEntry("haltGeschikt");
 *   Map<String, Object> invoer = new HashMap<>(feiten);
 *   invoer.put("haltGeschikt", haltGeschikt);
 *   DmnDecisionResult r = decisionService.evaluateDecisionByKey("mas-route").variables(invoer).evaluate();
 *   List<String> routes = r.collectEntries("route");          // light to heavy, each route at most once; may be empty
 *   for (DmnDecisionResultEntries rij : r) { rij.getEntry("route"); rij.getEntry("motivering"); }
 *
 * Hit policy COLLECT; an empty result means no advice (the LPA decides, e.g. a waarschuwing).
 * In BPMN: camunda:mapDecisionResult="resultList" (a List of Maps with route and motivering).
 */
/** Decision {@code mas-route}: the advised route(s), "licht waar mogelijk, zwaar waar nodig" (MAS §4.3). */
class MasRouteDmnTest {

    private static final Dmn HALT = Dmn.uit("halt-geschikt.dmn", "halt-geschikt");
    private static final Dmn MAS_ROUTE = Dmn.uit("mas-route.dmn", "mas-route");

    private static final List<String> VERZUIMSOORTEN =
            List.of("ABSOLUUT", "WETTELIJK", "LANGDURIG_RELATIEF", "LUXE", "OVERIG", "VSV");

    @RegisterExtension
    static ProcessEngineExtension engine = Modeltest.engine();

    @ParameterizedTest(name = "{0} jaar {1}, {2} uur, {3} keer te laat, verwijtbaar {4}, eigen initiatief {5}, "
            + "eerder Halt {6}, problematiek {7}, medewerking {8}, toestemming {9}, eerder hulp {10}, eerder civiel {11} "
            + "-> {12}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # leeftijd, soort, uren, te laat, verwijtbaar, eigen initiatief, eerder Halt, problematiek, medewerking, toestemming, eerder vrijwillige hulp, eerder civiel, routes
            # MAS §4.3: each route on its own (civiel kader always comes with vrijwillige hulp, which goes first)
            14, WETTELIJK, 20, 0,  false, GEEN,  false, true,  true,  true,  false, false, VRIJWILLIGE_HULP
            14, WETTELIJK, 20, 0,  true,  GEEN,  false, false, true,  true,  false, false, HALT
            14, WETTELIJK, 70, 0,  true,  GEEN,  false, false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            # MAS §4.3: routes combine; with underlying problems voluntary help comes first
            14, WETTELIJK, 20, 0,  true,  GEEN,  false, true,  true,  true,  false, false, VRIJWILLIGE_HULP HALT
            14, WETTELIJK, 20, 0,  false, GEEN,  false, true,  false, true,  false, false, VRIJWILLIGE_HULP CIVIEL_KADER
            14, WETTELIJK, 70, 0,  true,  GEEN,  false, true,  false, true,  false, false, VRIJWILLIGE_HULP CIVIEL_KADER STRAFRECHTELIJK_KADER
            # MAS §4.3: Halt up to 60 hours / 60 times late; above that LPA and OM decide together about a PV
            14, WETTELIJK, 60, 0,  true,  GEEN,  false, false, true,  true,  false, false, HALT
            14, WETTELIJK, 61, 0,  true,  GEEN,  false, false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            14, OVERIG,    0,  60, true,  GEEN,  false, false, true,  true,  false, false, HALT
            14, OVERIG,    0,  61, true,  GEEN,  false, false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            # MAS §4.3: Halt from 9 hours or 12 times late; below that no Halt
            14, WETTELIJK, 9,  0,  true,  GEEN,  false, false, true,  true,  false, false, HALT
            14, WETTELIJK, 8,  11, true,  GEEN,  false, false, true,  true,  false, false, GEEN
            14, OVERIG,    8,  12, true,  GEEN,  false, false, true,  true,  false, false, HALT
            # MAS §2, §4.3: Halt from 12 up to and including 17
            11, WETTELIJK, 20, 0,  true,  GEEN,  false, false, true,  true,  false, false, GEEN
            12, WETTELIJK, 20, 0,  true,  GEEN,  false, false, true,  true,  false, false, HALT
            17, WETTELIJK, 20, 0,  true,  GEEN,  false, false, true,  true,  false, false, HALT
            18, WETTELIJK, 20, 0,  true,  GEEN,  false, false, true,  true,  false, false, GEEN
            # MAS §4.3: Halt is once only; verwijtbaar verzuim after an earlier Halt-verwijzing -> strafrechtelijk
            14, WETTELIJK, 20, 0,  true,  GEEN,  true,  false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            # MAS §4.3 "licht waar mogelijk": no cooperation but Halt possible -> Halt, not a PV
            14, WETTELIJK, 20, 0,  true,  GEEN,  false, false, false, true,  false, false, HALT
            # MAS §4.3: no cooperation and Halt not possible (under 12, or no consent) -> strafrechtelijk
            11, WETTELIJK, 20, 0,  true,  GEEN,  false, false, false, true,  false, false, STRAFRECHTELIJK_KADER
            14, WETTELIJK, 20, 0,  true,  GEEN,  false, false, false, false, false, false, STRAFRECHTELIJK_KADER
            # MAS §3, §4.3: ABSOLUUT (and VSV under 18, which counts as ABSOLUUT): only the ouders can be addressed,
            # so never Halt, even when every other Halt criterion is met; verwijtbaar -> PV against the ouders
            10, ABSOLUUT,  90, 0,  true,  GEEN,  false, false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            15, ABSOLUUT,  20, 0,  true,  GEEN,  false, false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            15, VSV,       20, 0,  true,  GEEN,  false, false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            15, ABSOLUUT,  20, 0,  false, GEEN,  false, false, true,  true,  false, false, GEEN
            # MAS §4.3 [004]: LUXE Halt only when the Jongere (12+) went on own initiative; PV for the ouders in any case
            14, LUXE,      20, 0,  true,  true,  false, false, true,  true,  false, false, HALT STRAFRECHTELIJK_KADER
            14, LUXE,      20, 0,  true,  false, false, false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            14, LUXE,      20, 0,  true,  GEEN,  false, false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            10, LUXE,      16, 0,  true,  GEEN,  false, false, true,  true,  false, false, STRAFRECHTELIJK_KADER
            10, LUXE,      16, 0,  false, GEEN,  false, false, true,  true,  false, false, GEEN
            # MAS §4.3, §4.4: follow-up after 6 weeks, verzuim not stopped: a route already tried is not advised again
            # after vrijwillige hulp: Halt when possible, otherwise civiel kader and (verwijtbaar) a PV
            14, WETTELIJK, 20, 0,  true,  GEEN,  false, true,  true,  true,  true,  false, HALT
            11, WETTELIJK, 20, 0,  false, GEEN,  false, true,  true,  true,  true,  false, CIVIEL_KADER
            11, WETTELIJK, 20, 0,  true,  GEEN,  false, true,  true,  true,  true,  false, CIVIEL_KADER STRAFRECHTELIJK_KADER
            11, WETTELIJK, 20, 0,  true,  GEEN,  false, false, true,  true,  true,  false, STRAFRECHTELIJK_KADER
            # after Halt: civiel kader (help refused) and/or a PV (verwijtbaar)
            14, WETTELIJK, 20, 0,  true,  GEEN,  true,  true,  false, true,  false, false, VRIJWILLIGE_HULP CIVIEL_KADER STRAFRECHTELIJK_KADER
            14, WETTELIJK, 20, 0,  true,  GEEN,  true,  true,  true,  true,  true,  false, CIVIEL_KADER STRAFRECHTELIJK_KADER
            # after civiel kader: a PV when verwijtbaar
            11, WETTELIJK, 20, 0,  true,  GEEN,  false, true,  true,  true,  true,  true,  STRAFRECHTELIJK_KADER
            11, WETTELIJK, 20, 0,  true,  GEEN,  false, false, true,  true,  false, true,  STRAFRECHTELIJK_KADER
            # the first time (nothing tried yet) the same facts stay light
            11, WETTELIJK, 20, 0,  true,  GEEN,  false, true,  true,  true,  false, false, VRIJWILLIGE_HULP
            11, WETTELIJK, 20, 0,  true,  GEEN,  false, false, true,  true,  false, false, GEEN
            # MAS §4.3: no rule applies -> no advice, the LPA decides (e.g. a waarschuwing)
            14, OVERIG,    5,  3,  true,  GEEN,  false, false, true,  true,  false, false, GEEN
            14, WETTELIJK, 20, 0,  false, GEEN,  false, false, true,  true,  false, false, GEEN
            14, WETTELIJK, 70, 0,  false, GEEN,  false, false, true,  true,  false, false, GEEN
            """)
    void adviseertDeRoutes(int leeftijd, String verzuimsoort, int uren, int kerenTeLaat, Boolean verwijtbaar,
            Boolean eigenInitiatief, Boolean eerderHalt, Boolean problematiek, Boolean medewerking, Boolean toestemming,
            Boolean eerderVrijwilligeHulp, Boolean eerderCivielKader, String routes) {
        Map<String, Object> feiten = feiten(leeftijd, verzuimsoort, uren, kerenTeLaat, verwijtbaar, eerderHalt,
                problematiek, medewerking, toestemming);
        feiten.put("eigenInitiatief", eigenInitiatief);
        feiten.put("eerderVrijwilligeHulp", eerderVrijwilligeHulp);
        feiten.put("eerderCivielKader", eerderCivielKader);

        assertThat(routes(advies(feiten))).isEqualTo(routes == null ? List.of() : List.of(routes.split(" ")));
    }

    @ParameterizedTest(name = "{0} onbekend -> {1}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # MAS §4.3: an unknown fact (null: not answered, not given) never meets a criterion
            # unanswered cooperation no longer pushes towards civiel kader or a PV; the problems still ask for help
            medewerking,                 VRIJWILLIGE_HULP
            # unknown problems: no help and no civiel kader advised; the known refusal and verwijtbaarheid still count
            achterliggendeProblematiek,  STRAFRECHTELIJK_KADER
            # unknown verwijtbaarheid: no PV
            verwijtbaar,                 VRIJWILLIGE_HULP CIVIEL_KADER
            # unknown hours or times late: the 60-hour / 60-times bounds are not met, so no PV on them
            urenVerzuim,                 VRIJWILLIGE_HULP CIVIEL_KADER
            kerenTeLaat,                 VRIJWILLIGE_HULP CIVIEL_KADER
            # unknown earlier Halt: neither the 'Halt before' rule nor the 'never Halt before' rule applies
            eerderHaltVoorVerzuim,       VRIJWILLIGE_HULP CIVIEL_KADER
            """)
    void eenOnbekendFeitVervultGeenCriterium(String onbekend, String routes) {
        // An 11-year-old (no Halt), problems, no cooperation, verwijtbaar: with every fact known this advises
        // VRIJWILLIGE_HULP CIVIEL_KADER STRAFRECHTELIJK_KADER.
        Map<String, Object> feiten = feiten(11, "WETTELIJK", 20, 0, true, false, true, false, true);
        feiten.put("eerderVrijwilligeHulp", false);
        feiten.put("eerderCivielKader", false);
        assertThat(routes(advies(feiten))).containsExactly("VRIJWILLIGE_HULP", "CIVIEL_KADER", "STRAFRECHTELIJK_KADER");

        feiten.put(onbekend, null);

        assertThat(routes(advies(feiten))).isEqualTo(routes == null ? List.of() : List.of(routes.split(" ")));
    }

    @Test
    void elkAdviesVolgtDeRegelsVanMasVoorElkeCombinatie() {
        // MAS §3, §4.3, §4.4, over every combination of the yes/no facts of mas-route, for every soort, with and
        // without Halt possible (11 or 14, all other Halt criteria met) and on both sides of the 60-hour bound.
        for (int leeftijd : new int[] {11, 14}) {
            for (String verzuimsoort : VERZUIMSOORTEN) {
                for (int uren : new int[] {20, 61}) {
                    for (int vlaggen = 0; vlaggen < 32; vlaggen++) {
                        Map<String, Object> feiten = feiten(leeftijd, verzuimsoort, uren, 0, (vlaggen & 1) != 0, false,
                                (vlaggen & 2) != 0, (vlaggen & 4) != 0, true);
                        feiten.put("eigenInitiatief", true);
                        feiten.put("eerderVrijwilligeHulp", (vlaggen & 8) != 0);
                        feiten.put("eerderCivielKader", (vlaggen & 16) != 0);
                        boolean haltGeschikt = HALT.evalueer(feiten).getSingleResult().<Boolean>getEntry("haltGeschikt");
                        Map<String, Object> invoer = new HashMap<>(feiten);
                        invoer.put("haltGeschikt", haltGeschikt);
                        DmnDecisionResult advies = MAS_ROUTE.evalueer(invoer);
                        List<String> routes = routes(advies);
                        String geval = feiten.toString();

                        // the advice is a set, each route with its motivation
                        assertThat(routes).as(geval).doesNotHaveDuplicates();
                        assertThat(advies.<String>collectEntries("motivering")).as(geval)
                                .allSatisfy(m -> assertThat(m).isNotBlank());
                        // Halt exactly when halt-geschikt says so, and never for ABSOLUUT/VSV (only the ouders)
                        assertThat(routes.contains("HALT")).as(geval).isEqualTo(haltGeschikt);
                        if (List.of("ABSOLUUT", "VSV").contains(verzuimsoort)) {
                            assertThat(routes).as(geval).doesNotContain("HALT");
                        }
                        // a PV only for verwijtbaar verzuim
                        if (!(Boolean) feiten.get("verwijtbaar")) {
                            assertThat(routes).as(geval).doesNotContain("STRAFRECHTELIJK_KADER");
                        }
                        // a route already tried in this werkproces is not advised again: heavier instead
                        if ((Boolean) feiten.get("eerderVrijwilligeHulp")) {
                            assertThat(routes).as(geval).doesNotContain("VRIJWILLIGE_HULP");
                        }
                        if ((Boolean) feiten.get("eerderCivielKader")) {
                            assertThat(routes).as(geval).doesNotContain("VRIJWILLIGE_HULP", "CIVIEL_KADER");
                        }
                        // voluntary help comes first with underlying problems, unless it or civiel kader was tried
                        assertThat(routes.contains("VRIJWILLIGE_HULP")).as(geval).isEqualTo(
                                (Boolean) feiten.get("achterliggendeProblematiek")
                                        && !(Boolean) feiten.get("eerderVrijwilligeHulp")
                                        && !(Boolean) feiten.get("eerderCivielKader"));
                    }
                }
            }
        }
    }

    @Test
    @Deployment(resources = {"processes/halt-geschikt.dmn", "processes/mas-route.dmn", "processes/proces-verbaal.dmn"})
    void deEngineAccepteertDeBeslissingenEnAdviseertViaDecisionService() {
        // MAS §4.3 through the real engine: halt-geschikt first, its haltGeschikt into mas-route.
        DecisionService beslissingen = engine.getDecisionService();
        Map<String, Object> feiten = feiten(14, "WETTELIJK", 20, 0, true, false, true, true, true);
        feiten.put("eerderVrijwilligeHulp", false);
        feiten.put("eerderCivielKader", false);

        Boolean haltGeschikt = beslissingen.evaluateDecisionByKey("halt-geschikt").variables(feiten).evaluate()
                .getSingleResult().getEntry("haltGeschikt");
        Map<String, Object> invoer = new HashMap<>(feiten);
        invoer.put("haltGeschikt", haltGeschikt);
        DmnDecisionResult advies = beslissingen.evaluateDecisionByKey("mas-route").variables(invoer).evaluate();

        assertThat(haltGeschikt).isTrue();
        assertThat(advies.<String>collectEntries("route")).containsExactly("VRIJWILLIGE_HULP", "HALT");
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
                .extracting("key").containsExactlyInAnyOrder("halt-geschikt", "halt-criteria", "mas-route",
                        "proces-verbaal");
    }

    static List<String> routes(DmnDecisionResult advies) {
        return advies.collectEntries("route");
    }

    /** Evaluates halt-geschikt and then mas-route with its haltGeschikt, as a caller must (see the top comment). */
    static DmnDecisionResult advies(Map<String, Object> feiten) {
        Map<String, Object> invoer = new HashMap<>(feiten);
        invoer.put("haltGeschikt", HALT.evalueer(feiten).getSingleResult().getEntry("haltGeschikt"));
        return MAS_ROUTE.evalueer(invoer);
    }

    /** All fixed input variables; no serious psychiatric problems; toestemming of Jongere and ouders together. */
    static Map<String, Object> feiten(Integer leeftijd, String verzuimsoort, Integer uren, Integer kerenTeLaat,
            Boolean verwijtbaar, Boolean eerderHalt, Boolean problematiek, Boolean medewerking, Boolean toestemming) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", leeftijd);
        invoer.put("verzuimsoort", verzuimsoort);
        invoer.put("urenVerzuim", uren);
        invoer.put("kerenTeLaat", kerenTeLaat);
        invoer.put("verwijtbaar", verwijtbaar);
        invoer.put("eerderHaltVoorVerzuim", eerderHalt);
        invoer.put("toestemmingJongere", toestemming);
        invoer.put("toestemmingOuders", toestemming);
        invoer.put("ernstigePsychischeProblematiekZonderHulp", false);
        invoer.put("achterliggendeProblematiek", problematiek);
        invoer.put("medewerking", medewerking);
        return invoer;
    }
}
