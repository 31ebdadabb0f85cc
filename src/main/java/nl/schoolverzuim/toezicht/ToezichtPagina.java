package nl.schoolverzuim.toezicht;

import static nl.schoolverzuim.kernel.Html.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.kernel.Termijnen;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.toegang.Toegang;

/**
 * {@code /toezicht}: the teamleider's dashboard (issue 7), rendered on the server from the same {@link Toezicht}
 * queries as {@code /api/toezicht}, so page and API show the same numbers. Filtering is a plain GET form; the two
 * actions post JSON to the API with a few lines of script.
 */
@RestController
@PreAuthorize("hasAnyAuthority('teamleider', 'camunda-admin')")
class ToezichtPagina {

    static final int REGELS = 100;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl-NL"));

    private final Toezicht toezicht;
    private final Toegang toegang;
    private final IdentityService identity;
    private final Clock clock;

    ToezichtPagina(Toezicht toezicht, Toegang toegang, IdentityService identity, Clock clock) {
        this.toezicht = toezicht;
        this.toegang = toegang;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping(value = "/toezicht", produces = MediaType.TEXT_HTML_VALUE)
    String pagina(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String stap,
                  @RequestParam(required = false) String behandelaar, Authentication gebruiker) {
        Toezicht.Filter filter = ToezichtController.filter(gemeente, stap, behandelaar, gebruiker);
        Toezicht.Telling totaal = toezicht.totaal(filter);
        List<Toezicht.Telling> perGemeente = toezicht.overzicht(Toezicht.Indeling.GEMEENTE, filter);
        List<Toezicht.Telling> perBehandelaar = toezicht.overzicht(Toezicht.Indeling.BEHANDELAAR, filter);
        List<Toezicht.Telling> perStap = toezicht.overzicht(Toezicht.Indeling.STAP, filter);
        List<Toezicht.TeLaat> teLaat = toezicht.teLaat(filter, 0, REGELS);
        String zoek = query(filter);

        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl">
                <head><meta charset="utf-8"><title>Toezicht op achterstanden</title>
                <style>
                body{font-family:sans-serif;margin:2rem;max-width:78rem;color:#222}
                table{border-collapse:collapse;margin-bottom:1rem}td,th{border-bottom:1px solid #ccc;padding:.3rem .7rem;text-align:left;vertical-align:top}
                .getal{text-align:right;font-variant-numeric:tabular-nums}.te-laat-tekst{color:#b2182b}
                .kerncijfers{display:flex;gap:2rem;margin:1rem 0}.kerncijfers div{border:1px solid #ccc;border-radius:6px;padding:.6rem 1.2rem}
                .kerncijfers .getal{font-size:2rem;font-weight:bold;display:block}
                .filter label,.bijsturen label{margin-right:1rem}.kolommen{display:flex;gap:3rem;flex-wrap:wrap}
                .balk{display:inline-block;height:.8rem;background:#b2182b;vertical-align:middle}
                .bijsturen form{border:1px solid #ccc;border-radius:6px;padding:.8rem;margin-bottom:1rem}
                textarea{width:30rem;height:3rem;vertical-align:top}#melding{font-weight:bold}#melding.fout{color:#b2182b}
                </style>
                </head>
                <body>
                <h1>Toezicht op achterstanden</h1>
                <p>Open en te late taken uit de werkvoorraad van alle teams. Een stap die de escalatietermijn (standaard 5 werkdagen, beslissing <code>mas-termijn</code>, stap ESCALATIE) over de vervaldatum is, komt als <em>Achterstand beoordelen</em> in de Tasklist van de teamleider (MAS §5).</p>
                """);
        filterformulier(html, filter);
        html.append("<div class=\"kerncijfers\"><div><span class=\"getal\" id=\"totaal-open\">").append(totaal.open())
                .append("</span>open taken</div><div><span class=\"getal te-laat-tekst\" id=\"totaal-te-laat\">")
                .append(totaal.teLaat()).append("</span>te laat</div></div>");

        html.append("<h2>Per gemeente</h2>");
        staafdiagram(html, perGemeente);
        html.append("<table id=\"per-gemeente\"><thead><tr><th>Gemeente</th><th class=\"getal\">Open</th><th class=\"getal\">Te laat</th></tr></thead><tbody>");
        for (Toezicht.Telling t : perGemeente) {
            String naam = t.sleutel() == null ? "(onbekend)" : t.sleutel();
            html.append("<tr data-gemeente=\"").append(html(naam)).append("\"><td>")
                    .append(t.sleutel() == null ? naam : link("/toezicht?gemeente=" + url(t.sleutel()), naam))
                    .append("</td><td class=\"getal open\">").append(t.open()).append("</td><td class=\"getal te-laat\">")
                    .append(t.teLaat()).append("</td></tr>");
        }
        html.append(perGemeente.isEmpty() ? "<tr><td colspan=\"3\">Geen open taken.</td></tr>" : "").append("</tbody></table>");

        html.append("<div class=\"kolommen\"><div><h2>Hoe lang te laat</h2><table id=\"ouderdom\"><thead><tr><th>Dagen te laat</th><th class=\"getal\">Taken</th><th></th></tr></thead><tbody>");
        List<Toezicht.Leeftijd> klassen = toezicht.leeftijdsbuckets(filter);
        long meeste = Math.max(1, klassen.stream().mapToLong(Toezicht.Leeftijd::aantal).max().orElse(1));
        for (Toezicht.Leeftijd k : klassen) {
            html.append("<tr data-klasse=\"").append(html(k.klasse())).append("\"><td>").append(html(k.klasse()))
                    .append("</td><td class=\"getal\">").append(k.aantal()).append("</td><td><span class=\"balk\" style=\"width:")
                    .append(k.aantal() * 200 / meeste).append("px\"></span></td></tr>");
        }
        html.append("</tbody></table></div><div>");
        trend(html, filter.gemeente(), filter.groepen());
        html.append("</div></div>");

        html.append("<div class=\"kolommen\"><div><h2>Per behandelaar</h2>");
        tabel(html, "per-behandelaar", "Behandelaar", perBehandelaar, t -> Toezicht.NIET_TOEGEWEZEN.equals(t) ? "niet toegewezen" : t,
                t -> "/toezicht?" + query(new Toezicht.Filter(filter.gemeente(), filter.stap(), t)));
        html.append("</div><div><h2>Per stap</h2>");
        tabel(html, "per-stap", "Stap", perStap, t -> t == null ? "(zonder naam)" : t,
                t -> t == null ? null : "/toezicht?" + query(new Toezicht.Filter(filter.gemeente(), t, filter.behandelaar())));
        html.append("</div></div>");

        html.append("<h2>Te late taken</h2><p>").append(teLaat.size() < totaal.teLaat()
                        ? "De " + teLaat.size() + " langst te late van " + totaal.teLaat() + " taken. " : "")
                .append(link("/api/toezicht/te-laat.csv" + (zoek.isEmpty() ? "" : "?" + zoek), "Alle te late taken als CSV downloaden"))
                .append("</p>");
        html.append("""
                <table id="te-laat"><thead><tr><th><input type="checkbox" id="alle-taken" aria-label="Alle taken kiezen"></th>
                <th>Jongere</th><th>Stap</th><th>Behandelaar</th><th>Gemeente</th><th>Vervaldatum</th><th class="getal">Dagen te laat</th><th></th></tr></thead><tbody>
                """);
        for (Toezicht.TeLaat t : teLaat) {
            html.append("<tr data-taak=\"").append(html(t.taakId())).append("\"><td><input type=\"checkbox\" name=\"taak\" value=\"")
                    .append(html(t.taakId())).append("\" aria-label=\"Kies taak\"></td><td>")
                    .append(t.dossierId() == null ? tekst(t.jongere())
                            : link("/dossiers/" + t.dossierId(), Objects.requireNonNullElse(t.jongere(), "Dossier")))
                    .append("</td><td>").append(tekst(t.stap())).append("</td><td class=\"behandelaar\">")
                    .append(t.behandelaar() == null ? "<em>niet toegewezen</em>" : html(t.behandelaar())).append("</td><td>")
                    .append(tekst(t.gemeente())).append("</td><td>").append(datum(t.vervaldatum()))
                    .append("</td><td class=\"getal te-laat-tekst\">").append(t.dagenTeLaat()).append("</td><td>")
                    .append(link(t.tasklist(), "Openen in Tasklist")).append("</td></tr>");
        }
        html.append(teLaat.isEmpty() ? "<tr><td colspan=\"8\">Geen te late taken.</td></tr>" : "").append("</tbody></table>");

        bijsturen(html, teLaat);
        return html.append("</body></html>").toString();
    }

    private void filterformulier(StringBuilder html, Toezicht.Filter filter) {
        html.append("<form class=\"filter\" method=\"get\" action=\"/toezicht\"><label>Gemeente <select name=\"gemeente\">")
                .append(optie("", "Alle gemeenten", filter.gemeente() == null));
        toegang.gemeentenVan(filter.groepen()).stream().map(Gemeente::getNaam).sorted()
                .forEach(naam -> html.append(optie(naam, naam, naam.equals(filter.gemeente()))));
        html.append("</select></label><label>Stap <select name=\"stap\">").append(optie("", "Alle stappen", filter.stap() == null));
        Stream.concat(toezicht.overzicht(Toezicht.Indeling.STAP, Toezicht.Filter.ALLES.binnen(filter.groepen())).stream().map(Toezicht.Telling::sleutel),
                        Stream.ofNullable(filter.stap()))
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new))
                .forEach(stap -> html.append(optie(stap, stap, stap.equals(filter.stap()))));
        html.append("</select></label><label>Behandelaar <select name=\"behandelaar\">")
                .append(optie("", "Alle behandelaars", filter.behandelaar() == null))
                .append(optie(Toezicht.NIET_TOEGEWEZEN, "Niet toegewezen", Toezicht.NIET_TOEGEWEZEN.equals(filter.behandelaar())));
        Stream.concat(toezicht.overzicht(Toezicht.Indeling.BEHANDELAAR, Toezicht.Filter.ALLES.binnen(filter.groepen())).stream().map(Toezicht.Telling::sleutel),
                        Stream.ofNullable(filter.behandelaar()))
                .filter(b -> !Toezicht.NIET_TOEGEWEZEN.equals(b)).collect(Collectors.toCollection(TreeSet::new))
                .forEach(b -> html.append(optie(b, b, b.equals(filter.behandelaar()))));
        html.append("</select></label><button type=\"submit\">Filteren</button> ").append(link("/toezicht", "Filters wissen"))
                .append("</form>");
    }

    /** Horizontal bars per gemeente: open work, with the overdue part in red. */
    private static void staafdiagram(StringBuilder html, List<Toezicht.Telling> perGemeente) {
        if (perGemeente.isEmpty()) {
            return;
        }
        int rij = 24;
        int breedte = 420;
        long meeste = Math.max(1, perGemeente.stream().mapToLong(Toezicht.Telling::open).max().orElse(1));
        html.append("<svg id=\"grafiek-gemeenten\" role=\"img\" aria-label=\"Open en te late taken per gemeente\" width=\"")
                .append(190 + breedte + 90).append("\" height=\"").append(perGemeente.size() * rij + 30)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"13\">");
        int y = 0;
        for (Toezicht.Telling t : perGemeente) {
            long open = t.open() * breedte / meeste;
            long teLaat = t.teLaat() * breedte / meeste;
            html.append("<text x=\"0\" y=\"").append(y + 16).append("\">").append(html(t.sleutel() == null ? "(onbekend)" : t.sleutel()))
                    .append("</text><rect x=\"190\" y=\"").append(y + 4).append("\" width=\"").append(open)
                    .append("\" height=\"16\" fill=\"#9ecae1\"><title>").append(t.open()).append(" open</title></rect><rect x=\"190\" y=\"")
                    .append(y + 4).append("\" width=\"").append(teLaat).append("\" height=\"16\" fill=\"#b2182b\"><title>")
                    .append(t.teLaat()).append(" te laat</title></rect><text x=\"").append(196 + open).append("\" y=\"").append(y + 16)
                    .append("\">").append(t.teLaat()).append(" / ").append(t.open()).append("</text>");
            y += rij;
        }
        html.append("<rect x=\"190\" y=\"").append(y + 10).append("\" width=\"12\" height=\"12\" fill=\"#b2182b\"/><text x=\"206\" y=\"")
                .append(y + 21).append("\">te laat</text><rect x=\"280\" y=\"").append(y + 10)
                .append("\" width=\"12\" height=\"12\" fill=\"#9ecae1\"/><text x=\"296\" y=\"").append(y + 21)
                .append("\">open</text></svg>");
    }

    /** Overdue tasks per week as bars; a week without a measurement shows none. */
    private void trend(StringBuilder html, String gemeente, Collection<String> groepen) {
        List<Toezicht.Week> weken = toezicht.trend(gemeente, groepen);
        long meeste = Math.max(1, weken.stream().map(Toezicht.Week::teLaat).filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(1));
        html.append("<h2>Te laat per week").append(gemeente == null ? "" : " in " + html(gemeente))
                .append("</h2><svg id=\"grafiek-trend\" role=\"img\" aria-label=\"Te late taken per week, laatste 12 weken\" width=\"")
                .append(weken.size() * 40 + 10).append("\" height=\"170\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"11\">");
        int x = 5;
        for (Toezicht.Week w : weken) {
            String label = w.week().substring(w.week().indexOf('W'));
            if (w.teLaat() != null) {
                long hoogte = w.teLaat() * 120 / meeste;
                html.append("<rect x=\"").append(x + 4).append("\" y=\"").append(135 - hoogte).append("\" width=\"28\" height=\"")
                        .append(hoogte).append("\" fill=\"#b2182b\"><title>").append(w.week()).append(": ").append(w.teLaat())
                        .append(" te laat van ").append(w.open()).append(" open</title></rect><text x=\"").append(x + 18)
                        .append("\" y=\"").append(130 - hoogte).append("\" text-anchor=\"middle\">").append(w.teLaat()).append("</text>");
            }
            html.append("<text x=\"").append(x + 18).append("\" y=\"152\" text-anchor=\"middle\">").append(label).append("</text>");
            x += 40;
        }
        html.append("</svg><p><small>Eerdere weken zoals de achterstandencontrole ze het laatst in die week telde, deze week actueel; filter op stap of behandelaar geldt niet voor de trend.</small></p>");
    }

    private static void tabel(StringBuilder html, String id, String kop, List<Toezicht.Telling> tellingen,
                              Function<String, String> naam, Function<String, String> doel) {
        html.append("<table id=\"").append(id).append("\"><thead><tr><th>").append(kop)
                .append("</th><th class=\"getal\">Open</th><th class=\"getal\">Te laat</th></tr></thead><tbody>");
        for (Toezicht.Telling t : tellingen) {
            String adres = doel.apply(t.sleutel());
            html.append("<tr><td>").append(adres == null ? html(naam.apply(t.sleutel())) : link(adres, naam.apply(t.sleutel())))
                    .append("</td><td class=\"getal\">").append(t.open()).append("</td><td class=\"getal te-laat-tekst\">")
                    .append(t.teLaat()).append("</td></tr>");
        }
        html.append(tellingen.isEmpty() ? "<tr><td colspan=\"3\">Geen open taken.</td></tr>" : "").append("</tbody></table>");
    }

    /** The two actions; the officers offered are the members of the teams of the tasks shown. */
    private void bijsturen(StringBuilder html, List<Toezicht.TeLaat> teLaat) {
        Map<String, List<User>> teams = new LinkedHashMap<>();
        teLaat.stream().flatMap(t -> t.kandidaatGroepen() == null ? Stream.empty() : Arrays.stream(t.kandidaatGroepen().split(",")))
                .filter(groep -> !groep.isBlank()).distinct().sorted()
                .forEach(groep -> teams.put(groep, identity.createUserQuery().memberOfGroup(groep).orderByUserId().asc().list()));
        html.append("<h2>Bijsturen</h2><div class=\"bijsturen\"><p>Kies hierboven een of meer taken. Herverdelen kan alleen naar een behandelaar van het team van elke gekozen taak; elke wijziging wordt met reden vastgelegd.</p>")
                .append("<form id=\"herverdelen\"><label>Naar behandelaar <select name=\"naar\" required><option value=\"\">Kies een behandelaar</option>");
        teams.forEach((groep, leden) -> {
            html.append("<optgroup label=\"").append(html(groep)).append("\">");
            leden.forEach(lid -> html.append("<option value=\"").append(html(lid.getId())).append("\">").append(html(lid.getId()))
                    .append(" (").append(html(Stream.of(lid.getFirstName(), lid.getLastName()).filter(Objects::nonNull)
                            .collect(Collectors.joining(" ")))).append(")</option>"));
            html.append("</optgroup>");
        });
        html.append("""
                </select></label><label>Reden <textarea name="reden" required maxlength="1000"></textarea></label>
                <button type="submit">Gekozen taken herverdelen</button></form>
                <form id="vervaldatum"><label>Nieuwe vervaldatum <input type="date" name="vervaldatum" required min="%s"></label>
                <label>Motivering <textarea name="motivering" required maxlength="1000"></textarea></label>
                <button type="submit">Vervaldatum van de gekozen taak wijzigen</button></form>
                <p id="melding" role="status"></p></div>
                <script>
                const gekozen = () => [...document.querySelectorAll('input[name=taak]:checked')].map(v => v.value);
                const melding = (tekst, fout) => { const m = document.getElementById('melding'); m.textContent = tekst; m.className = fout ? 'fout' : ''; };
                document.getElementById('alle-taken').addEventListener('change', e =>
                  document.querySelectorAll('input[name=taak]').forEach(v => v.checked = e.target.checked));
                async function stuur(adres, inhoud) {
                  const antwoord = await fetch(adres, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(inhoud)});
                  const json = await antwoord.json().catch(() => ({}));
                  if (!antwoord.ok) {
                    throw new Error((json.errors || []).map(f => f.field + ': ' + f.message).join('; ') || json.detail || antwoord.statusText);
                  }
                  return json;
                }
                document.getElementById('herverdelen').addEventListener('submit', async e => {
                  e.preventDefault();
                  const taken = gekozen(), naar = e.target.naar.value;
                  if (!taken.length) { melding('Kies eerst een of meer taken.', true); return; }
                  try {
                    const uitkomst = await stuur('/api/toezicht/herverdelingen', {taken, naar, reden: e.target.reden.value});
                    taken.forEach(id => document.querySelector('tr[data-taak="' + CSS.escape(id) + '"] .behandelaar').textContent = naar);
                    melding(uitkomst.herverdeeld + (uitkomst.herverdeeld === 1 ? ' taak' : ' taken') + ' herverdeeld naar ' + naar + '.');
                  } catch (fout) { melding('Niet herverdeeld: ' + fout.message, true); }
                });
                document.getElementById('vervaldatum').addEventListener('submit', async e => {
                  e.preventDefault();
                  const taken = gekozen();
                  if (taken.length !== 1) { melding('Kies precies een taak voor een nieuwe vervaldatum.', true); return; }
                  try {
                    await stuur('/api/toezicht/vervaldatums', {taak: taken[0], vervaldatum: e.target.vervaldatum.value, motivering: e.target.motivering.value});
                    melding('Nieuwe vervaldatum vastgelegd; vernieuw de pagina voor de nieuwe cijfers.');
                  } catch (fout) { melding('Vervaldatum niet gewijzigd: ' + fout.message, true); }
                });
                </script>
                """.formatted(LocalDate.now(clock)));
    }

    private static String query(Toezicht.Filter filter) {
        Map<String, String> delen = new LinkedHashMap<>();
        delen.put("gemeente", filter.gemeente());
        delen.put("stap", filter.stap());
        delen.put("behandelaar", filter.behandelaar());
        return delen.entrySet().stream().filter(d -> d.getValue() != null).map(d -> d.getKey() + "=" + url(d.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String optie(String waarde, String tekst, boolean gekozen) {
        return "<option value=\"" + html(waarde) + "\"" + (gekozen ? " selected" : "") + ">" + html(tekst) + "</option>";
    }

    private static String link(String adres, String tekst) {
        return "<a href=\"" + html(adres) + "\">" + html(tekst) + "</a>";
    }

    private static String tekst(String waarde) {
        return waarde == null ? "" : html(waarde);
    }

    private static String url(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }

    private static String datum(Instant moment) {
        return DATUM.format(moment.atZone(Termijnen.ZONE));
    }
}
