package nl.schoolverzuim.thuiszitters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/**
 * Decision {@code thuiszitter-tafeluitkomst}: the age rule on the outcome of the plan's evaluation (MAS §6). The
 * outcomes themselves are codelijst-tafeluitkomst, checked by the model before this decision (CodelijstenDmnTest,
 * MasRegelsThuiszittersTest). An empty cell is an unknown (null) input.
 */
class ThuiszitterTafeluitkomstDmnTest {

    private static final Dmn TAFELUITKOMST = Dmn.uit("thuiszitter-tafeluitkomst.dmn", Thuiszitters.TAFELUITKOMST);

    @ParameterizedTest(name = "MAS §6: {0} op {1} jaar -> {2}")
    @CsvSource(textBlock = """
            LOOPT,                 14, true
            TERUG_NAAR_SCHOOL,     14, true
            TUSSENVOORZIENING,     16, true
            TUSSENVOORZIENING,     18, true
            DAGBESTEDING_JEUGDWET,   , true
            ANDERS,                17, true
            DOORGELEID_DSP,        16, false
            DOORGELEID_DSP,        17, true
            DOORGELEID_DSP,        18, false
            DOORGELEID_DSP,          , false
            """)
    void welkeUitkomstMag(String tafelUitkomst, Integer leeftijd, boolean toegestaan) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("tafelUitkomst", tafelUitkomst);
        invoer.put("leeftijd", leeftijd);

        Map<String, Object> uitkomst = TAFELUITKOMST.evalueer(invoer).getSingleResult().getEntryMap();

        assertThat(uitkomst.get("toegestaan")).isEqualTo(toegestaan);
        if (toegestaan) {
            assertThat(uitkomst.get("melding")).isNull();
        } else {
            assertThat((String) uitkomst.get("melding")).contains("Stand van zaken");
        }
    }
}
