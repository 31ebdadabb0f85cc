package nl.schoolverzuim.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/** Decision {@code melding-koppeling}: which open werkproces a new melding joins (MAS §4 step 1, §4.1, §8). */
class MeldingKoppelingDmnTest {

    private static final Dmn KOPPELING = Dmn.uit("melding-koppeling.dmn", WerkprocesStarter.KOPPELING);

    @ParameterizedTest(name = "{0} (preventief {1}) + {2} -> {3}")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # MAS §4.1: a later WETTELIJK melding moves the preventive werkproces to onderzoek
            OVERIG,         true,  WETTELIJK,      wettelijk-verzuim-gemeld
            # MAS §4 step 1, §8: the same soort joins the open werkproces
            OVERIG,         true,  OVERIG,         nieuwe-melding
            WETTELIJK,      false, WETTELIJK,      nieuwe-melding
            VERZUIM_18PLUS, false, VERZUIM_18PLUS, nieuwe-melding
            # MAS §8: a second VSV melding joins the open vsv-traject
            VSV,            false, VSV,            nieuwe-melding
            # MAS §8: verzuim 18+ while a vsv-traject is open joins it
            VSV,            false, VERZUIM_18PLUS, nieuwe-melding
            # MAS §8: a de-registration during verzuim 18+ joins it and turns it into a vsv-traject
            VERZUIM_18PLUS, false, VSV,            uitschrijving-gemeld
            # otherwise a werkproces of its own
            OVERIG,         false, WETTELIJK,      GEEN
            WETTELIJK,      false, LUXE,           GEEN
            VERZUIM_18PLUS, false, ZORG_PREVENTIE, GEEN
            ZORG_PREVENTIE, false, VERZUIM_18PLUS, GEEN
            """)
    void koppeling(String lopend, boolean preventief, String nieuw, String bericht) {
        Map<String, Object> invoer = Map.of("verzuimsoortLopend", lopend, "preventief", preventief,
                "verzuimsoortNieuw", nieuw, "zelfdeSoort", lopend.equals(nieuw));

        assertThat((String) KOPPELING.evalueer(invoer).getFirstResult().getEntry("bericht")).isEqualTo(bericht);
    }
}
