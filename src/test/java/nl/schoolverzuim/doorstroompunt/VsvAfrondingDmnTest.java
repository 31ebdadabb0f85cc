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

    /** MAS §8: school, startkwalificatie, Overig with a reason; a positive status is monitored, not closed. */
    @ParameterizedTest(name = "MAS §8: {0} ({1}) -> {2}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            SCHOOL,                    GEEN,          true
            STARTKWALIFICATIE_BEHAALD, GEEN,          true
            OVERIG,                    naar buitenland, true
            OVERIG,                    GEEN,          false
            WERK_KORT,                 GEEN,          false
            PARTICIPATIEWET,           GEEN,          false
            NIET_BEREIKBAAR_ONGEMOTIVEERD, GEEN,      false
            GEEN,                      GEEN,          false
            """)
    void alleenDeRedenenVanMas8(String reden, String toelichting, boolean toegestaan) {
        Map<String, Object> uitkomst = evalueer(reden, toelichting, 20, 23, true);

        assertThat(uitkomst).containsEntry("toegestaan", toegestaan);
        if (!toegestaan) {
            assertThat((String) uitkomst.get("melding")).contains("MAS §8");
        }
    }

    /**
     * MAS §2, §8: "geen doelgroep meer" only from the regio's upper age (23 or 27) or after moving out of the regio;
     * an unknown age, upper age or residence meets neither.
     */
    @ParameterizedTest(name = "MAS §8 geen doelgroep meer: leeftijd {0}, bovengrens {1}, woont in regio {2} -> {3}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            22,   23,   true,  false
            23,   23,   true,  true
            24,   23,   true,  true
            19,   23,   true,  false
            26,   27,   true,  false
            27,   27,   true,  true
            19,   23,   false, true
            19,   27,   false, true
            GEEN, 23,   true,  false
            23,   GEEN, true,  false
            19,   23,   GEEN,  false
            GEEN, GEEN, GEEN,  false
            """)
    void geenDoelgroepMeerAlleenBovenDeGrensOfBuitenDeRegio(Integer leeftijd, Integer bovengrens, Boolean woontInRegio,
                                                          boolean toegestaan) {
        Map<String, Object> uitkomst = evalueer("GEEN_DOELGROEP_MEER", null, leeftijd, bovengrens, woontInRegio);

        assertThat(uitkomst).containsEntry("toegestaan", toegestaan);
        if (!toegestaan) {
            assertThat((String) uitkomst.get("melding")).contains("bovengrens").contains("MAS §8");
        }
    }

    private static Map<String, Object> evalueer(String reden, String toelichting, Integer leeftijd, Integer bovengrens,
                                                Boolean woontInRegio) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("afrondReden", reden);
        invoer.put("toelichting", toelichting);
        invoer.put("leeftijd", leeftijd);
        invoer.put("bovengrensLeeftijd", bovengrens);
        invoer.put("woontInRegio", woontInRegio);
        return AFRONDING.evalueer(invoer).getFirstResult().getEntryMap();
    }
}
