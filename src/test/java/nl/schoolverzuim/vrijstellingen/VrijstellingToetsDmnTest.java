package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/**
 * Decisions {@code vrijstelling-toets} and {@code vrijstelling-grond} (MAS §7). An empty cell is an unknown (null)
 * input, which never meets a requirement. Redenen are named by the start of their text; several are separated by |.
 */
class VrijstellingToetsDmnTest {

    private static final Dmn TOETS = Dmn.uit("vrijstelling-toets.dmn", Vrijstellingen.TOETS);
    private static final Dmn GROND = Dmn.uit("vrijstelling-toets.dmn", Vrijstellingen.GROND);
    private static final Dmn VERLENGBAAR = Dmn.uit("vrijstelling-toets.dmn", "vrijstelling-verlengbaar");

    @ParameterizedTest(name = "MAS §7: {0} leeftijd {1} verklaring {2} leerplichtig {3} maanden {4} dagen {5} "
            + "inschrijving {6} aanwezigheid {7} alternatief {8} -> {9}")
    @CsvSource(textBlock = """
            ART_3B, 10,      ,      ,   ,   ,      ,      ,      , ''
            ART_5A, 10, true,       ,   ,   ,      ,      ,      , ''
            ART_5A, 10, false,      ,   ,   ,      ,      ,      , Art. 5 onder a
            ART_5A, 10,      ,      ,   ,   ,      ,      ,      , Art. 5 onder a
            ART_5B,  4,      , false,  1,   ,      ,      ,      , ''
            ART_5B,  4,      , false,  0,   ,      ,      ,      , Art. 5 onder b: de kennisgeving kwam niet uiterlijk een maand
            ART_5B,  4,      , false, -2,   ,      ,      ,      , Art. 5 onder b: de kennisgeving kwam niet uiterlijk een maand
            ART_5B,  4,      , false,   ,   ,      ,      ,      , Art. 5 onder b: de kennisgeving kwam niet uiterlijk een maand
            ART_5B,  8,      , true,    ,  1,      ,      ,      , ''
            ART_5B,  8,      , true,    ,  0,      ,      ,      , Art. 5 onder b: de kennisgeving kwam niet voor 1 juli
            ART_5B,  8,      , true,    , -30,     ,      ,      , Art. 5 onder b: de kennisgeving kwam niet voor 1 juli
            ART_5B,  8,      , true,    ,   ,      ,      ,      , Art. 5 onder b: de kennisgeving kwam niet voor 1 juli
            ART_5B,  8,      ,     ,  5, 20,      ,      ,      , Art. 5 onder b: het schooljaar
            ART_5C, 12,      ,      ,   ,   , true,  true,      , ''
            ART_5C, 12,      ,      ,   ,   , true,  false,     , Art. 5 onder c: er is geen bewijs dat
            ART_5C, 12,      ,      ,   ,   ,     ,  true,      , Art. 5 onder c: er is geen bewijs van inschrijving
            ART_5C, 12,      ,      ,   ,   , false,     ,      , Art. 5 onder c: er is geen bewijs van inschrijving|Art. 5 onder c: er is geen bewijs dat
            ART_15, 16,      ,      ,   ,   ,      ,      , true, ''
            ART_15, 17,      ,      ,   ,   ,      ,      , true, ''
            ART_15, 15,      ,      ,   ,   ,      ,      , true, Art. 15: de jongere
            ART_15, 18,      ,      ,   ,   ,      ,      , true, Art. 15: de jongere
            ART_15,   ,      ,      ,   ,   ,      ,      , true, Art. 15: de jongere
            ART_15, 16,      ,      ,   ,   ,      ,      , false, Art. 15: er is geen alternatief
            ART_15, 16,      ,      ,   ,   ,      ,      ,      , Art. 15: er is geen alternatief
            ART_15, 15,      ,      ,   ,   ,      ,      ,      , Art. 15: de jongere|Art. 15: er is geen alternatief
                  , 10, true, true,  5, 20, true,  true,  true, De grond van de vrijstelling is onbekend
            """)
    void toets(String grond, Integer leeftijd, Boolean verklaring, Boolean leerplichtig, Integer maanden, Integer dagen,
               Boolean inschrijving, Boolean aanwezigheid, Boolean alternatief, String redenen) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("grond", grond);
        invoer.put("leeftijd", leeftijd);
        invoer.put("verklaringDeskundige", verklaring);
        invoer.put("leerplichtigBijBeginSchooljaar", leerplichtig);
        invoer.put("maandenTotVijfdeVerjaardag", maanden);
        invoer.put("dagenTot1Juli", dagen);
        invoer.put("bewijsInschrijvingBuitenland", inschrijving);
        invoer.put("bewijsAanwezigheidBuitenland", aanwezigheid);
        invoer.put("alternatiefProgramma", alternatief);

        List<String> uitkomst = TOETS.evalueer(invoer).collectEntries("reden");

        List<String> verwacht = redenen.isEmpty() ? List.of() : Arrays.asList(redenen.split("\\|"));
        assertThat(uitkomst).hasSameSizeAs(verwacht);
        for (int i = 0; i < verwacht.size(); i++) {
            assertThat(uitkomst.get(i)).startsWith(verwacht.get(i));
        }
    }

    @ParameterizedTest(name = "MAS §7: {0} -> {1}")
    @CsvSource(textBlock = """
            ART_3B, Art. 3b Leerplichtwet 1969
            ART_5A, Art. 5 onder a Leerplichtwet 1969
            ART_5B, Art. 5 onder b Leerplichtwet 1969
            ART_5C, Art. 5 onder c Leerplichtwet 1969
            ART_15, Art. 15 Leerplichtwet 1969
            """)
    void labelUitDeWet(String grond, String label) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("grond", grond);

        assertThat(GROND.evalueer(invoer).getSingleResult().<String>getSingleEntry()).startsWith(label);
    }

    @ParameterizedTest(name = "MAS §7: {0}, {1} jaar na de einddatum -> verlengbaar {2}")
    @CsvSource(textBlock = """
            ART_5A, 10, true
            ART_5A, 17, true
            ART_5A, 18, false
            ART_5B,  6, true
            ART_5C, 17, true
            ART_5C, 18, false
            ART_5C,   , false
            ART_3B, 10, false
            ART_15, 17, false
                  , 10, false
            """)
    void verlengbaar(String grond, Integer leeftijdNaEinde, boolean verlengbaar) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("grond", grond);
        invoer.put("leeftijdNaEinde", leeftijdNaEinde);

        assertThat(VERLENGBAAR.evalueer(invoer).getSingleResult().<Boolean>getSingleEntry()).isEqualTo(verlengbaar);
    }
}
