package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;
import nl.schoolverzuim.testsupport.Modeltest;

/*
 * How a caller reads decision proces-verbaal: hit policy FIRST with a catch-all last rule, so always exactly one row:
 *   DmnDecisionResultEntries rij = decisionService.evaluateDecisionByKey("proces-verbaal")
 *       .variables(Map.of("leeftijd", leeftijd, "verzuimsoort", verzuimsoort, "eigenInitiatief", eigenInitiatief))
 *       .evaluate().getSingleResult();   // eigenInitiatief: Boolean, null = unknown (LUXE only)
 *   boolean ouders = rij.getEntry("pvOudersToegestaan");
 *   boolean jongere = rij.getEntry("pvJongereToegestaan");
 */
/** Decision {@code proces-verbaal}: against whom the LPA as BOA may draw up a proces-verbaal (MAS §2, §3, §4.3). */
class ProcesVerbaalDmnTest {

    private static final Dmn PROCES_VERBAAL = Dmn.uit("proces-verbaal.dmn", "proces-verbaal");

    @RegisterExtension
    static ProcessEngineExtension engine = Modeltest.engine();

    @ParameterizedTest(name = "{1} op {0} jaar, eigen initiatief {2} -> ouders {3}, Jongere {4}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # leeftijd, verzuimsoort, eigen initiatief (LUXE), PV ouders, PV Jongere
            # MAS §2, §4.3: under 12 only the ouders
            11, ABSOLUUT,           GEEN,  true,  false
            11, WETTELIJK,          GEEN,  true,  false
            11, LANGDURIG_RELATIEF, GEEN,  true,  false
            11, LUXE,               GEEN,  true,  false
            11, OVERIG,             GEEN,  true,  false
            5,  WETTELIJK,          GEEN,  true,  false
            # MAS §4.3: ABSOLUUT only against the ouders; LUXE normally against the ouders; else from 12 also the Jongere
            12, ABSOLUUT,           GEEN,  true,  false
            12, WETTELIJK,          GEEN,  true,  true
            12, LANGDURIG_RELATIEF, GEEN,  true,  true
            12, LUXE,               GEEN,  true,  false
            12, OVERIG,             GEEN,  true,  true
            17, ABSOLUUT,           GEEN,  true,  false
            17, WETTELIJK,          GEEN,  true,  true
            17, LANGDURIG_RELATIEF, GEEN,  true,  true
            17, LUXE,               GEEN,  true,  false
            17, OVERIG,             GEEN,  true,  true
            # MAS §4.3 [004]: LUXE against a Jongere of 12+ only who went on holiday on their own initiative
            12, LUXE,               true,  true,  true
            17, LUXE,               true,  true,  true
            17, LUXE,               false, true,  false
            11, LUXE,               true,  true,  false
            # own initiative does not open a PV against the Jongere for ABSOLUUT (only ouders)
            14, ABSOLUUT,           true,  true,  false
            # MAS §3: VSV under 18 is treated as ABSOLUUT
            12, VSV,                GEEN,  true,  false
            17, VSV,                GEEN,  true,  false
            # MAS §2, §4: outside the leerplicht werkproces (under 5, 18 and older) or no verzuim: no proces-verbaal
            4,  WETTELIJK,          GEEN,  false, false
            18, WETTELIJK,          GEEN,  false, false
            18, ABSOLUUT,           GEEN,  false, false
            14, INFORMATIE_ADVIES,  GEEN,  false, false
            14, GEEN,               GEEN,  false, false
            """)
    void tegenWieEenProcesVerbaalMag(int leeftijd, String verzuimsoort, Boolean eigenInitiatief, boolean ouders,
            boolean jongere) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", leeftijd);
        invoer.put("verzuimsoort", verzuimsoort);
        invoer.put("eigenInitiatief", eigenInitiatief);

        DmnDecisionResultEntries uitkomst = PROCES_VERBAAL.evalueer(invoer).getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("pvOudersToegestaan")).isEqualTo(ouders);
        assertThat((Boolean) uitkomst.getEntry("pvJongereToegestaan")).isEqualTo(jongere);
    }

    @Test
    @Deployment(resources = "processes/proces-verbaal.dmn")
    void deEngineAccepteertProcesVerbaal() {
        // MAS §4.3 through the real engine (DecisionService): LUXE, not on the Jongere's own initiative.
        DmnDecisionResultEntries uitkomst = engine.getDecisionService().evaluateDecisionByKey("proces-verbaal")
                .variables(Map.of("leeftijd", 14, "verzuimsoort", "LUXE", "eigenInitiatief", false)).evaluate()
                .getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("pvOudersToegestaan")).isTrue();
        assertThat((Boolean) uitkomst.getEntry("pvJongereToegestaan")).isFalse();
    }
}
