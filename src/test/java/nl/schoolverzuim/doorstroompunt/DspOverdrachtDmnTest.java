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

    @ParameterizedTest(name = "MAS §2: {0}, startkwalificatie {1} -> {2}, vaststellen {3}")
    @CsvSource(nullValues = "ONBEKEND", textBlock = """
            # MAS §2, §3: an enrolled pupil is verzuim 18+ work, not a new vsv'er, with or without startkwalificatie
            WETTELIJK,          false,    VERZUIM_18PLUS, false
            WETTELIJK,          ONBEKEND, VERZUIM_18PLUS, false
            LANGDURIG_RELATIEF, false,    VERZUIM_18PLUS, false
            LUXE,               ONBEKEND, VERZUIM_18PLUS, false
            OVERIG,             true,     VERZUIM_18PLUS, false
            # MAS §2, §8: without school and without startkwalificatie a VsvTraject starts (a vsv'er under 18 counts as ABSOLUUT, §3)
            ABSOLUUT,           false,    VSV,            false
            VSV,                false,    VSV,            false
            # MAS §2, ADR 0017: unknown is neither without (no VsvTraject) nor with (still handed over): contact work that establishes it
            ABSOLUUT,           ONBEKEND, VERZUIM_18PLUS, true
            VSV,                ONBEKEND, VERZUIM_18PLUS, true
            # MAS §8: with a startkwalificatie no target group of the Doorstroompunt
            ABSOLUUT,           true,     GEEN,           false
            VSV,                true,     GEEN,           false
            # nothing else is handed over
            INFORMATIE_ADVIES,  false,    GEEN,           false
            ONBEKEND,           ONBEKEND, GEEN,           false
            """)
    void watHetDoorstroompuntKrijgt(String verzuimsoort, Boolean startkwalificatie, String werk, boolean vaststellen) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("verzuimsoort", verzuimsoort);
        invoer.put("startkwalificatie", startkwalificatie);

        Map<String, Object> uitkomst = OVERDRACHT.evalueer(invoer).getSingleResult().getEntryMap();

        assertThat(uitkomst).containsEntry("dspWerkproces", werk).containsEntry("startkwalificatieVaststellen", vaststellen);
    }
}
