package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.domein.Werkdagen;

/**
 * MAS §7: school days counted from the first to the last day inclusive, without weekends, general holidays and the
 * school holidays of the region; here against one school holiday, Monday 1 to Sunday 7 March 2027.
 */
class SchooldagenTest {

    private static final List<Schoolvakantie> VAKANTIE = List.of(new Schoolvakantie("2026-2027", Vakantieregio.MIDDEN,
            "Testvakantie", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 7)));

    private final Schooldagen schooldagen = new Schooldagen(null, null, new Werkdagen());

    @ParameterizedTest(name = "MAS §7 {0} t/m {1}: {2} schooldagen ({3})")
    @CsvSource(textBlock = """
            2027-02-22, 2027-02-22, 1,  één maandag
            2027-02-20, 2027-02-20, 0,  één zaterdag
            2027-02-20, 2027-02-21, 0,  alleen een weekend
            2027-02-19, 2027-02-22, 2,  vrijdag t/m maandag over een weekend
            2027-02-22, 2027-02-26, 5,  een schoolweek
            2027-02-26, 2027-02-28, 1,  vrijdag voor de vakantie telt
            2027-02-26, 2027-03-01, 1,  eerste vakantiedag telt niet
            2027-03-01, 2027-03-01, 0,  alleen de eerste vakantiedag
            2027-03-05, 2027-03-05, 0,  laatste doordeweekse vakantiedag
            2027-03-07, 2027-03-08, 1,  laatste vakantiedag niet, maandag erna wel
            2027-02-15, 2027-03-12, 15, vier weken waarvan een vakantieweek
            2027-03-26, 2027-03-26, 1,  Goede Vrijdag is geen algemene feestdag
            2027-03-29, 2027-03-29, 0,  tweede Paasdag
            2027-03-22, 2027-04-05, 10, drie weken met tweede Paasdag
            2027-03-22, 2027-04-06, 11, een dag langer
            2027-04-26, 2027-04-28, 2,  Koningsdag op dinsdag
            2027-05-03, 2027-05-07, 3,  Bevrijdingsdag en Hemelvaartsdag
            2027-05-17, 2027-05-17, 0,  tweede Pinksterdag
            2026-12-24, 2026-12-28, 2,  Kerstdagen en het weekend ertussen
            2027-01-01, 2027-01-04, 1,  Nieuwjaarsdag
            """)
    void teltSchooldagenInclusiefZonderWeekendFeestdagenEnSchoolvakantie(LocalDate van, LocalDate tot, int verwacht,
                                                                         String geval) {
        assertThat(schooldagen.tel(van, tot, VAKANTIE)).as(geval).isEqualTo(verwacht);
    }
}
