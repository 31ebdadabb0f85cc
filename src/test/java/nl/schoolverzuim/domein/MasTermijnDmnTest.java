package nl.schoolverzuim.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/** Decision {@code mas-termijn}: the deadline table of MAS §5. */
class MasTermijnDmnTest {

    private static final Dmn TERMIJNEN = Dmn.uit("mas-termijnen.dmn", Termijnen.DECISION_KEY);

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(textBlock = """
            TRIAGE,                 5,  WERKDAGEN
            EERSTE_CONTACT,         10, WERKDAGEN
            FOLLOW_UP,              6,  WEKEN
            DSP_EERSTE_CONTACT,     10, WERKDAGEN
            DSP_MONITORING,         3,  MAANDEN
            HERBENADERING,          12, MAANDEN
            THUISZITTER_AANBOD,     3,  MAANDEN
            THUISZITTERS_OVERZICHT, 3,  MAANDEN
            ESCALATIE,              5,  WERKDAGEN
            OVERDRACHT_VOORBEREIDING, 1, MAANDEN
            VERHUIZING,             5,  WERKDAGEN
            """)
    void standaardtermijnenVanMas5(String stap, int aantal, String eenheid) {
        for (String regio : new String[] {null, "achterhoek"}) {
            Map<String, Object> invoer = new HashMap<>();
            invoer.put("stap", stap);
            invoer.put("regio", regio);
            assertThat(TERMIJNEN.evalueer(invoer).getFirstResult().getEntryMap())
                    .containsEntry("aantal", aantal).containsEntry("eenheid", eenheid);
        }
    }

    @Test
    void eenOnbekendeStapHeeftGeenTermijn() {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("stap", "ONBEKEND");
        invoer.put("regio", null);
        assertThat(TERMIJNEN.evalueer(invoer)).isEmpty();
    }
}
