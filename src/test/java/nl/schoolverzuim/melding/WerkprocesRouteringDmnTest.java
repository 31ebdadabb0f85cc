package nl.schoolverzuim.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/** Decision {@code werkproces-routering}: who handles a melding by age and Verzuimsoort (MAS §2, §3). */
class WerkprocesRouteringDmnTest {

    private static final Dmn ROUTERING = Dmn.uit("werkproces-routering.dmn", WerkprocesRoutering.DECISION_KEY);

    @ParameterizedTest(name = "{1} op {0} jaar -> {2} ({3})")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # MAS §1: 4-year-olds only for information
            4, INFORMATIE_ADVIES  , LEERPLICHT     , informatie-advies
            4, WETTELIJK          , GEEN           , GEEN
            # MAS §2: leerplicht from 5, the LPA until the 18th birthday
            5, WETTELIJK          , LEERPLICHT     , leerplicht-verzuim
            5, ABSOLUUT           , LEERPLICHT     , leerplicht-verzuim
            11, LUXE               , LEERPLICHT     , leerplicht-verzuim
            12, LANGDURIG_RELATIEF , LEERPLICHT     , leerplicht-verzuim
            17, OVERIG             , LEERPLICHT     , leerplicht-verzuim
            17, WETTELIJK          , LEERPLICHT     , leerplicht-verzuim
            18, WETTELIJK          , GEEN           , GEEN
            18, ABSOLUUT           , GEEN           , GEEN
            # MAS §3: VSV 12-18 is treated as absoluut verzuim by the LPA, 18-23 by the Doorstroompunt
            11, VSV                , GEEN           , GEEN
            12, VSV                , LEERPLICHT     , leerplicht-verzuim
            17, VSV                , LEERPLICHT     , leerplicht-verzuim
            18, VSV                , DOORSTROOMPUNT , doorstroompunt-vsv
            22, VSV                , DOORSTROOMPUNT , doorstroompunt-vsv
            # MAS §3, §8: verzuim 18+ only from 18
            17, VERZUIM_18PLUS     , GEEN           , GEEN
            18, VERZUIM_18PLUS     , DOORSTROOMPUNT , doorstroompunt-verzuim18
            # MAS §3: zorg en preventie by the Doorstroompunt before de-registration
            15, ZORG_PREVENTIE     , GEEN           , GEEN
            16, ZORG_PREVENTIE     , DOORSTROOMPUNT , doorstroompunt-zorg-preventie
            22, ZORG_PREVENTIE     , DOORSTROOMPUNT , doorstroompunt-zorg-preventie
            # MAS §3: informatie en advies, both
            17, INFORMATIE_ADVIES  , LEERPLICHT     , informatie-advies
            18, INFORMATIE_ADVIES  , DOORSTROOMPUNT , informatie-advies
            """)
    void routeertNaarHetJuisteTeam(int leeftijd, String verzuimsoort, String team, String procesKey) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", leeftijd);
        invoer.put("verzuimsoort", verzuimsoort);

        DmnDecisionResult resultaat = ROUTERING.evalueer(invoer);

        if (team == null) {
            assertThat(resultaat).isEmpty();
        } else {
            assertThat(resultaat.getSingleResult().getEntryMap())
                    .containsEntry("team", team)
                    .containsEntry("procesKey", procesKey);
        }
    }
}
