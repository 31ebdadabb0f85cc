package nl.schoolverzuim.domein;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Werkdagen as MAS §5 counts them: weekends and the general holidays of the Algemene termijnenwet (art. 3) skipped.
 * Those are Nieuwjaarsdag, tweede Paas- en Pinksterdag, Hemelvaartsdag, Koningsdag, 5 mei and both Kerstdagen;
 * Goede Vrijdag is not one of them.
 */
public final class Werkdagen {

    private static final Set<MonthDay> VASTE_FEESTDAGEN = Set.of(
            MonthDay.of(1, 1), MonthDay.of(5, 5), MonthDay.of(12, 25), MonthDay.of(12, 26));

    public boolean isWerkdag(LocalDate datum) {
        DayOfWeek dag = datum.getDayOfWeek();
        return dag != DayOfWeek.SATURDAY && dag != DayOfWeek.SUNDAY && !isFeestdag(datum);
    }

    public boolean isFeestdag(LocalDate datum) {
        if (VASTE_FEESTDAGEN.contains(MonthDay.from(datum)) || datum.equals(koningsdag(datum.getYear()))) {
            return true;
        }
        LocalDate pasen = eerstePaasdag(datum.getYear());
        return datum.equals(pasen.plusDays(1)) || datum.equals(pasen.plusDays(39)) || datum.equals(pasen.plusDays(50));
    }

    /** The date {@code aantal} werkdagen after {@code vanaf}; the start day itself never counts. */
    public LocalDate plusWerkdagen(LocalDate vanaf, int aantal) {
        if (aantal < 0) {
            throw new IllegalArgumentException("aantal werkdagen moet 0 of meer zijn: " + aantal);
        }
        LocalDate datum = vanaf;
        int geteld = 0;
        while (geteld < aantal) {
            datum = datum.plusDays(1);
            if (isWerkdag(datum)) {
                geteld++;
            }
        }
        return datum;
    }

    /** The date {@code aantal} werkdagen before {@code vanaf}. */
    public LocalDate minWerkdagen(LocalDate vanaf, int aantal) {
        LocalDate datum = vanaf;
        int geteld = 0;
        while (geteld < aantal) {
            datum = datum.minusDays(1);
            if (isWerkdag(datum)) {
                geteld++;
            }
        }
        return datum;
    }

    /** 27 April, or the Saturday before when it falls on a Sunday (Wet vaststelling Koningsdag). */
    static LocalDate koningsdag(int jaar) {
        LocalDate dag = LocalDate.of(jaar, 4, 27);
        return dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag;
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
