package nl.schoolverzuim.brieven;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import nl.schoolverzuim.engine.BestandsControle;
import nl.schoolverzuim.engine.Bevinding;

/**
 * The deploy-time check of the letter templates (ADR 0025): every letter of the contract exists, no template prints a
 * field unescaped, and every letter renders, for the default and for each gemeente with overrides, with sample data
 * through the PDF renderer. A template that fails refuses the whole deployment with the file and the reason, so
 * running werkprocessen keep the previous version.
 */
@Component
class BriefControle implements BestandsControle {

    @Override
    public List<Bevinding> controleer(Map<String, byte[]> bestanden) {
        Map<String, String> sjablonen = new LinkedHashMap<>();
        bestanden.forEach((naam, inhoud) -> {
            if (naam.startsWith(Sjablonen.MAP)) {
                sjablonen.put(naam, new String(inhoud, StandardCharsets.UTF_8));
            }
        });
        if (sjablonen.isEmpty()) {
            return List.of();
        }
        List<Bevinding> bevindingen = new ArrayList<>();
        sjablonen.forEach((naam, tekst) -> {
            List<String> onveilig = Sjablonen.onveilig(tekst);
            if (!onveilig.isEmpty()) {
                bevindingen.add(new Bevinding(naam, "-", "een veld zonder escaping of andere scheidingstekens is niet "
                        + "toegestaan: " + String.join(", ", onveilig)));
            }
        });
        for (String soort : Sjablonen.SOORTEN) {
            if (!sjablonen.containsKey(Sjablonen.MAP + soort + ".html")) {
                bevindingen.add(new Bevinding(Sjablonen.MAP + soort + ".html", "-", "de brief '" + soort
                        + "' ontbreekt; de modellen maken haar met ${brief.opstellen(execution, '" + soort + "')}"));
            }
        }
        if (!bevindingen.isEmpty()) {
            return bevindingen;
        }
        Sjablonen.Bron bron = BriefBronnen.bron(sjablonen, "controle");
        TreeSet<String> gemeenten = new TreeSet<>();
        TreeSet<String> brieven = new TreeSet<>();
        for (String naam : sjablonen.keySet()) {
            String bestand = naam.substring(naam.lastIndexOf('/') + 1);
            if (naam.startsWith(Sjablonen.GEMEENTEN)) {
                gemeenten.add(naam.substring(Sjablonen.GEMEENTEN.length(), naam.lastIndexOf('/')));
            }
            if (bestand.endsWith(".html") && !bestand.startsWith("_")) {
                brieven.add(bestand.substring(0, bestand.length() - ".html".length()));
            }
        }
        List<String> allen = new ArrayList<>();
        allen.add(null);
        allen.addAll(gemeenten);
        for (String gemeente : allen) {
            for (String brief : brieven) {
                if (Sjablonen.kies(bron, brief + ".html", gemeente).isEmpty()) {
                    continue; // a gemeente's own letter that no default has: checked under its gemeente
                }
                controleer(bron, brief, gemeente).ifPresent(bevindingen::add);
            }
        }
        return bevindingen;
    }

    private static java.util.Optional<Bevinding> controleer(Sjablonen.Bron bron, String brief, String gemeente) {
        String sjabloon = Sjablonen.kies(bron, brief + ".html", gemeente).orElseThrow();
        try {
            Sjablonen.Gerenderd html = Sjablonen.render(bron, brief, gemeente, voorbeeld(), true);
            Pdf.van(html.html());
            return java.util.Optional.empty();
        } catch (Sjablonen.SjabloonFout e) {
            return java.util.Optional.of(new Bevinding(e.sjabloon(), "-", reden(brief, gemeente, e.getMessage())));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(new Bevinding(sjabloon, "-", reden(brief, gemeente, e.getMessage())));
        }
    }

    private static String reden(String brief, String gemeente, String reden) {
        return "de brief '" + brief + "'" + (gemeente == null ? "" : " van gemeente " + gemeente)
                + " is niet op te maken: " + reden;
    }

    /** Sample data with every field a template may read (docs/modellen.md, "Brieven"). */
    static Map<String, Object> voorbeeld() {
        Map<String, Object> ouder = new HashMap<>();
        ouder.put("naam", "J. de Vries");
        ouder.put("straat", "Dorpsstraat");
        ouder.put("huisnummer", "12a");
        ouder.put("postcode", "7001 AB");
        ouder.put("woonplaats", "Doetinchem");
        ouder.put("telefoon", "0314 123456");
        ouder.put("email", "ouder@example.org");
        ouder.put("gezag", true);
        return Briefvelden.van("W1", LocalDate.of(2026, 9, 1), "Voorbeeldgemeente",
                new Briefvelden.Jongere("Sam", "de Vries", LocalDate.of(2012, 3, 4), true), List.of(ouder),
                new Briefvelden.Ambtenaar("A. Ambtenaar", "Leerplichtambtenaar", "14 0314", "lpa@example.org"),
                "Het Voorbeeldcollege", voorbeeldVariabelen(), "Een extra alinea.");
    }

    /** The process variables the default letters read (the contract of the models with the letters). */
    static Map<String, Object> voorbeeldVariabelen() {
        Map<String, Object> variabelen = new HashMap<>();
        for (String veld : List.of("verzuimfeiten", "afspraken", "informatie", "grond", "motivering", "reden")) {
            variabelen.put(veld, "Voorbeeldtekst voor " + veld);
        }
        for (String veld : List.of("gesprekDatum", "ingangsdatum", "einddatum", "besluitdatum", "van", "tot")) {
            variabelen.put(veld, "2026-09-01");
        }
        variabelen.put("schooldagen", 12);
        variabelen.put("onderzoeksuitkomst", "SCHRIFTELIJKE_WAARSCHUWING");
        variabelen.put("besluit", "VERLENEN");
        return variabelen;
    }
}
