package nl.schoolverzuim.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import nl.schoolverzuim.testsupport.Dmn;

/**
 * Decision {@code leerplicht-fase} as {@code processes/leerplicht-fase.dmn} holds it (MAS §2): both sides of every
 * date and number boundary, and unknown (null) for every input.
 */
class LeerplichtFaseDmnTest {

    private static final Dmn FASE = Dmn.uit("leerplicht-fase.dmn", Leerplichtfase.DECISION_KEY);

    private static DmnDecisionResult fase(LocalDate geboortedatum, LocalDate peildatum, Integer volledigeSchooljaren,
                                          Boolean startkwalificatie, String kwalificatieplichtVervallen) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("geboortedatum", geboortedatum);
        invoer.put("peildatum", peildatum);
        invoer.put("volledigeSchooljaren", volledigeSchooljaren);
        invoer.put("startkwalificatie", startkwalificatie);
        invoer.put("kwalificatieplichtVervallen", kwalificatieplichtVervallen);
        return FASE.evalueer(invoer);
    }

    @ParameterizedTest(name = "MAS §2: geboren {0}, peildatum {1}, schooljaren {2}, sk {3}, art. 4a {4} -> {5} {6}")
    @CsvSource(nullValues = "LEEG", textBlock = """
            # MAS §2 start: the first day of the month after the 5th birthday (not the birthday itself)
            2020-03-01, 2025-03-01, LEEG, LEEG , LEEG             , GEEN                , NOG_NIET_LEERPLICHTIG
            2020-03-01, 2025-03-31, LEEG, LEEG , LEEG             , GEEN                , NOG_NIET_LEERPLICHTIG
            2020-03-01, 2025-04-01, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2020-03-15, 2025-03-31, LEEG, LEEG , LEEG             , GEEN                , NOG_NIET_LEERPLICHTIG
            2020-03-15, 2025-04-01, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2020-03-31, 2025-03-31, LEEG, LEEG , LEEG             , GEEN                , NOG_NIET_LEERPLICHTIG
            2020-03-31, 2025-04-01, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2020-12-10, 2025-12-31, LEEG, LEEG , LEEG             , GEEN                , NOG_NIET_LEERPLICHTIG
            2020-12-10, 2026-01-01, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2021-06-01, 2025-10-01, LEEG, LEEG , LEEG             , GEEN                , NOG_NIET_LEERPLICHTIG
            # born 29 February: 5 on 1 March in an ordinary year (as Leeftijd.op), so leerplichtig from 1 April
            2020-02-29, 2025-03-31, LEEG, LEEG , LEEG             , GEEN                , NOG_NIET_LEERPLICHTIG
            2020-02-29, 2025-04-01, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            # MAS §2 end: 31 July of the school year (1 Aug - 31 Jul) in which the Jongere turns 16
            2009-03-15, 2025-07-31, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2009-03-15, 2025-08-01, LEEG, LEEG , LEEG             , KWALIFICATIEPLICHTIG, LEEG
            2009-07-31, 2025-07-31, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2009-07-31, 2025-08-01, LEEG, LEEG , LEEG             , KWALIFICATIEPLICHTIG, LEEG
            2009-08-01, 2025-08-01, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2009-08-01, 2026-07-31, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2009-08-01, 2026-08-01, LEEG, LEEG , LEEG             , KWALIFICATIEPLICHTIG, LEEG
            # already 16, still leerplichtig until the school year ends
            2009-09-30, 2025-10-01, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            # MAS §2 end: or after 12 full school years; unknown counts only the age
            2010-05-01, 2025-10-01, 11  , LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2010-05-01, 2025-10-01, 12  , LEEG , LEEG             , KWALIFICATIEPLICHTIG, LEEG
            2010-05-01, 2025-10-01, 13  , LEEG , LEEG             , KWALIFICATIEPLICHTIG, LEEG
            2010-05-01, 2025-10-01, LEEG, LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2010-05-01, 2025-10-01, 0   , LEEG , LEEG             , LEERPLICHTIG        , LEEG
            2010-05-01, 2025-10-01, 12  , true , LEEG             , GEEN                , STARTKWALIFICATIE
            # MAS §2: kwalificatieplicht ends on the 18th birthday
            2007-10-01, 2025-09-30, LEEG, LEEG , LEEG             , KWALIFICATIEPLICHTIG, LEEG
            2007-10-01, 2025-10-01, LEEG, LEEG , LEEG             , GEEN                , ACHTTIEN_JAAR
            2007-10-01, 2025-10-01, LEEG, false, LEEG             , GEEN                , ACHTTIEN_JAAR
            2007-10-01, 2025-10-01, LEEG, true , LEEG             , GEEN                , ACHTTIEN_JAAR
            2008-02-29, 2026-02-28, LEEG, LEEG , LEEG             , KWALIFICATIEPLICHTIG, LEEG
            2008-02-29, 2026-03-01, LEEG, LEEG , LEEG             , GEEN                , ACHTTIEN_JAAR
            # MAS §2: a startkwalificatie ends kwalificatieplicht, not leerplicht; unknown is not one
            2009-03-15, 2025-07-31, LEEG, true , LEEG             , LEERPLICHTIG        , LEEG
            2009-03-15, 2025-08-01, LEEG, true , LEEG             , GEEN                , STARTKWALIFICATIE
            2009-03-15, 2025-08-01, LEEG, false, LEEG             , KWALIFICATIEPLICHTIG, LEEG
            # MAS §2, art. 4a lid 2: vso dagbesteding/arbeidsmarkt, praktijkonderwijs: no kwalificatieplicht
            2009-03-15, 2025-07-31, LEEG, LEEG , VSO_DAGBESTEDING , LEERPLICHTIG        , LEEG
            2009-03-15, 2025-08-01, LEEG, LEEG , VSO_DAGBESTEDING , GEEN                , ART_4A_LID_2
            2009-03-15, 2025-08-01, LEEG, false, VSO_ARBEIDSMARKT , GEEN                , ART_4A_LID_2
            2009-03-15, 2025-08-01, LEEG, LEEG , PRAKTIJKONDERWIJS_CERTIFICAAT, GEEN    , ART_4A_LID_2
            2009-03-15, 2025-08-01, LEEG, LEEG , ONBEKENDE_GROND  , KWALIFICATIEPLICHTIG, LEEG
            2007-10-01, 2025-10-01, LEEG, LEEG , VSO_DAGBESTEDING , GEEN                , ACHTTIEN_JAAR
            """)
    void faseOpDePeildatum(LocalDate geboortedatum, LocalDate peildatum, Integer volledigeSchooljaren,
                           Boolean startkwalificatie, String kwalificatieplichtVervallen, String fase, String reden) {
        DmnDecisionResult resultaat = fase(geboortedatum, peildatum, volledigeSchooljaren, startkwalificatie,
                kwalificatieplichtVervallen);

        assertThat(resultaat.getFirstResult().getEntryMap())
                .containsEntry(Leerplichtfase.FASE, fase)
                .containsEntry("faseReden", reden);
    }

    /** ADR 0017: without a geboortedatum or peildatum nothing is known, also not "nog niet leerplichtig". */
    @ParameterizedTest(name = "MAS §2: geboortedatum {0}, peildatum {1}: geen fase")
    @CsvSource(nullValues = "LEEG", textBlock = """
            LEEG      , 2025-10-01
            2010-05-01, LEEG
            LEEG      , LEEG
            """)
    void zonderDatumGeenFase(LocalDate geboortedatum, LocalDate peildatum) {
        assertThat(fase(geboortedatum, peildatum, 12, true, "VSO_DAGBESTEDING")).isEmpty();
    }

    /** The contract's grounds (KwalificatieplichtVervallen) and the table's row name the same codes. */
    @ParameterizedTest(name = "MAS §2, art. 4a lid 2: {0} staat in de tabel")
    @EnumSource(KwalificatieplichtVervallen.class)
    void elkeGrondVanHetContractStaatInDeTabel(KwalificatieplichtVervallen grond) {
        assertThat(fase(LocalDate.of(2009, 3, 15), LocalDate.of(2025, 8, 1), null, null, grond.name())
                .getFirstResult().getEntryMap()).containsEntry("faseReden", "ART_4A_LID_2");
    }

    /**
     * MAS §2: the table's own ages are those of {@link Leeftijd#op} (which the routing and the hand-off at 18 use):
     * for every birthday of four years, including 29 February, the day before and on the 18th birthday.
     */
    @Test
    void achttienJaarValtSamenMetLeeftijdOp() {
        for (LocalDate geboren = LocalDate.of(2006, 1, 1); geboren.isBefore(LocalDate.of(2010, 1, 1));
             geboren = geboren.plusDays(1)) {
            for (LocalDate peildatum : new LocalDate[] {geboren.plusYears(18).minusDays(1), geboren.plusYears(18),
                    geboren.plusYears(18).plusDays(1)}) {
                String verwacht = Leeftijd.op(geboren, peildatum) >= 18 ? "GEEN" : "KWALIFICATIEPLICHTIG";
                assertThat(fase(geboren, peildatum, null, null, null).getFirstResult().getEntryMap())
                        .as("geboren %s, peildatum %s", geboren, peildatum)
                        .containsEntry(Leerplichtfase.FASE, verwacht);
            }
        }
    }
}
