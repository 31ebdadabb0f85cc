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
 *       .variables(Map.of("leeftijd", leeftijd, "verzuimsoort", verzuimsoort)).evaluate().getSingleResult();
 *   boolean ouders = rij.getEntry("pvOudersToegestaan");
 *   boolean jongere = rij.getEntry("pvJongereToegestaan");
 */
/** Decision {@code proces-verbaal}: against whom the LPA as BOA may draw up a proces-verbaal (MAS §2, §3, §4.3). */
class ProcesVerbaalDmnTest {

    private static final Dmn PROCES_VERBAAL = Dmn.uit("proces-verbaal.dmn", "proces-verbaal");

    @RegisterExtension
    static ProcessEngineExtension engine = Modeltest.engine();

    @ParameterizedTest(name = "{1} op {0} jaar -> ouders {2}, Jongere {3}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # leeftijd, verzuimsoort, PV ouders, PV Jongere
            # MAS §2, §4.3: under 12 only the ouders
            11, ABSOLUUT,           true,  false
            11, WETTELIJK,          true,  false
            11, LANGDURIG_RELATIEF, true,  false
            11, LUXE,               true,  false
            11, OVERIG,             true,  false
            5,  WETTELIJK,          true,  false
            # MAS §4.3: ABSOLUUT only against the ouders; LUXE normally against the ouders; else from 12 also the Jongere
            12, ABSOLUUT,           true,  false
            12, WETTELIJK,          true,  true
            12, LANGDURIG_RELATIEF, true,  true
            12, LUXE,               true,  false
            12, OVERIG,             true,  true
            17, ABSOLUUT,           true,  false
            17, WETTELIJK,          true,  true
            17, LANGDURIG_RELATIEF, true,  true
            17, LUXE,               true,  false
            17, OVERIG,             true,  true
            # MAS §3: VSV under 18 is treated as ABSOLUUT
            12, VSV,                true,  false
            17, VSV,                true,  false
            # MAS §2, §4: outside the leerplicht werkproces (under 5, 18 and older) or no verzuim: no proces-verbaal
            4,  WETTELIJK,          false, false
            18, WETTELIJK,          false, false
            18, ABSOLUUT,           false, false
            14, INFORMATIE_ADVIES,  false, false
            14, GEEN,               false, false
            """)
    void tegenWieEenProcesVerbaalMag(int leeftijd, String verzuimsoort, boolean ouders, boolean jongere) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", leeftijd);
        invoer.put("verzuimsoort", verzuimsoort);

        DmnDecisionResultEntries uitkomst = PROCES_VERBAAL.evalueer(invoer).getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("pvOudersToegestaan")).isEqualTo(ouders);
        assertThat((Boolean) uitkomst.getEntry("pvJongereToegestaan")).isEqualTo(jongere);
    }

    @Test
    @Deployment(resources = "processes/proces-verbaal.dmn")
    void deEngineAccepteertProcesVerbaal() {
        // MAS §4.3 through the real engine (DecisionService).
        DmnDecisionResultEntries uitkomst = engine.getDecisionService().evaluateDecisionByKey("proces-verbaal")
                .variables(Map.of("leeftijd", 14, "verzuimsoort", "LUXE")).evaluate().getSingleResult();

        assertThat((Boolean) uitkomst.getEntry("pvOudersToegestaan")).isTrue();
        assertThat((Boolean) uitkomst.getEntry("pvJongereToegestaan")).isFalse();
    }
}
