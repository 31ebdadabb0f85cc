package nl.schoolverzuim.domein;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/** A school year, 1 August to 31 July (MAS §2, §9). */
public record Schooljaar(LocalDate begin, LocalDate einde) {

    public static Schooljaar van(LocalDate datum) {
        int beginjaar = datum.getMonthValue() >= Month.AUGUST.getValue() ? datum.getYear() : datum.getYear() - 1;
        return new Schooljaar(LocalDate.of(beginjaar, Month.AUGUST, 1), LocalDate.of(beginjaar + 1, Month.JULY, 31));
    }

    /**
     * The school year a request names as {@code JJJJ-JJJJ} (two consecutive years), or null after adding to
     * {@code fouten} a Dutch message naming parameter {@code schooljaar}.
     */
    public static Schooljaar uitTekst(String waarde, List<VeldFout> fouten) {
        String tekst = waarde == null ? "" : waarde.strip();
        if (tekst.isEmpty()) {
            fouten.add(new VeldFout("schooljaar", "is verplicht, in de vorm JJJJ-JJJJ"));
            return null;
        }
        if (!tekst.matches("\\d{4}-\\d{4}")
                || Integer.parseInt(tekst.substring(5)) != Integer.parseInt(tekst.substring(0, 4)) + 1) {
            fouten.add(new VeldFout("schooljaar", "is geen schooljaar (JJJJ-JJJJ, twee opeenvolgende jaren)"));
            return null;
        }
        return van(LocalDate.of(Integer.parseInt(tekst.substring(0, 4)), Month.AUGUST, 1));
    }

    /** The school year before this one. */
    public Schooljaar vorige() {
        return van(begin.minusYears(1));
    }

    public boolean bevat(LocalDate datum) {
        return !datum.isBefore(begin) && !datum.isAfter(einde);
    }

    @Override
    public String toString() {
        return begin.getYear() + "-" + einde.getYear();
    }
}
