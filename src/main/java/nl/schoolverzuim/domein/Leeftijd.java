package nl.schoolverzuim.domein;

import java.time.LocalDate;
import java.time.Period;

public final class Leeftijd {

    private Leeftijd() {
    }

    /** Age in whole years on {@code peildatum} (a Jongere born 29 February turns a year older on 1 March). */
    public static int op(LocalDate geboortedatum, LocalDate peildatum) {
        return Period.between(geboortedatum, peildatum).getYears();
    }
}
