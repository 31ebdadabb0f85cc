package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;
import nl.schoolverzuim.testsupport.Modeltest;

/*
 * How a caller reads the result of decision halt-geschikt (processes/halt-geschikt.dmn):
 *
 *   DmnDecisionResult r = decisionService.evaluateDecisionByKey("halt-geschikt").variables(feiten).evaluate();
 *   boolean haltGeschikt  = r.getSingleResult().getEntry("haltGeschikt");
 *   List<String> redenen  = r.getSingleResult().getEntry("redenen");   // every unmet criterion; empty when geschikt
 *
 * There is always exactly one result row: halt-geschikt is a UNIQUE table on top of the COLLECT table
 * "halt-criteria" (one rule per unmet criterion, in the same file), which the engine evaluates first.
 * Evaluate halt-geschikt, never halt-criteria. redenen is a java.util.List (FEEL's own List implementation, not
 * an ArrayList): read it as a List/Collection; to keep it as a process variable store e.g. String.join("\n", redenen).
 * In BPMN: businessRuleTask camunda:decisionRef="halt-geschikt" camunda:mapDecisionResult="singleResult"
 * camunda:resultVariable="haltResultaat" with output parameters ${haltResultaat.haltGeschikt} and
 * ${haltResultaat.redenen}.
 */
/** Decision {@code halt-geschikt}: the criteria of the Halt-interventie schoolverzuim (MAS §4.3). */
class HaltGeschiktDmnTest {

    static final String JONGER_DAN_12 = "Jongere is jonger dan 12 jaar";
    static final String OUDER_DAN_17 = "Jongere is 18 jaar of ouder";
    static final String TE_WEINIG = "Minder dan 9 uur verzuim en minder dan 12 keer te laat";
    static final String TE_VEEL_UREN = "Meer dan 60 uur verzuim (LPA en OM beslissen samen)";
    static final String TE_VAAK_TE_LAAT = "Meer dan 60 keer te laat";
    static final String NIET_VERWIJTBAAR = "Verzuim is niet verwijtbaar (geen eigen initiatief van de Jongere)";
    static final String PSYCHISCH = "Ernstige psychische problematiek zonder hulp";
    static final String EERDER_HALT = "Jongere is eerder naar Halt verwezen voor verzuim";
    static final String GEEN_TOESTEMMING_JONGERE = "Geen toestemming van de Jongere";
    static final String GEEN_TOESTEMMING_OUDERS = "Geen toestemming van de ouders (Jongere is jonger dan 16)";
    static final String VERWIJTBAAR_ONBEKEND = "Niet vastgelegd of het verzuim verwijtbaar is";
    static final String TOESTEMMING_JONGERE_ONBEKEND = "Toestemming van de Jongere is niet vastgelegd";
    static final String TOESTEMMING_OUDERS_ONBEKEND = "Toestemming van de ouders is niet vastgelegd (Jongere is jonger dan 16)";
    static final String ALLEEN_OUDERS = "Bij absoluut verzuim (ook een vsv'er onder 18) is alleen de ouder aanspreekbaar en niet de Jongere";

    private static final Dmn HALT = Dmn.uit("halt-geschikt.dmn", "halt-geschikt");

    @RegisterExtension
    static ProcessEngineExtension engine = Modeltest.engine();

