package nl.schoolverzuim.doorstroompunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/** Decision {@code vsv-afronding}: a VsvTraject closes only for the reasons of MAS §8 ([000] Tabel 6). */
class VsvAfrondingDmnTest {

    private static final Dmn AFRONDING = Dmn.uit("vsv-afronding.dmn", "vsv-afronding");

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            SCHOOL,                    GEEN,          true
            STARTKWALIFICATIE_BEHAALD, GEEN,          true
            GEEN_DOELGROEP_MEER,       GEEN,          true
            OVERIG,                    naar buitenland, true
            OVERIG,                    GEEN,          false
            WERK_KORT,                 GEEN,          false
            PARTICIPATIEWET,           GEEN,          false
            NIET_BEREIKBAAR_ONGEMOTIVEERD, GEEN,      false
            GEEN,                      GEEN,          false
            """)
    void alleenDeRedenenVanMas8(String reden, String toelichting, boolean toegestaan) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("afrondReden", reden);
        invoer.put("toelichting", toelichting);

        Map<String, Object> uitkomst = AFRONDING.evalueer(invoer).getFirstResult().getEntryMap();

        assertThat(uitkomst).containsEntry("toegestaan", toegestaan);
        if (!toegestaan) {
            assertThat((String) uitkomst.get("melding")).contains("MAS §8");
        }
    }
}
