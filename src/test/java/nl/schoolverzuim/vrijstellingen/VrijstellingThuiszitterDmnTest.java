package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/**
 * Decision {@code thuiszitter}'s column for an active vrijstelling: a Jongere with one is no thuiszitter (MAS §6, §7);
 * none or unknown leaves the other rows to decide. An empty cell is an unknown (null) input.
 */
class VrijstellingThuiszitterDmnTest {

    private static final Dmn THUISZITTER = Dmn.uit("thuiszitter.dmn", "thuiszitter");

    @ParameterizedTest(name = "MAS §6, §7: {0}, vrijstelling {1} -> thuiszitter {2}")
    @CsvSource(textBlock = """
            ABSOLUUT,           true,  false
            ABSOLUUT,           false, true
            ABSOLUUT,                , true
            LANGDURIG_RELATIEF, true,  false
            LANGDURIG_RELATIEF, false, true
            LANGDURIG_RELATIEF,      , true
            WETTELIJK,          true,  false
            WETTELIJK,          false, false
            """)
    void eenActieveVrijstellingMaaktGeenThuiszitter(String verzuimsoort, Boolean vrijstelling, boolean thuiszitter) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("verzuimsoort", verzuimsoort);
        invoer.put("leeftijd", 14);
        invoer.put("startkwalificatie", null);
        invoer.put("dagenSindsBegin", 30L);
        invoer.put("vrijstellingActief", vrijstelling);

        assertThat(THUISZITTER.evalueer(invoer).getFirstResult().getEntryMap()).containsEntry("thuiszitter", thuiszitter);
    }
}