    @ParameterizedTest(name = "{0} jaar, {1} uur, {2} keer te laat, verwijtbaar {3}, psychisch {4}, eerder Halt {5}, "
            + "toestemming Jongere {6} en ouders {7} -> geschikt {8} {9}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # leeftijd, uren, keren te laat, verwijtbaar, psychisch, eerder Halt, toestemming Jongere, toestemming ouders, geschikt, reden
            # MAS §2, §4.3: Halt for Jongeren of 12 up to and including 17
            11, 20, 0,  true,  false, false, true,  true,  false, Jongere is jonger dan 12 jaar
            12, 20, 0,  true,  false, false, true,  true,  true,  GEEN
            17, 20, 0,  true,  false, false, true,  true,  true,  GEEN
            18, 20, 0,  true,  false, false, true,  true,  false, Jongere is 18 jaar of ouder
            # MAS §4.3: at least 9 hours absent or at least 12 times late
            14, 8,  0,  true,  false, false, true,  true,  false, Minder dan 9 uur verzuim en minder dan 12 keer te laat
            14, 9,  0,  true,  false, false, true,  true,  true,  GEEN
            14, 0,  11, true,  false, false, true,  true,  false, Minder dan 9 uur verzuim en minder dan 12 keer te laat
            14, 0,  12, true,  false, false, true,  true,  true,  GEEN
            14, 8,  11, true,  false, false, true,  true,  false, Minder dan 9 uur verzuim en minder dan 12 keer te laat
            14, 8,  12, true,  false, false, true,  true,  true,  GEEN
            # MAS §4.3: at most 60 hours absent and at most 60 times late; above 60 hours LPA and OM decide together
            14, 60, 0,  true,  false, false, true,  true,  true,  GEEN
            14, 61, 0,  true,  false, false, true,  true,  false, Meer dan 60 uur verzuim (LPA en OM beslissen samen)
            14, 0,  60, true,  false, false, true,  true,  true,  GEEN
            14, 0,  61, true,  false, false, true,  true,  false, Meer dan 60 keer te laat
            14, 60, 60, true,  false, false, true,  true,  true,  GEEN
            # MAS §4.3: own initiative (verwijtbaar)
            14, 20, 0,  false, false, false, true,  true,  false, Verzuim is niet verwijtbaar (geen eigen initiatief van de Jongere)
            # MAS §4.3: no serious untreated psychiatric problems
            14, 20, 0,  true,  true,  false, true,  true,  false, Ernstige psychische problematiek zonder hulp
            # MAS §4.3: never before referred to Halt for verzuim
            14, 20, 0,  true,  false, true,  true,  true,  false, Jongere is eerder naar Halt verwezen voor verzuim
            # MAS §4.3: consent of the Jongere, at every age
            14, 20, 0,  true,  false, false, false, true,  false, Geen toestemming van de Jongere
            16, 20, 0,  true,  false, false, false, true,  false, Geen toestemming van de Jongere
            # MAS §4.3: consent of the ouders under 16 only
            12, 20, 0,  true,  false, false, true,  false, false, Geen toestemming van de ouders (Jongere is jonger dan 16)
            15, 20, 0,  true,  false, false, true,  false, false, Geen toestemming van de ouders (Jongere is jonger dan 16)
            16, 20, 0,  true,  false, false, true,  false, true,  GEEN
            17, 20, 0,  true,  false, false, true,  false, true,  GEEN
            """)
    void toetstElkHaltCriterium(int leeftijd, int uren, int kerenTeLaat, boolean verwijtbaar, boolean psychisch,
            boolean eerderHalt, boolean toestemmingJongere, boolean toestemmingOuders, boolean geschikt, String reden) {
        DmnDecisionResultEntries uitkomst = HALT.evalueer(feiten(leeftijd, uren, kerenTeLaat, verwijtbaar, psychisch,
                eerderHalt, toestemmingJongere, toestemmingOuders)).getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("haltGeschikt")).isEqualTo(geschikt);
        List<String> redenen = uitkomst.getEntry("redenen");
        if (reden == null) {
            assertThat(redenen).isEmpty();
        } else {
            assertThat(redenen).containsExactly(reden);
        }
    }

    @Test
    void noemtAlleNietVervuldeCriteriaInDeVolgordeVanDeTabel() {
        // MAS §4.3: every unmet criterion is a reden, not only the first one.
        DmnDecisionResultEntries uitkomst = HALT.evalueer(feiten(11, 70, 61, false, true, true, false, false))
                .getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("haltGeschikt")).isFalse();
        assertThat((List<String>) uitkomst.getEntry("redenen")).containsExactly(JONGER_DAN_12, TE_VEEL_UREN,
                TE_VAAK_TE_LAAT, NIET_VERWIJTBAAR, PSYCHISCH, EERDER_HALT, GEEN_TOESTEMMING_JONGERE,
                GEEN_TOESTEMMING_OUDERS);
    }

    @Test
    void teOudEnTeWeinigVerzuimGevenTweeRedenen() {
        // MAS §4.3: age and the lower bound of hours/times late at once.
        DmnDecisionResultEntries uitkomst = HALT.evalueer(feiten(18, 8, 11, true, false, false, true, true))
                .getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("haltGeschikt")).isFalse();
        assertThat((List<String>) uitkomst.getEntry("redenen")).containsExactly(OUDER_DAN_17, TE_WEINIG);
    }

    @Test
    void nietVastgelegdeToestemmingTeltAlsGeenToestemming() {
        // MAS §4.3, §10: consent must be recorded; unknown consent and unknown verwijtbaarheid do not count as given.
        Map<String, Object> invoer = feiten(14, 20, 0, true, false, false, true, true);
        invoer.put("toestemmingJongere", null);
        invoer.put("toestemmingOuders", null);
        invoer.put("verwijtbaar", null);

        DmnDecisionResultEntries uitkomst = HALT.evalueer(invoer).getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("haltGeschikt")).isFalse();
        assertThat((List<String>) uitkomst.getEntry("redenen")).containsExactly(VERWIJTBAAR_ONBEKEND,
                TOESTEMMING_JONGERE_ONBEKEND, TOESTEMMING_OUDERS_ONBEKEND);
    }

    @ParameterizedTest(name = "{0} onbekend -> {1}")
    @CsvSource(textBlock = """
            # MAS §4.3: an unknown fact never meets a Halt criterion, and the reden says what is missing
            leeftijd,                                 Leeftijd van de Jongere is onbekend
            verzuimsoort,                             Verzuimsoort is onbekend
            urenVerzuim,                              Uren verzuim niet opgegeven
            kerenTeLaat,                              Keren te laat niet opgegeven
            verwijtbaar,                              Niet vastgelegd of het verzuim verwijtbaar is
            ernstigePsychischeProblematiekZonderHulp, Niet vastgelegd of er ernstige psychische problematiek zonder hulp is
            eerderHaltVoorVerzuim,                    Niet vastgelegd of de Jongere eerder naar Halt is verwezen voor verzuim
            toestemmingJongere,                       Toestemming van de Jongere is niet vastgelegd
            toestemmingOuders,                        Toestemming van de ouders is niet vastgelegd (Jongere is jonger dan 16)
            """)
    void eenOnbekendFeitVervultGeenHaltCriterium(String onbekend, String reden) {
        Map<String, Object> invoer = feiten(14, 20, 20, true, false, false, true, true);
        assertThat((Boolean) HALT.evalueer(invoer).getSingleResult().getEntry("haltGeschikt")).isTrue();
        invoer.put(onbekend, null);

        DmnDecisionResultEntries uitkomst = HALT.evalueer(invoer).getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("haltGeschikt")).isFalse();
        assertThat((List<String>) uitkomst.getEntry("redenen")).containsExactly(reden);
    }

    @ParameterizedTest(name = "{0} op {1} jaar, eigen initiatief {2} -> geschikt {3}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # MAS §3, §4.3: ABSOLUUT, and a vsv'er under 18 (counts as ABSOLUUT): only the ouders can be addressed
            ABSOLUUT,           14, GEEN,  false, Bij absoluut verzuim (ook een vsv'er onder 18) is alleen de ouder aanspreekbaar en niet de Jongere
            VSV,                16, GEEN,  false, Bij absoluut verzuim (ook een vsv'er onder 18) is alleen de ouder aanspreekbaar en niet de Jongere
            # MAS §4.3 [004]: LUXE only when the Jongere went on their own initiative (recorded)
            LUXE,               14, true,  true,  GEEN
            LUXE,               14, false, false, Luxeverzuim niet op eigen initiatief van de Jongere: alleen de ouders zijn aanspreekbaar
            LUXE,               14, GEEN,  false, Niet vastgelegd of de Jongere op eigen initiatief op vakantie ging (luxeverzuim)
            # the other soorten do not ask for it
            WETTELIJK,          14, GEEN,  true,  GEEN
            LANGDURIG_RELATIEF, 14, GEEN,  true,  GEEN
            OVERIG,             14, false, true,  GEEN
            """)
    void alleenEenAanspreekbareJongereGaatNaarHalt(String verzuimsoort, int leeftijd, Boolean eigenInitiatief,
            boolean geschikt, String reden) {
        Map<String, Object> invoer = feiten(leeftijd, 20, 0, true, false, false, true, true);
        invoer.put("verzuimsoort", verzuimsoort);
        invoer.put("eigenInitiatief", eigenInitiatief);

        DmnDecisionResultEntries uitkomst = HALT.evalueer(invoer).getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("haltGeschikt")).isEqualTo(geschikt);
        assertThat((List<String>) uitkomst.getEntry("redenen")).isEqualTo(reden == null ? List.of() : List.of(reden));
    }

    @Test
    @Deployment(resources = "processes/halt-geschikt.dmn")
    void deEngineAccepteertHaltGeschiktEnGeeftHaltGeschiktEnRedenen() {
        // MAS §4.3 through the real engine (DecisionService), MAS §10: history kept 5 years.
        DmnDecisionResult resultaat = engine.getDecisionService().evaluateDecisionByKey("halt-geschikt")
                .variables(feiten(15, 30, 0, true, false, false, true, false)).evaluate();

        DmnDecisionResultEntries uitkomst = resultaat.getSingleResult();
        assertThat((Boolean) uitkomst.getEntry("haltGeschikt")).isFalse();
        assertThat((List<String>) uitkomst.getEntry("redenen")).containsExactly(GEEN_TOESTEMMING_OUDERS);

        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
                .extracting("key", "historyTimeToLive")
                .containsExactlyInAnyOrder(tuple("halt-geschikt", 1825), tuple("halt-criteria", 1825));
        List<HistoricDecisionInstance> historie = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .includeOutputs().list();
        assertThat(historie).extracting(HistoricDecisionInstance::getDecisionDefinitionKey)
                .containsExactlyInAnyOrder("halt-geschikt", "halt-criteria");
    }

    static Map<String, Object> feiten(int leeftijd, int uren, int kerenTeLaat, boolean verwijtbaar,
            boolean psychisch, boolean eerderHalt, boolean toestemmingJongere, boolean toestemmingOuders) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", leeftijd);
        invoer.put("verzuimsoort", "WETTELIJK");
        invoer.put("eigenInitiatief", null);
        invoer.put("urenVerzuim", uren);
        invoer.put("kerenTeLaat", kerenTeLaat);
        invoer.put("verwijtbaar", verwijtbaar);
        invoer.put("ernstigePsychischeProblematiekZonderHulp", psychisch);
        invoer.put("eerderHaltVoorVerzuim", eerderHalt);
        invoer.put("toestemmingJongere", toestemmingJongere);
        invoer.put("toestemmingOuders", toestemmingOuders);
        return invoer;
    }
}
