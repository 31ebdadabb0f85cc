package nl.schoolverzuim.doorstroompunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/** Decision {@code dsp-overdracht}: what the Doorstroompunt gets on the 18th birthday (MAS §2, §3, §8). */
class DspOverdrachtDmnTest {

    private static final Dmn OVERDRACHT = Dmn.uit("dsp-overdracht.dmn", "dsp-overdracht");

    @ParameterizedTest(name = "MAS §2: {0}, startkwalificatie {1} -> {2}")
    @CsvSource(nullValues = "ONBEKEND", textBlock = """
            # MAS §2, §3: an enrolled pupil is verzuim 18+ work, not a new vsv'er, with or without startkwalificatie
            WETTELIJK,          false,    VERZUIM_18PLUS
            WETTELIJK,          ONBEKEND, VERZUIM_18PLUS
            LANGDURIG_RELATIEF, false,    VERZUIM_18PLUS
            LUXE,               ONBEKEND, VERZUIM_18PLUS
            OVERIG,             true,     VERZUIM_18PLUS
            # MAS §2, §8: without school and without startkwalificatie a VsvTraject starts (a vsv'er under 18 counts as ABSOLUUT, §3)
            ABSOLUUT,           false,    VSV
            VSV,                false,    VSV
            # unknown: the kwalificatieplicht the LPA worked on holds only without startkwalificatie
            ABSOLUUT,           ONBEKEND, VSV
            VSV,                ONBEKEND, VSV
            # MAS §8: with a startkwalificatie no target group of the Doorstroompunt
            ABSOLUUT,           true,     GEEN
            VSV,                true,     GEEN
            # nothing else is handed over
            INFORMATIE_ADVIES,  false,    GEEN
            ONBEKEND,           ONBEKEND, GEEN
            """)
    void watHetDoorstroompuntKrijgt(String verzuimsoort, Boolean startkwalificatie, String werk) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("verzuimsoort", verzuimsoort);
        invoer.put("startkwalificatie", startkwalificatie);

        assertThat((String) OVERDRACHT.evalueer(invoer).getSingleEntry()).isEqualTo(werk);
    }
}
