package nl.schoolverzuim.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.domein.Leeftijd;
import nl.schoolverzuim.domein.Leerplichtfase;
import nl.schoolverzuim.testsupport.Dmn;

/**
 * Decision {@code werkproces-routering}: who handles a melding by age, phase, startkwalificatie and soort; the phase
 * as the application asks it, from decision {@code leerplicht-fase} on the meldingsdatum.
 */
class WerkprocesRouteringDmnTest {

    private static final Dmn ROUTERING = Dmn.uit("werkproces-routering.dmn", WerkprocesRoutering.DECISION_KEY);
    private static final Dmn FASE = Dmn.uit("leerplicht-fase.dmn", Leerplichtfase.DECISION_KEY);

    /** The meldingsdatum of the age table; each Jongere is born 40 days before a birthday, so well inside leerplicht. */
    private static final LocalDate MELDINGSDATUM = LocalDate.of(2025, 10, 1);

    private static DmnDecisionResult routeer(Integer leeftijd, LocalDate geboortedatum, LocalDate meldingsdatum,
                                             Boolean startkwalificatie, String verzuimsoort) {
        Map<String, Object> feiten = new HashMap<>();
        feiten.put("geboortedatum", geboortedatum);
        feiten.put("peildatum", meldingsdatum);
        feiten.put("startkwalificatie", startkwalificatie);
        DmnDecisionResult fase = FASE.evalueer(feiten);
        return routeer(leeftijd, fase.isEmpty() ? null : (String) fase.getFirstResult().get(Leerplichtfase.FASE),
                startkwalificatie, verzuimsoort);
    }

