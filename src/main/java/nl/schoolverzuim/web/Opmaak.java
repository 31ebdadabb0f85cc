package nl.schoolverzuim.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Termijnen;

/**
 * Dates and times as Dutch readers expect them, in Europe/Amsterdam; the templates call it as {@code @opmaak}.
 */
@Component("opmaak")
public class Opmaak {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", NL);

    public String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    public String datum(Instant moment) {
        return moment == null ? "" : DATUM.format(moment.atZone(Termijnen.ZONE));
    }

    public String tijd(Instant moment) {
        return moment == null ? "" : TIJD.format(moment.atZone(Termijnen.ZONE));
    }
}
