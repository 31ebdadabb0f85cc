package nl.schoolverzuim.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAS §2: a school year runs from 1 August to 31 July; both sides of the boundary. */
class MasRegelsSchooljaarTest {

    @ParameterizedTest(name = "MAS §2: {0} valt in schooljaar {1} ({2} t/m {3})")
    @CsvSource(textBlock = """
            2024-07-31, 2023-2024, 2023-08-01, 2024-07-31
            2024-08-01, 2024-2025, 2024-08-01, 2025-07-31
            2024-12-31, 2024-2025, 2024-08-01, 2025-07-31
            2025-01-01, 2024-2025, 2024-08-01, 2025-07-31
            2024-02-29, 2023-2024, 2023-08-01, 2024-07-31
            """)
    void eenSchooljaarLooptVanEenAugustusTotEnMetEenendertigJuli(LocalDate datum, String naam, LocalDate begin,
                                                                    LocalDate einde) {
        Schooljaar schooljaar = Schooljaar.van(datum);

        assertThat(schooljaar.begin()).isEqualTo(begin);
        assertThat(schooljaar.einde()).isEqualTo(einde);
        assertThat(schooljaar).hasToString(naam);
        assertThat(schooljaar.bevat(datum)).isTrue();
        assertThat(schooljaar.bevat(begin.minusDays(1))).isFalse();
        assertThat(schooljaar.bevat(einde.plusDays(1))).isFalse();
    }
}
