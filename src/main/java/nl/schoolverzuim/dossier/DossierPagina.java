package nl.schoolverzuim.dossier;

import static nl.schoolverzuim.kernel.Html.html;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.kernel.Termijnen;

/**
 * The Dossier as a page, opened from the link in every task form in Tasklist: the Jongere, meldingen, werkprocessen
 * with their open steps (linked back to Tasklist), the modules' sections and the timeline. Same access check and
 * access log as the API (MAS §10).
 */
@RestController
class DossierPagina {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("nl-NL"))
            .withZone(Termijnen.ZONE);

    private final DossierLezer lezer;
    private final ObjectMapper json;

    DossierPagina(DossierLezer lezer, ObjectMapper json) {
        this.lezer = lezer;
        this.json = json;
    }

    @GetMapping(value = "/dossiers/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String pagina(@PathVariable Long id) {
        DossierView dossier = lezer.lees(id, "/dossiers/{id}");
        DossierView.JongereView j = dossier.jongere();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Dossier %s</title>
                <style>body{font-family:sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;margin-bottom:1rem}
                td,th{border-bottom:1px solid #ccc;padding:.3rem .7rem;text-align:left;vertical-align:top}dt{font-weight:bold}
                dd{margin:0 0 .4rem 1rem}h2{margin-top:2rem}</style></head><body>
                """.formatted(html(j.voornaam() + " " + j.achternaam())));
        html.append("<h1>Dossier ").append(html(j.voornaam() + " " + j.achternaam())).append("</h1><p>Geboren ")
                .append(j.geboortedatum()).append(" (").append(j.leeftijd()).append(" jaar), ").append(html(j.woongemeente()))
                .append(", regio ").append(html(j.regio())).append(j.bsn() == null ? "" : ", BSN " + html(j.bsn()))
                .append("</p>");
        html.append("<h2>Meldingen</h2><table><tr><th>Datum</th><th>Verzuimsoort</th><th>School</th><th>Uren</th><th>Keren te laat</th><th>Meldingnummer</th></tr>");
        dossier.meldingen().forEach(m -> html.append("<tr><td>").append(m.meldingsdatum()).append("</td><td>")
                .append(html(m.verzuimsoort())).append("</td><td>").append(tekst(m.school())).append("</td><td>")
                .append(m.urenVerzuim()).append("</td><td>").append(m.kerenTeLaat()).append("</td><td>")
                .append(tekst(m.meldingnummer())).append("</td></tr>"));
        html.append("</table><h2>Werkprocessen</h2><table><tr><th>Werkproces</th><th>Team</th><th>Gestart</th><th>Status</th><th>Open stappen</th></tr>");
        dossier.werkprocessen().forEach(w -> {
            html.append("<tr><td>").append(html(w.procesKey())).append(" (").append(w.id()).append(")</td><td>")
                    .append(html(w.kandidaatGroep())).append("</td><td>").append(tijd(w.gestartOp())).append("</td><td>")
                    .append(w.status()).append(w.resultaat() == null ? "" : ": " + html(w.resultaat())).append("</td><td>");
            w.huidigeStappen().forEach(s -> html.append("<a href=\"/camunda/app/tasklist/default/#/?task=").append(s.taakId())
                    .append("\">").append(html(s.naam())).append("</a>")
                    .append(s.vervaldatum() == null ? "" : " (uiterlijk " + tijd(s.vervaldatum()) + ")").append("<br>"));
            html.append("</td></tr>");
        });
        html.append("</table>");
        for (Map.Entry<String, Object> onderdeel : dossier.onderdelen().entrySet()) {
            html.append("<h2>").append(html(kop(onderdeel.getKey()))).append("</h2>");
            toon(json.valueToTree(onderdeel.getValue()), html);
        }
        html.append("<h2>Tijdlijn</h2><table>");
        dossier.tijdlijn().forEach(g -> html.append("<tr><td>").append(tijd(g.op())).append("</td><td>")
                .append(html(g.wat())).append("</td></tr>"));
        return html.append("</table></body></html>").toString();
    }

    /** A module's section, whatever its shape: fields as a definition list, lists one after another. */
    private static void toon(JsonNode waarde, StringBuilder html) {
        if (waarde.isObject()) {
            html.append("<dl>");
            for (Iterator<Map.Entry<String, JsonNode>> velden = waarde.fields(); velden.hasNext(); ) {
                Map.Entry<String, JsonNode> veld = velden.next();
                if (veld.getValue().isNull() || veld.getValue().isEmpty() && veld.getValue().isContainerNode()) {
                    continue;
                }
                html.append("<dt>").append(html(kop(veld.getKey()))).append("</dt><dd>");
                toon(veld.getValue(), html);
                html.append("</dd>");
            }
            html.append("</dl>");
        } else if (waarde.isArray()) {
            waarde.forEach(element -> toon(element, html));
        } else {
            html.append("<span style=\"white-space:pre-wrap\">").append(html(waarde.asText())).append("</span><br>");
        }
    }

    /** "routebesluiten" → "Routebesluiten", "vsvTraject" → "Vsv traject". */
    private static String kop(String naam) {
        String woorden = naam.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(woorden.charAt(0)) + woorden.substring(1);
    }

    private static String tijd(Instant op) {
        return op == null ? "" : TIJD.format(op);
    }

    private static String tekst(String waarde) {
        return waarde == null ? "" : html(waarde);
    }
}
