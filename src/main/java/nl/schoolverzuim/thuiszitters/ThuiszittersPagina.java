package nl.schoolverzuim.thuiszitters;

import static nl.schoolverzuim.kernel.Html.html;

import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The page with the kept 3-monthly thuiszitters overviews and their CSV downloads (MAS §6). */
@RestController
@PreAuthorize("hasAnyAuthority('teamleider', 'camunda-admin')")
class ThuiszittersPagina {

    private final ThuiszittersOverzichten overzichten;

    ThuiszittersPagina(ThuiszittersOverzichten overzichten) {
        this.overzichten = overzichten;
    }

    @GetMapping(value = "/thuiszitters", produces = MediaType.TEXT_HTML_VALUE)
    @Transactional(readOnly = true)
    String pagina(Authentication gebruiker) {
        String rijen = overzichten.zichtbaarVoor(gebruiker).stream()
                .map(o -> "<tr><td>" + html(o.getSamenwerkingsverband().getNaam()) + "</td><td>"
                        + o.getPeildatum() + "</td><td class=\"getal\">" + o.getAantal() + "</td><td><a href=\"/api/thuiszitters/overzichten/"
                        + o.getId() + ".csv\">CSV downloaden</a></td></tr>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head><meta charset="utf-8"><title>Thuiszitters per samenwerkingsverband</title>
                <style>body{font-family:sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.4rem .8rem;text-align:left}.getal{text-align:right}</style>
                </head>
                <body>
                <h1>Thuiszitters per samenwerkingsverband</h1>
                <p>Elke 3 maanden (1 januari, april, juli en oktober) wordt per samenwerkingsverband de lijst van thuiszitters gemaakt (MAS §6). De laatste %d overzichten per samenwerkingsverband worden bewaard.</p>
                <table>
                <thead><tr><th>Samenwerkingsverband</th><th>Peildatum</th><th class="getal">Thuiszitters</th><th></th></tr></thead>
                <tbody>
                %s
                </tbody>
                </table>
                </body>
                </html>
                """.formatted(ThuiszittersOverzichten.BEWAARD, rijen.isEmpty()
                ? "<tr><td colspan=\"4\">Nog geen overzichten gemaakt.</td></tr>" : rijen);
    }
}
