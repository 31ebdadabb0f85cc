package nl.schoolverzuim.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAS §10: a BSN is 9 digits passing the 11-proef and is only shown masked. */
class BsnTest {

    @ParameterizedTest(name = "{0} geldig: {1}")
    @CsvSource(textBlock = """
            111222333, true
            123456782, true
            999999990, true
            123456789, false
            111222334, false
            000000000, false
            12345678,  false
            1234567890,false
            12345678a, false
            """)
    void elfproef(String bsn, boolean geldig) {
        assertThat(Bsn.isGeldig(bsn)).isEqualTo(geldig);
    }

    @ParameterizedTest
    @CsvSource({"111222333, ******333"})
    void toontAlleenDeLaatsteDrieCijfers(String bsn, String gemaskeerd) {
        assertThat(Bsn.gemaskeerd(bsn)).isEqualTo(gemaskeerd);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "GEEN", value = {"11122233, 111222333", "12345678, 123456782", "12345671, GEEN"})
    void vultAanMetHetControlecijfer(String acht, String bsn) {
        assertThat(Bsn.metControlecijfer(acht)).isEqualTo(bsn);
        if (bsn != null) {
            assertThat(Bsn.isGeldig(bsn)).isTrue();
        }
    }
}
