package nl.schoolverzuim.brieven;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;

/**
 * The letter templates of {@code brieven/}: Mustache, which has no logic, so a template cannot run code (ADR 0013).
 * Every field is HTML-escaped; a template that asks for an unescaped field ({{{x}}}, {{&x}}) or changes the
 * delimiters (which would hide that) is refused. A letter is {@code brieven/<soort>.html}; a part shared by the
 * letters (letterhead, signature, style) is a file starting with {@code _}, included as {{> _briefhoofd}}. A gemeente
 * overrides any of them with the same name in {@code brieven/gemeenten/<gemeente>/}.
 */
final class Sjablonen {

    static final String MAP = "brieven/";
    static final String GEMEENTEN = MAP + "gemeenten/";

    /** The letters of the contract between the models and the process bean {@code brief}. */
    static final List<String> SOORTEN = List.of("uitnodiging-verzuimgesprek", "waarschuwing", "afsprakenbrief",
            "informatieve-brief", "beschikking-vrijstelling", "beschikking-verlof");

    private static final Pattern ONVEILIG = Pattern.compile("\\{\\{\\s*[{&=]");

    /** Where the templates are read: the werkproces's deployment, or the classpath. */
    interface Bron {
        Optional<String> lees(String resource);

        /** A name for the version of the templates this source holds (the deployment id). */
        String versie();
    }

    record Gerenderd(String sjabloon, String versie, String html) {
    }

    /** A template that cannot be read, is unsafe or does not render; {@code sjabloon} names the file. */
    static final class SjabloonFout extends RuntimeException {
        private final String sjabloon;

        SjabloonFout(String sjabloon, String reden, Throwable oorzaak) {
            super(reden, oorzaak);
            this.sjabloon = sjabloon;
        }

        String sjabloon() {
            return sjabloon;
        }
    }

    private Sjablonen() {
    }

    /**
     * Renders letter {@code soort} for {@code gemeente} (its key, may be null) with {@code velden}. {@code streng}: a
     * field the template names but {@code velden} lacks is an error (the deploy-time check, with every field), else it
     * prints empty (a werkproces whose step left a variable out still gets its letter).
     */
    static Gerenderd render(Bron bron, String soort, String gemeente, Map<String, Object> velden, boolean streng) {
        String resource = kies(bron, soort + ".html", gemeente)
                .orElseThrow(() -> new SjabloonFout(MAP + soort + ".html", "sjabloon bestaat niet", null));
        String[] bezig = {resource};
        try {
            Mustache.Compiler basis = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true);
            Mustache.Compiler compiler = (streng ? basis.nullValue("") : basis.defaultValue(""))
                    .withLoader(naam -> {
                        String deel = kies(bron, naam.contains(".") ? naam : naam + ".html", gemeente)
                                .orElseThrow(() -> new SjabloonFout(MAP + naam, "onderdeel {{> " + naam
                                        + "}} bestaat niet", null));
                        bezig[0] = deel;
                        return lees(bron, deel);
                    });
            String html = compiler.compile(lees(bron, resource)).execute(velden);
            return new Gerenderd(resource, bron.versie(), html);
        } catch (SjabloonFout e) {
            throw e;
        } catch (MustacheException | IllegalArgumentException e) {
            throw new SjabloonFout(bezig[0], e.getMessage(), e);
        }
    }

    /** The gemeente's own file when it has one, else the default. */
    static Optional<String> kies(Bron bron, String bestand, String gemeente) {
        if (gemeente != null) {
            String eigen = GEMEENTEN + gemeente + "/" + bestand;
            if (bron.lees(eigen).isPresent()) {
                return Optional.of(eigen);
            }
        }
        String standaard = MAP + bestand;
        return bron.lees(standaard).isPresent() ? Optional.of(standaard) : Optional.empty();
    }

    private static Reader lees(Bron bron, String resource) {
        String tekst = bron.lees(resource).orElseThrow();
        List<String> onveilig = onveilig(tekst);
        if (!onveilig.isEmpty()) {
            throw new SjabloonFout(resource, "een veld zonder escaping of andere scheidingstekens is niet toegestaan: "
                    + String.join(", ", onveilig), null);
        }
        return new StringReader(tekst);
    }

    /** The tags that would print a field unescaped ({{{x}}}, {{&x}}) or change the delimiters ({{=<% %>=}}). */
    static List<String> onveilig(String sjabloon) {
        List<String> gevonden = new ArrayList<>();
        Matcher m = ONVEILIG.matcher(sjabloon);
        while (m.find()) {
            int einde = sjabloon.indexOf("}}", m.start());
            gevonden.add(sjabloon.substring(m.start(), einde < 0 ? Math.min(sjabloon.length(), m.start() + 20)
                    : Math.min(einde + 3, sjabloon.length())));
        }
        return gevonden;
    }
}