    private static DmnDecisionResult routeer(Integer leeftijd, String fase, Boolean startkwalificatie,
                                             String verzuimsoort) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", leeftijd);
        invoer.put(Leerplichtfase.FASE, fase);
        invoer.put("startkwalificatie", startkwalificatie);
        invoer.put("verzuimsoort", verzuimsoort);
        return ROUTERING.evalueer(invoer);
    }

    private static void verwacht(DmnDecisionResult resultaat, String team, String procesKey) {
        if (team == null) {
            assertThat(resultaat).isEmpty();
        } else {
            assertThat(resultaat.getSingleResult().getEntryMap())
                    .containsEntry("team", team)
                    .containsEntry("procesKey", procesKey);
        }
    }

    @ParameterizedTest(name = "MAS §2, §3: {1} op {0} jaar, startkwalificatie {2} -> {3} ({4})")
    @CsvSource(nullValues = "GEEN", textBlock = """
            # MAS §1: 4-year-olds only for information
            4, INFORMATIE_ADVIES  , GEEN , LEERPLICHT     , informatie-advies
            4, WETTELIJK          , GEEN , GEEN           , GEEN
            # MAS §2: leerplicht from 5, the LPA until the 18th birthday
            5, WETTELIJK          , GEEN , LEERPLICHT     , leerplicht-verzuim
            5, ABSOLUUT           , GEEN , LEERPLICHT     , leerplicht-verzuim
            11, LUXE               , GEEN , LEERPLICHT     , leerplicht-verzuim
            12, LANGDURIG_RELATIEF , GEEN , LEERPLICHT     , leerplicht-verzuim
            17, OVERIG             , GEEN , LEERPLICHT     , leerplicht-verzuim
            17, WETTELIJK          , GEEN , LEERPLICHT     , leerplicht-verzuim
            18, WETTELIJK          , GEEN , GEEN           , GEEN
            18, ABSOLUUT           , GEEN , GEEN           , GEEN
            # MAS §2: a startkwalificatie ends kwalificatieplicht, not leerplicht (until the school year in which the
            # Jongere turns 16 ends: these 16-year-olds turned 16 in August, so are leerplichtig until next July)
            15, WETTELIJK          , true , LEERPLICHT     , leerplicht-verzuim
            16, WETTELIJK          , true , LEERPLICHT     , leerplicht-verzuim
            16, WETTELIJK          , false, LEERPLICHT     , leerplicht-verzuim
            17, WETTELIJK          , true , GEEN           , GEEN
            17, ABSOLUUT           , true , GEEN           , GEEN
            17, ABSOLUUT           , false, LEERPLICHT     , leerplicht-verzuim
            # MAS §3: VSV 12-18 is treated as absoluut verzuim by the LPA, 18-23 by the Doorstroompunt
            11, VSV                , GEEN , GEEN           , GEEN
            12, VSV                , GEEN , LEERPLICHT     , leerplicht-verzuim
            15, VSV                , true , LEERPLICHT     , leerplicht-verzuim
            16, VSV                , true , LEERPLICHT     , leerplicht-verzuim
            17, VSV                , true , GEEN           , GEEN
            17, VSV                , GEEN , LEERPLICHT     , leerplicht-verzuim
            17, VSV                , false, LEERPLICHT     , leerplicht-verzuim
            18, VSV                , GEEN , DOORSTROOMPUNT , doorstroompunt-vsv
            22, VSV                , false, DOORSTROOMPUNT , doorstroompunt-vsv
            # MAS §2, §8: with a startkwalificatie no longer the Doorstroompunt's target group
            18, VSV                , true , GEEN           , GEEN
            # MAS §3, §8: verzuim 18+ only from 18
            17, VERZUIM_18PLUS     , GEEN , GEEN           , GEEN
            18, VERZUIM_18PLUS     , GEEN , DOORSTROOMPUNT , doorstroompunt-verzuim18
            18, VERZUIM_18PLUS     , false, DOORSTROOMPUNT , doorstroompunt-verzuim18
            18, VERZUIM_18PLUS     , true , GEEN           , GEEN
            # MAS §3: zorg en preventie by the Doorstroompunt before de-registration; from 16 is our default
            15, ZORG_PREVENTIE     , GEEN , GEEN           , GEEN
            16, ZORG_PREVENTIE     , GEEN , DOORSTROOMPUNT , doorstroompunt-zorg-preventie
            22, ZORG_PREVENTIE     , GEEN , DOORSTROOMPUNT , doorstroompunt-zorg-preventie
            16, ZORG_PREVENTIE     , true , GEEN           , GEEN
            # MAS §3: informatie en advies, both, with or without startkwalificatie
            17, INFORMATIE_ADVIES  , GEEN , LEERPLICHT     , informatie-advies
            17, INFORMATIE_ADVIES  , true , LEERPLICHT     , informatie-advies
            18, INFORMATIE_ADVIES  , GEEN , DOORSTROOMPUNT , informatie-advies
            18, INFORMATIE_ADVIES  , true , DOORSTROOMPUNT , informatie-advies
            # An unknown soort or age meets no row
            GEEN, WETTELIJK        , GEEN , GEEN           , GEEN
            14, GEEN               , GEEN , GEEN           , GEEN
            """)
    void routeertNaarHetJuisteTeam(Integer leeftijd, String verzuimsoort, Boolean startkwalificatie, String team,
                                   String procesKey) {
        LocalDate geboortedatum = MELDINGSDATUM.minusYears(leeftijd == null ? 14 : leeftijd).minusDays(40);

        verwacht(routeer(leeftijd, geboortedatum, MELDINGSDATUM, startkwalificatie, verzuimsoort), team, procesKey);
    }

    /**
     * MAS §2: leerplicht starts on the first day of the month after the 5th birthday. Until then a melding about the
     * child is a question (informatie en advies), as for a 4-year-old; verzuim is refused.
     */
    @ParameterizedTest(name = "MAS §2: geboren {0}, melding {1}: leerplichtig {2}")
    @CsvSource(textBlock = """
            # born on the 1st: the 5th birthday itself is not yet leerplicht, the 1st of the next month is
            2020-03-01, 2025-03-01, false
            2020-03-01, 2025-03-31, false
            2020-03-01, 2025-04-01, true
            # born mid-month
            2020-03-15, 2025-03-15, false
            2020-03-15, 2025-03-31, false
            2020-03-15, 2025-04-01, true
            # born on the last day of the month
            2020-03-31, 2025-03-31, false
            2020-03-31, 2025-04-01, true
            # born in December: leerplicht starts in the next calendar year
            2020-12-10, 2025-12-31, false
            2020-12-10, 2026-01-01, true
            """)
    void leerplichtBegintDeEersteDagVanDeMaandNaDe5eVerjaardag(LocalDate geboortedatum, LocalDate meldingsdatum,
                                                               boolean leerplichtig) {
        int leeftijd = Leeftijd.op(geboortedatum, meldingsdatum);

        verwacht(routeer(leeftijd, geboortedatum, meldingsdatum, null, "WETTELIJK"),
                leerplichtig ? "LEERPLICHT" : null, leerplichtig ? "leerplicht-verzuim" : null);
        verwacht(routeer(leeftijd, geboortedatum, meldingsdatum, null, "ABSOLUUT"),
                leerplichtig ? "LEERPLICHT" : null, leerplichtig ? "leerplicht-verzuim" : null);
        verwacht(routeer(leeftijd, geboortedatum, meldingsdatum, null, "INFORMATIE_ADVIES"),
                "LEERPLICHT", "informatie-advies");
    }

    /**
     * MAS §2, §3: the LPA handles verzuim of whoever is leer- or kwalificatieplichtig, absoluut verzuim for a vsv'er
     * from 12; no phase (unknown) or GEEN meets no leerplicht row.
     */
    @ParameterizedTest(name = "MAS §2, §3: {1} op {0} jaar, fase {2} -> {3}")
    @CsvSource(nullValues = "LEEG", textBlock = """
            14, WETTELIJK         , LEERPLICHTIG        , leerplicht-verzuim
            16, ABSOLUUT          , KWALIFICATIEPLICHTIG, leerplicht-verzuim
            15, LUXE              , KWALIFICATIEPLICHTIG, leerplicht-verzuim
            17, OVERIG            , GEEN                , LEEG
            14, LANGDURIG_RELATIEF, LEEG                , LEEG
            12, VSV               , LEERPLICHTIG        , leerplicht-verzuim
            11, VSV               , LEERPLICHTIG        , LEEG
            16, VSV               , KWALIFICATIEPLICHTIG, leerplicht-verzuim
            17, VSV               , GEEN                , LEEG
            17, VSV               , LEEG                , LEEG
            5 , INFORMATIE_ADVIES , GEEN                , informatie-advies
            5 , INFORMATIE_ADVIES , LEEG                , informatie-advies
            """)
    void deLeerplichtambtenaarBehandeltVerzuimVanWieLeerOfKwalificatieplichtigIs(int leeftijd, String verzuimsoort,
                                                                                 String fase, String procesKey) {
        verwacht(routeer(leeftijd, fase, null, verzuimsoort), procesKey == null ? null : "LEERPLICHT", procesKey);
    }

    /** MAS §2 via leerplicht-fase: 12 full school years or art. 4a lid 2 change who is the LPA's. */
    @ParameterizedTest(name = "MAS §2: 16 jaar op 2025-10-01 (geboren 2009-03-15), schooljaren {0}, sk {1}, art. 4a {2} -> {3}")
    @CsvSource(nullValues = "LEEG", textBlock = """
            LEEG, LEEG , LEEG            , leerplicht-verzuim
            LEEG, true , LEEG            , LEEG
            LEEG, LEEG , VSO_DAGBESTEDING, LEEG
            """)
    void naHetSchooljaarVan16BeslissenStartkwalificatieEnArt4a(Integer schooljaren, Boolean startkwalificatie,
                                                             String vervallen, String procesKey) {
        Map<String, Object> feiten = new HashMap<>();
        feiten.put("geboortedatum", LocalDate.of(2009, 3, 15));
        feiten.put("peildatum", MELDINGSDATUM);
        feiten.put("volledigeSchooljaren", schooljaren);
        feiten.put("startkwalificatie", startkwalificatie);
        feiten.put("kwalificatieplichtVervallen", vervallen);
        String fase = (String) FASE.evalueer(feiten).getFirstResult().get(Leerplichtfase.FASE);

        verwacht(routeer(16, fase, startkwalificatie, "WETTELIJK"), procesKey == null ? null : "LEERPLICHT", procesKey);
    }

    @ParameterizedTest(name = "MAS §2: zonder geboortedatum is niemand leerplichtig ({0})")
    @CsvSource({"WETTELIJK", "ABSOLUUT", "VSV"})
    void eenOnbekendeGeboortedatumMaaktNiemandLeerplichtig(String verzuimsoort) {
        verwacht(routeer(14, null, MELDINGSDATUM, null, verzuimsoort), null, null);
    }
}
