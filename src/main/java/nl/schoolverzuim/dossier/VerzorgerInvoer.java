package nl.schoolverzuim.dossier;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import nl.schoolverzuim.domein.VeldFout;

/**
 * An ouder/verzorger as a melding ({@code ouders} of meldingen.md) or the officer's form on the Dossier page gives it,
 * not yet checked. One set of rules for both ways in, so a page never accepts what the intake refuses or the reverse.
 * The address is all or nothing: a letter needs straat, huisnummer, postcode and woonplaats.
 */
public record VerzorgerInvoer(String naam, String straat, String huisnummer, String postcode, String woonplaats,
                              String telefoon, String email, Boolean gezag) {

    /** The fields of the address, as {@link #gecontroleerd} names them. */
    public static final List<String> ADRESVELDEN = List.of("straat", "huisnummer", "postcode", "woonplaats");

    /** A Dutch postcode: four digits, the first not 0, and two letters; a space between is optional on input. */
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    /** A house number with an optional addition: "12", "12a", "12-3", "12 bis". */
    private static final Pattern HUISNUMMER = Pattern.compile("[1-9][0-9]{0,4}( ?-? ?[A-Za-z0-9]{1,6})?");
    /** A local part, then domain labels (letters, digits, inner hyphens) ending in a top-level domain of letters. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@"
            + "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");
    private static final Pattern TELEFOON = Pattern.compile("\\+?[0-9][0-9 ()-]*[0-9]");

    @Override
    public String toString() {
        return "VerzorgerInvoer[...]";
    }

    /** Whether any field of the address is filled in. */
    public boolean heeftAdres() {
        return leegAlsNull(straat) != null || leegAlsNull(huisnummer) != null || leegAlsNull(postcode) != null
                || leegAlsNull(woonplaats) != null;
    }

    /**
     * This input trimmed, blanks as null and the postcode as "9999 XX", or null after adding to {@code fouten} one
     * Dutch message per bad field, named by {@code veld} (e.g. "postcode" → "ouders[0].adres.postcode"). With
     * {@code adres} every address field is required. Messages never repeat the value.
     */
    public VerzorgerInvoer gecontroleerd(boolean adres, UnaryOperator<String> veld, List<VeldFout> fouten) {
        int eerder = fouten.size();
        String naam = tekst(this.naam, "naam", 200, true, veld, fouten);
        String straat = tekst(this.straat, "straat", 200, adres, veld, fouten);
        String huisnummer = tekst(this.huisnummer, "huisnummer", 16, adres, veld, fouten);
        if (huisnummer != null && !HUISNUMMER.matcher(huisnummer).matches()) {
            fouten.add(new VeldFout(veld.apply("huisnummer"),
                    "is geen huisnummer: een getal, eventueel met een toevoeging (12, 12a, 12-3)"));
        }
        String postcode = tekst(this.postcode, "postcode", 16, adres, veld, fouten);
        var vorm = postcode == null ? null : POSTCODE.matcher(postcode);
        if (vorm != null && !vorm.matches()) {
            fouten.add(new VeldFout(veld.apply("postcode"),
                    "is geen postcode: vier cijfers en twee letters (7001 AB)"));
        }
        String woonplaats = tekst(this.woonplaats, "woonplaats", 100, adres, veld, fouten);
        String telefoon = tekst(this.telefoon, "telefoon", 32, false, veld, fouten);
        if (telefoon != null
                && (!TELEFOON.matcher(telefoon).matches() || cijfers(telefoon) < 8 || cijfers(telefoon) > 15)) {
            fouten.add(new VeldFout(veld.apply("telefoon"),
                    "is geen telefoonnummer: 8 tot 15 cijfers, eventueel met +, spaties, streepjes of haakjes"));
        }
        String email = tekst(this.email, "email", 254, false, veld, fouten);
        if (email != null && !EMAIL.matcher(email).matches()) {
            fouten.add(new VeldFout(veld.apply("email"), "is geen geldig e-mailadres (naam@voorbeeld.nl)"));
        }
        if (fouten.size() > eerder) {
            return null;
        }
        return new VerzorgerInvoer(naam, straat, huisnummer,
                postcode == null ? null : vorm.group(1) + " " + vorm.group(2).toUpperCase(Locale.ROOT),
                woonplaats, telefoon, email, gezag);
    }

    /**
     * What identifies an ouder/verzorger within one Dossier: the name in lower case with single spaces. A repeated
     * melding naming the same ouder finds their row by it (ADR 0026).
     */
    static String sleutel(String naam) {
        return leegAlsNull(naam).replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").toLowerCase(Locale.ROOT);
    }

    private static String tekst(String waarde, String naam, int lengte, boolean verplicht, UnaryOperator<String> veld,
                                List<VeldFout> fouten) {
        String tekst = leegAlsNull(waarde);
        if (tekst == null && verplicht) {
            fouten.add(new VeldFout(veld.apply(naam), ADRESVELDEN.contains(naam)
                    ? "is verplicht in een adres (straat, huisnummer, postcode en woonplaats)" : "is verplicht"));
        } else if (tekst != null && tekst.length() > lengte) {
            fouten.add(new VeldFout(veld.apply(naam), "mag hoogstens " + lengte + " tekens lang zijn"));
            return null;
        }
        return tekst;
    }

    private static long cijfers(String tekst) {
        return tekst.chars().filter(Character::isDigit).count();
    }

    /** Without the spaces around it (also no-break and other Unicode spaces), or null when nothing else is left. */
    static String leegAlsNull(String waarde) {
        if (waarde == null) {
            return null;
        }
        int begin = 0;
        int eind = waarde.length();
        while (begin < eind && spatie(waarde.charAt(begin))) {
            begin++;
        }
        while (eind > begin && spatie(waarde.charAt(eind - 1))) {
            eind--;
        }
        return begin == eind ? null : waarde.substring(begin, eind);
    }

    private static boolean spatie(char teken) {
        return Character.isWhitespace(teken) || Character.isSpaceChar(teken) || teken == '\u200B' || teken == '\uFEFF';
    }
}
