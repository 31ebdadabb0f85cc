package nl.schoolverzuim.domein;

import java.time.LocalDate;
import java.time.Month;

/** A school year, 1 August to 31 July (MAS §2, §9). */
public record Schooljaar(LocalDate begin, LocalDate einde) {

    public static Schooljaar van(LocalDate datum) {
        int beginjaar = datum.getMonthValue() >= Month.AUGUST.getValue() ? datum.getYear() : datum.getYear() - 1;
        return new Schooljaar(LocalDate.of(beginjaar, Month.AUGUST, 1), LocalDate.of(beginjaar + 1, Month.JULY, 31));
    }

    public boolean bevat(LocalDate datum) {
        return !datum.isBefore(begin) && !datum.isAfter(einde);
    }

    @Override
    public String toString() {
        return begin.getYear() + "-" + einde.getYear();
    }
}
