package nl.schoolverzuim.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAS §10: what the log patterns print passes this mask; a BSN's nine digits never reach the log. */
class BsnVrijLoggenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Key (bsn)=(123456782) already exists.          | Key (bsn)=(*********) already exists.
            VALUES ( /* 3 */ '123456782' )                   | VALUES ( /* 3 */ '*********' )
            from String "123456782uur": not a valid Integer | from String "*********uur": not a valid Integer
            bsn 123456782 en 111222333                       | bsn ********* en *********
            id 12345678 blijft                               | id 12345678 blijft
            tijd 1234567890 blijft                           | tijd 1234567890 blijft
            melding DUO-2024-000123                          | melding DUO-2024-000123
            NULL                                             | NULL
            """)
    void negenCijfersWordenGemaskeerdAndereGetallenNiet(String tekst, String gelogd) {
        assertThat(BsnVrijLoggen.maskeer(tekst)).isEqualTo(gelogd);
    }
}
