package nl.schoolverzuim.brieven;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.schoolverzuim.domein.Termijnen;

/**
 * The fields a letter template reads (documented in docs/modellen.md). Every key is always present, null when
 * unknown, so a misspelt field in a template fails at deployment, while an unknown value prints empty.
 */
final class Briefvelden {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ISO_DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    record Jongere(String voornaam, String achternaam, LocalDate geboortedatum, boolean twaalfPlus) {
    }

    record Ambtenaar(String naam, String functie, String telefoon, String email) {
    }

    private Briefvelden() {
    }

    static Map<String, Object> van(String kenmerk, LocalDate datum, String gemeente, Jongere jongere,
                                   List<Map<String, Object>> ouders, Ambtenaar ambtenaar, String school,
                                   Map<String, Object> variabelen, String extraAlinea) {
        Map<String, Object> velden = new HashMap<>();
        velden.put("datum", DATUM.format(datum));
        velden.put("kenmerk", kenmerk);
        velden.put("gemeente", Map.of("naam", gemeente));
        Map<String, Object> j = new HashMap<>();
        j.put("naam", (jongere.voornaam() + " " + jongere.achternaam()).strip());
        j.put("voornaam", jongere.voornaam());
        j.put("achternaam", jongere.achternaam());
        j.put("geboortedatum", jongere.geboortedatum() == null ? null : DATUM.format(jongere.geboortedatum()));
        j.put("twaalfPlus", jongere.twaalfPlus());
        velden.put("jongere", j);
        velden.put("ouders", ouders);
        velden.put("adres", adres(ouders));
        Map<String, Object> a = new HashMap<>();
        a.put("naam", ambtenaar.naam());
        a.put("functie", ambtenaar.functie());
        a.put("telefoon", ambtenaar.telefoon());
        a.put("email", ambtenaar.email());
        velden.put("ambtenaar", a);
        Map<String, Object> s = new HashMap<>();
        s.put("naam", school);
        velden.put("school", s);
        Map<String, Object> gegevens = new HashMap<>();
        Map<String, Object> keuze = new HashMap<>();
        variabelen.forEach((naam, waarde) -> {
            Object leesbaar = leesbaar(waarde);
            if (leesbaar != null) {
                gegevens.put(naam, leesbaar);
            }
            if (waarde instanceof String code && CODE.matcher(code).matches()) {
                keuze.put(naam, Map.of(code, true));
            }
        });
        velden.put("gegevens", gegevens);
        velden.put("keuze", keuze);
        velden.put("extraAlinea", extraAlinea);
        return velden;
    }

    /**
     * The first ouder with a postal address, named together with the other ouders at that address: the address block.
     * Null when no ouder has an address (the template prints its placeholder; the letter cannot become final).
     */
    static Map<String, Object> adres(List<Map<String, Object>> ouders) {
        Map<String, Object> eerste = ouders.stream().filter(OudersBron::heeftAdres).findFirst().orElse(null);
        if (eerste == null) {
            return null;
        }
        Map<String, Object> adres = new LinkedHashMap<>(eerste);
        adres.put("naam", ouders.stream().filter(o -> OudersBron.heeftAdres(o) && zelfdeAdres(o, eerste))
                .map(o -> String.valueOf(o.get("naam"))).collect(Collectors.joining(" en ")));
        return adres;
    }

    private static boolean zelfdeAdres(Map<String, Object> a, Map<String, Object> b) {
        return String.valueOf(a.get("postcode")).equalsIgnoreCase(String.valueOf(b.get("postcode")))
                && String.valueOf(a.get("huisnummer")).equalsIgnoreCase(String.valueOf(b.get("huisnummer")));
    }

    /** Simple values as the letter prints them: dates in Dutch, others as text; lists, maps and files are left out. */
    private static Object leesbaar(Object waarde) {
        if (waarde instanceof Date d) {
            return DATUM.format(d.toInstant().atZone(Termijnen.ZONE).toLocalDate());
        }
        if (waarde instanceof LocalDate d) {
            return DATUM.format(d);
        }
        if (waarde instanceof String tekst && ISO_DATUM.matcher(tekst).matches()) {
            try {
                return DATUM.format(LocalDate.parse(tekst.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return tekst;
            }
        }
        if (waarde instanceof String || waarde instanceof Number || waarde instanceof Boolean) {
            return waarde;
        }
        return null;
    }
}
