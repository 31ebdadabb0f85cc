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

    @ParameterizedTest(name = "{0} jaar {1}, {2} uur, {3} keer te laat, verwijtbaar {4}, eerder Halt {5}, "
            + "problematiek {6}, medewerking {7}, toestemming {8} -> {9}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # leeftijd, verzuimsoort, uren, keren te laat, verwijtbaar, eerder Halt, achterliggende problematiek, medewerking, toestemming, routes
            # MAS §4.3: each route on its own (civiel kader always comes with vrijwillige hulp, which goes first)
            14, WETTELIJK, 20, 0,  false, false, true,  true,  true,  VRIJWILLIGE_HULP
            14, WETTELIJK, 20, 0,  true,  false, false, true,  true,  HALT
            14, WETTELIJK, 70, 0,  true,  false, false, true,  true,  STRAFRECHTELIJK_KADER
            # MAS §4.3: routes combine; with underlying problems voluntary help comes first
            14, WETTELIJK, 20, 0,  true,  false, true,  true,  true,  VRIJWILLIGE_HULP HALT
            14, WETTELIJK, 20, 0,  false, false, true,  false, true,  VRIJWILLIGE_HULP CIVIEL_KADER
            14, WETTELIJK, 70, 0,  true,  false, true,  false, true,  VRIJWILLIGE_HULP CIVIEL_KADER STRAFRECHTELIJK_KADER
            # MAS §4.3: Halt up to 60 hours / 60 times late; above that LPA and OM decide together about a PV
            14, WETTELIJK, 60, 0,  true,  false, false, true,  true,  HALT
            14, WETTELIJK, 61, 0,  true,  false, false, true,  true,  STRAFRECHTELIJK_KADER
            14, OVERIG,    0,  60, true,  false, false, true,  true,  HALT
            14, OVERIG,    0,  61, true,  false, false, true,  true,  STRAFRECHTELIJK_KADER
            # MAS §4.3: Halt is once only; verwijtbaar verzuim after an earlier Halt-verwijzing -> strafrechtelijk
            14, WETTELIJK, 20, 0,  true,  true,  false, true,  true,  STRAFRECHTELIJK_KADER
            # MAS §4.3 "licht waar mogelijk": no cooperation but Halt possible -> Halt, not a PV
            14, WETTELIJK, 20, 0,  true,  false, false, false, true,  HALT
            # MAS §4.3: no cooperation and Halt not possible (under 12, or no consent) -> strafrechtelijk
            11, WETTELIJK, 20, 0,  true,  false, false, false, true,  STRAFRECHTELIJK_KADER
            14, WETTELIJK, 20, 0,  true,  false, false, false, false, STRAFRECHTELIJK_KADER
            # MAS §3, §4.3: verwijtbaar LUXE and ABSOLUUT (VSV under 18 counts as ABSOLUUT) -> PV against the ouders
            10, LUXE,      16, 0,  true,  false, false, true,  true,  STRAFRECHTELIJK_KADER
            10, ABSOLUUT,  90, 0,  true,  false, false, true,  true,  STRAFRECHTELIJK_KADER
            15, ABSOLUUT,  90, 0,  true,  true,  false, false, true,  STRAFRECHTELIJK_KADER
            15, VSV,       90, 0,  true,  false, false, true,  true,  STRAFRECHTELIJK_KADER
            10, LUXE,      16, 0,  false, false, false, true,  true,  GEEN
            # MAS §4.3: a LUXE holiday of a 14-year-old who meets the Halt criteria: Halt for the Jongere, PV for the ouders
            14, LUXE,      20, 0,  true,  false, false, true,  true,  HALT STRAFRECHTELIJK_KADER
            # MAS §4.3: no rule applies -> no advice, the LPA decides (e.g. a waarschuwing)
            14, OVERIG,    5,  3,  true,  false, false, true,  true,  GEEN
            14, WETTELIJK, 20, 0,  false, false, false, true,  true,  GEEN
            14, WETTELIJK, 70, 0,  false, false, false, true,  true,  GEEN
            """)
    void adviseertDeRoutes(int leeftijd, String verzuimsoort, int uren, int kerenTeLaat, boolean verwijtbaar,
            boolean eerderHalt, boolean problematiek, boolean medewerking, boolean toestemming, String routes) {
        DmnDecisionResult advies = advies(feiten(leeftijd, verzuimsoort, uren, kerenTeLaat, verwijtbaar, eerderHalt,
                problematiek, medewerking, toestemming));

        if (routes == null) {
            assertThat(advies).isEmpty();
        } else {
            assertThat(advies.<String>collectEntries("route")).containsExactly(routes.split(" "));
            assertThat(advies.<String>collectEntries("motivering")).allSatisfy(m -> assertThat(m).isNotBlank());
        }
    }

    @Test
    void geeftElkeRouteHoogstensEenKeerMetMotivering() {
        // MAS §4.3: the advice is a set of routes; the strafrechtelijke rules exclude each other.
        int aantal = 0;
        for (int leeftijd : new int[] {11, 14, 16}) {
            for (String verzuimsoort : VERZUIMSOORTEN) {
                for (int uren : new int[] {0, 8, 9, 60, 61}) {
                    for (int kerenTeLaat : new int[] {0, 12, 61}) {
                        for (int vlaggen = 0; vlaggen < 32; vlaggen++) {
                            DmnDecisionResult advies = advies(feiten(leeftijd, verzuimsoort, uren, kerenTeLaat,
                                    (vlaggen & 1) != 0, (vlaggen & 2) != 0, (vlaggen & 4) != 0, (vlaggen & 8) != 0,
                                    (vlaggen & 16) != 0));
                            assertThat(advies.<String>collectEntries("route")).doesNotHaveDuplicates();
                            assertThat(advies.<String>collectEntries("motivering"))
                                    .allSatisfy(m -> assertThat(m).isNotBlank());
                            aantal++;
                        }
                    }
                }
            }
        }
        assertThat(aantal).isEqualTo(3 * 6 * 5 * 3 * 32);
    }

    @Test
    @Deployment(resources = {"processes/halt-geschikt.dmn", "processes/mas-route.dmn", "processes/proces-verbaal.dmn"})
    void deEngineAccepteertDeBeslissingenEnAdviseertViaDecisionService() {
        // MAS §4.3 through the real engine: halt-geschikt first, its haltGeschikt into mas-route.
        DecisionService beslissingen = engine.getDecisionService();
        Map<String, Object> feiten = feiten(14, "WETTELIJK", 20, 0, true, false, true, true, true);

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

    /** Evaluates halt-geschikt and then mas-route with its haltGeschikt, as a caller must (see the top comment). */
    static DmnDecisionResult advies(Map<String, Object> feiten) {
        Map<String, Object> invoer = new HashMap<>(feiten);
        invoer.put("haltGeschikt", HALT.evalueer(feiten).getSingleResult().getEntry("haltGeschikt"));
        return MAS_ROUTE.evalueer(invoer);
    }

    /** All fixed input variables; no serious psychiatric problems; toestemming of Jongere and ouders together. */
    static Map<String, Object> feiten(int leeftijd, String verzuimsoort, int uren, int kerenTeLaat,
            boolean verwijtbaar, boolean eerderHalt, boolean problematiek, boolean medewerking, boolean toestemming) {
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
