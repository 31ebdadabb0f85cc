package nl.schoolverzuim.thuiszitters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/** Decision {@code thuiszitter}: who is a thuiszitter (MAS §6). An empty cell is an unknown (null) input. */
class ThuiszitterDmnTest {

    private static final Dmn THUISZITTER = Dmn.uit("thuiszitter.dmn", Thuiszitters.DEFINITIE);

    @ParameterizedTest(name = "MAS §6: {0}, {1} jaar, SK {2}, dag {3} -> {4}")
    @CsvSource(textBlock = """
            ABSOLUUT,           14, ,      0,  true,  Niet ingeschreven
            ABSOLUUT,           14, false, 1,  true,  Niet ingeschreven
            ABSOLUUT,           14, ,      28, true,  Niet ingeschreven
            ABSOLUUT,           14, ,      29, true,  Niet ingeschreven
            ABSOLUUT,           14, ,      -1, false,
            ABSOLUUT,           14, ,        , false,
            VSV,                17, ,      0,  true,  Niet ingeschreven
            VSV,                17, true,  0,  false,
            LANGDURIG_RELATIEF, 14, ,      0,  true,  Ingeschreven en langer dan 4 weken ongeoorloofd afwezig
            LANGDURIG_RELATIEF, 14, ,      28, true,  Ingeschreven en langer dan 4 weken ongeoorloofd afwezig
            LANGDURIG_RELATIEF, 14, ,      29, true,  Ingeschreven en langer dan 4 weken ongeoorloofd afwezig
            LANGDURIG_RELATIEF, 16, true,  29, false,
            LANGDURIG_RELATIEF, 14, ,        , false,
            WETTELIJK,          14, ,      28, false,
            WETTELIJK,          14, ,      29, false,
            LUXE,               14, ,      60, false,
            OVERIG,             14, ,      60, false,
            VERZUIM_18PLUS,     17, ,      60, false,
            ZORG_PREVENTIE,     17, ,      60, false,
            INFORMATIE_ADVIES,  14, ,      60, false,
            ,                   14, ,      60, false,
            ABSOLUUT,           4,  ,      0,  false,
            ABSOLUUT,           5,  ,      0,  true,  Niet ingeschreven
            ABSOLUUT,           17, ,      0,  true,  Niet ingeschreven
            ABSOLUUT,           18, ,      0,  false,
            ABSOLUUT,             , ,      0,  false,
            LANGDURIG_RELATIEF, 4,  ,      0,  false,
            LANGDURIG_RELATIEF, 5,  ,      0,  true,  Ingeschreven en langer dan 4 weken ongeoorloofd afwezig
            LANGDURIG_RELATIEF, 17, false, 0,  true,  Ingeschreven en langer dan 4 weken ongeoorloofd afwezig
            LANGDURIG_RELATIEF, 18, ,      0,  false,
            LANGDURIG_RELATIEF,   , ,      0,  false,
            """)
    void wieIsThuiszitter(String verzuimsoort, Integer leeftijd, Boolean startkwalificatie, Long dagenSindsBegin,
                          boolean thuiszitter, String reden) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("verzuimsoort", verzuimsoort);
        invoer.put("leeftijd", leeftijd);
        invoer.put("startkwalificatie", startkwalificatie);
        invoer.put("dagenSindsBegin", dagenSindsBegin);

        Map<String, Object> uitkomst = THUISZITTER.evalueer(invoer).getSingleResult().getEntryMap();

        assertThat(uitkomst).containsEntry("thuiszitter", thuiszitter).containsEntry("reden", reden);
    }
}
