package nl.schoolverzuim.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.LaatsteVersies;

/** Which due dates are overdue by a termijn at a moment: the escalation to the teamleider (MAS §5). */
class TermijnenTest {

    private static final Termijnen TERMIJNEN = new Termijnen(new Werkdagen(), new DecisionCache(new LaatsteVersies()));
    private static final Termijnen.Termijn VIJF_WERKDAGEN = new Termijnen.Termijn(5, Termijnen.Eenheid.WERKDAGEN);

    static Instant op(LocalDateTime moment) {
        return moment.atZone(Termijnen.ZONE).toInstant();
    }

    @Test
    void eenVervaldatumIsVijfWerkdagenVerlopenAanHetEindeVanDeVijfdeWerkdag() {
        assertThat(TERMIJNEN.laatsteBeginVerlopenOp(VIJF_WERKDAGEN, op(LocalDate.of(2026, 3, 16).atTime(17, 0))))
                .isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(TERMIJNEN.laatsteBeginVerlopenOp(VIJF_WERKDAGEN, op(LocalDate.of(2026, 3, 16).atTime(16, 59))))
                .as("een minuut eerder: een vervaldatum op zondag 8 maart (verlopen vrijdag 13 maart)")
                .isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(TERMIJNEN.laatsteBeginVerlopenOp(VIJF_WERKDAGEN, op(LocalDate.of(2026, 3, 15).atTime(12, 0))))
                .isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void tweedePaasdagTeltNietGoedeVrijdagWel() {
        // 31 March 2026 + 5 werkdagen: 1, 2, 3 (Goede Vrijdag), 7, 8 April; 6 April is tweede Paasdag.
        assertThat(TERMIJNEN.laatsteBeginVerlopenOp(VIJF_WERKDAGEN, op(LocalDate.of(2026, 4, 8).atTime(17, 0))))
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(TERMIJNEN.laatsteBeginVerlopenOp(VIJF_WERKDAGEN, op(LocalDate.of(2026, 4, 7).atTime(17, 0))))
                .isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void maandenTellenOpDezelfdeDagVanDeMaand() {
        Termijnen.Termijn maand = new Termijnen.Termijn(1, Termijnen.Eenheid.MAANDEN);
        assertThat(TERMIJNEN.laatsteBeginVerlopenOp(maand, op(LocalDate.of(2026, 3, 31).atTime(17, 0))))
                .as("28 februari + 1 maand is 28 maart, 1 maart + 1 maand is 1 april").isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    // MAS §5: the thuiszitters overview every 3 months from 1 January: 1 January, April, July, October.
    void eenCyclusVanDrieMaandenHeeftVierPeildataPerJaar() {
        Termijnen.Termijn drieMaanden = new Termijnen.Termijn(3, Termijnen.Eenheid.MAANDEN);
        LocalDate nieuwjaar = LocalDate.of(2026, 1, 1);
        assertThat(nieuwjaar.datesUntil(LocalDate.of(2027, 1, 1)).filter(d -> TERMIJNEN.inReeks(nieuwjaar, drieMaanden, d)))
                .containsExactly(nieuwjaar, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1));
        Termijnen.Termijn maand = new Termijnen.Termijn(1, Termijnen.Eenheid.MAANDEN);
        assertThat(TERMIJNEN.inReeks(LocalDate.of(2026, 1, 31), maand, LocalDate.of(2026, 3, 31)))
                .as("elke datum vanaf het begin: 31 januari, 28 februari, 31 maart").isTrue();
        assertThat(TERMIJNEN.inReeks(nieuwjaar, maand, LocalDate.of(2026, 5, 2))).isFalse();
    }

    @Test
    void eenCyclusZonderLengteWordtGeweigerd() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TERMIJNEN.inReeks(LocalDate.of(2026, 1, 1),
                new Termijnen.Termijn(0, Termijnen.Eenheid.MAANDEN), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
