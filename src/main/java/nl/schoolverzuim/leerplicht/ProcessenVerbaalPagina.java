package nl.schoolverzuim.leerplicht;

import static nl.schoolverzuim.web.Html.html;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;

/**
 * The BOA's page for the processen-verbaal of a Dossier, linked from the two proces-verbaal tasks in Tasklist: the
 * processen-verbaal the user reads as BOA (each read logged) and a form for each open task, which completes it. The
 * facts go from this form to table {@code proces_verbaal}, never through the engine (Wpg, MAS §10).
 */
@RestController
class ProcessenVerbaalPagina {

    private final ProcessenVerbaal processenVerbaal;

    ProcessenVerbaalPagina(ProcessenVerbaal processenVerbaal) {
        this.processenVerbaal = processenVerbaal;
    }

    @GetMapping(value = "/dossiers/{dossierId}/processen-verbaal", produces = MediaType.TEXT_HTML_VALUE)
    String pagina(@PathVariable Long dossierId, CsrfToken csrf) {
        return pagina(dossierId, csrf, List.of());
    }

    @PostMapping(value = "/dossiers/{dossierId}/processen-verbaal", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> maakOp(@PathVariable Long dossierId, @RequestParam Long werkprocesId,
                                  @RequestParam(defaultValue = "false") boolean tegenOuders,
                                  @RequestParam(defaultValue = "false") boolean tegenJongere,
                                  @RequestParam(required = false) String datum,
                                  @RequestParam(required = false) String feiten, CsrfToken csrf) {
        return verwerk(dossierId, csrf, () -> processenVerbaal.maakOp(new ProcessenVerbaal.NieuwProcesVerbaal(
                werkprocesId, tegenOuders, tegenJongere, datum, feiten), "/dossiers/{id}/processen-verbaal"));
    }

    @PostMapping(value = "/dossiers/{dossierId}/processen-verbaal/{id}/afdoening", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> doeAf(@PathVariable Long dossierId, @PathVariable Long id,
                                 @RequestParam(required = false) String afdoening,
                                 @RequestParam(required = false) String toelichting, CsrfToken csrf) {
        return verwerk(dossierId, csrf, () -> processenVerbaal.doeAf(id,
                new ProcessenVerbaal.Afdoening(afdoening, toelichting), "/dossiers/{id}/processen-verbaal/{pv}/afdoening"));
    }

    /** After a change back to the page (post/redirect/get); bad input shows the page again with what to fix. */
    private ResponseEntity<String> verwerk(Long dossierId, CsrfToken csrf, Runnable actie) {
        try {
            actie.run();
        } catch (OngeldigeInvoerException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body(pagina(dossierId, csrf, e.fouten()));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/dossiers/" + dossierId + "/processen-verbaal")).build();
    }

    private String pagina(Long dossierId, CsrfToken csrf, List<VeldFout> fouten) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Processen-verbaal</title>
                <style>body{font-family:sans-serif;margin:2rem;max-width:60rem}dt{font-weight:bold}dd{margin:0 0 .4rem 1rem}
                label{display:block;margin:.4rem 0}textarea{width:100%%;height:8rem}.fout{color:#a00}</style></head><body>
                <h1>Processen-verbaal</h1>
                <p>Politiegegevens (Wet politiegegevens, MAS §10): alleen voor de BOA van de gemeente; elke inzage wordt
                gelogd. <a href="/dossiers/%d">Terug naar het dossier</a></p>
                """.formatted(dossierId));
        if (!fouten.isEmpty()) {
            html.append("<ul class=\"fout\">").append(fouten.stream().map(f -> "<li>" + html(f.field()) + ": "
                    + html(f.message()) + "</li>").collect(Collectors.joining())).append("</ul>");
        }
        String token = "<input type=\"hidden\" name=\"" + html(csrf.getParameterName()) + "\" value=\""
                + html(csrf.getToken()) + "\">";
        for (ProcessenVerbaal.OpenTaak taak : processenVerbaal.openTaken(dossierId)) {
            html.append("<h2>").append(html(taak.naam())).append(" (werkproces ").append(taak.werkprocesId()).append(")</h2>");
            if (ProcessenVerbaal.OPMAKEN.equals(taak.taakKey())) {
                html.append("<form method=\"post\" action=\"/dossiers/").append(dossierId).append("/processen-verbaal\">")
                        .append(token).append("<input type=\"hidden\" name=\"werkprocesId\" value=\"")
                        .append(taak.werkprocesId()).append("\">")
                        .append("<label><input type=\"checkbox\" name=\"tegenOuders\" value=\"true\"> Tegen de ouders</label>")
                        .append("<label><input type=\"checkbox\" name=\"tegenJongere\" value=\"true\"> Tegen de jongere</label>")
                        .append("<label>Datum proces-verbaal <input type=\"date\" name=\"datum\" required></label>")
                        .append("<label>Feiten <textarea name=\"feiten\" maxlength=\"4000\" required></textarea></label>")
                        .append("<button>Proces-verbaal opmaken</button></form>");
            } else if (taak.procesVerbaalId() != null) {
                html.append("<form method=\"post\" action=\"/dossiers/").append(dossierId).append("/processen-verbaal/")
                        .append(taak.procesVerbaalId()).append("/afdoening\">").append(token)
                        .append("<label>Afdoening <select name=\"afdoening\" required><option value=\"\"></option>")
                        .append(ProcessenVerbaal.AFDOENINGEN.stream().map(a -> "<option>" + a + "</option>")
                                .collect(Collectors.joining()))
                        .append("</select></label>")
                        .append("<label>Toelichting <textarea name=\"toelichting\" maxlength=\"4000\"></textarea></label>")
                        .append("<button>Afdoening vastleggen</button></form>");
            }
        }
        html.append("<h2>Opgemaakte processen-verbaal</h2>");
        List<ProcessenVerbaal.Weergave> lijst = processenVerbaal.vanDossier(dossierId, "/dossiers/{id}/processen-verbaal");
        if (lijst.isEmpty()) {
            html.append("<p>Geen processen-verbaal die u als BOA mag inzien.</p>");
        }
        lijst.forEach(pv -> html.append("<dl><dt>Proces-verbaal ").append(pv.id()).append(" van ").append(pv.datum())
                .append("</dt><dd>Tegen ").append(pv.tegenOuders() && pv.tegenJongere() ? "ouders en jongere"
                        : pv.tegenOuders() ? "ouders" : "jongere").append(", opgemaakt door ")
                .append(html(String.valueOf(pv.opgemaaktDoor()))).append("</dd><dt>Feiten</dt><dd style=\"white-space:pre-wrap\">")
                .append(html(String.valueOf(pv.feiten()))).append("</dd><dt>Afdoening OM</dt><dd>")
                .append(pv.omAfdoening() == null ? "nog niet vastgelegd" : html(pv.omAfdoening())
                        + (pv.afdoeningToelichting() == null ? "" : ": " + html(pv.afdoeningToelichting())))
                .append("</dd></dl>"));
        return html.append("</body></html>").toString();
    }
}
