package nl.schoolverzuim.domein;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reading process variables the way forms and intake write them. A missing required value refuses the completion
 * with a Dutch message (Tasklist shows it) instead of storing half a step.
 */
public final class Variabelen {

    // What every werkproces carries from its start (dossier.WerkprocesStarter), a copy of its Dossier and
    // organisation that models, forms, the read model and the history level know by these names.
    public static final String JONGERE_NAAM = "jongereNaam";
    public static final String GEBOORTEDATUM = "geboortedatum";
    public static final String LEEFTIJD = "leeftijd";
    public static final String VERZUIMSOORT = "verzuimsoort";
    public static final String GEMEENTE = "gemeente";
    public static final String SCHOOL_NAAM = "schoolNaam";
    public static final String WERKPROCES_ID = "werkprocesId";
    public static final String DOSSIER_ID = "dossierId";
    public static final String KANDIDAAT_GROEP = "kandidaatGroep";
    public static final String TEAMLEIDER_GROEP = "teamleiderGroep";
    /**
     * The de-registration date a VSV melding (or the hand-off at 18) brings to a running werkproces it joins; its own
     * name, so it never overwrites the {@code uitschrijfdatum} that werkproces started with.
     */
    public static final String NIEUWE_UITSCHRIJFDATUM = "nieuweMeldingUitschrijfdatum";
    public static final String REGIO = "regio";
    public static final String BOVENGRENS_LEEFTIJD = "bovengrensLeeftijd";

    private Variabelen() {
    }

    public static String tekst(VariableScope scope, String naam) {
        Object waarde = scope.getVariable(naam);
        return waarde == null || waarde.toString().isBlank() ? null : waarde.toString().trim();
    }

    public static String verplicht(VariableScope scope, String naam) {
        String waarde = tekst(scope, naam);
        if (waarde == null) {
            throw new Weigering(naam, "Veld '" + naam + "' is verplicht.");
        }
        return waarde;
    }

    /**
     * A required choice from a fixed closed list of a form, read as its enum; a value outside the list (a form or
     * client that sends another code) refuses the completion with a Dutch message, never a server error. The lists a
     * procesontwerper changes are code lists ({@link Codelijsten}).
     */
    public static <E extends Enum<E>> E keuze(VariableScope scope, String naam, Class<E> lijst) {
        String waarde = verplicht(scope, naam);
        for (E mogelijk : lijst.getEnumConstants()) {
            if (mogelijk.name().equals(waarde)) {
                return mogelijk;
            }
        }
        throw new Weigering(naam, "Veld '" + naam + "' heeft geen geldige keuze; kies uit: "
                + String.join(", ", Arrays.stream(lijst.getEnumConstants()).map(Enum::name).toList()) + ".");
    }

    public static boolean waar(VariableScope scope, String naam) {
        return Boolean.TRUE.equals(scope.getVariable(naam));
    }

    /** A calendar day as the engine stores dates: the start of that day in the Netherlands. */
    public static Date alsDate(LocalDate datum) {
        return Date.from(datum.atStartOfDay(Termijnen.ZONE).toInstant());
    }

    /** A date from a form (java.util.Date or ISO text, possibly with a time) or from Java; Dutch calendar day. */
    public static LocalDate datum(Object waarde) {
        if (waarde instanceof LocalDate datum) {
            return datum;
        }
        if (waarde instanceof java.sql.Date datum) {
            return datum.toLocalDate(); // its toInstant() is not supported
        }
        if (waarde instanceof Date datum) {
            return datum.toInstant().atZone(Termijnen.ZONE).toLocalDate();
        }
        if (waarde instanceof String tekst && tekst.length() >= 10) {
            return LocalDate.parse(tekst.substring(0, 10));
        }
        throw new IllegalArgumentException("Geen datum: " + waarde);
    }
}
