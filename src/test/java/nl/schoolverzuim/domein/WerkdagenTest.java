package nl.schoolverzuim.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAS §5: werkdagen skip weekends and the holidays of the Algemene termijnenwet. */
class WerkdagenTest {

    private final Werkdagen werkdagen = new Werkdagen();

    @ParameterizedTest(name = "{0} feestdag: {1}")
    @CsvSource(textBlock = """
            2025-01-01, true
            2025-04-18, false
            2025-04-21, true
            2025-04-26, true
            # 27 April 2025 is a Sunday: Koningsdag moved to Saturday the 26th
            2025-04-27, false
            2025-05-05, true
            2025-05-29, true
            2025-06-09, true
            2025-12-25, true
            2025-12-26, true
            2026-04-06, true
            2026-04-27, true
            2026-05-14, true
            2026-05-25, true
            2026-05-26, false
            2024-05-09, true
            2024-04-01, true
            """)
    void kentDeNederlandseFeestdagen(LocalDate datum, boolean feestdag) {
        assertThat(werkdagen.isFeestdag(datum)).isEqualTo(feestdag);
    }

    @ParameterizedTest(name = "{1} werkdagen na {0} is {2}")
    @CsvSource(textBlock = """
            2026-11-16, 5,  2026-11-23
            2026-11-20, 1,  2026-11-23
            2026-11-21, 1,  2026-11-23
            2026-11-20, 0,  2026-11-20
            2026-04-02, 1,  2026-04-03
            2026-04-03, 1,  2026-04-07
            2026-04-24, 2,  2026-04-29
            2025-12-23, 3,  2025-12-30
            2026-12-24, 5,  2027-01-04
            """)
    void teltWerkdagenVerder(LocalDate vanaf, int aantal, LocalDate verwacht) {
        assertThat(werkdagen.plusWerkdagen(vanaf, aantal)).isEqualTo(verwacht);
    }
}
