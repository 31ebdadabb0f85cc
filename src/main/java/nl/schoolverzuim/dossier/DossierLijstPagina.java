package nl.schoolverzuim.dossier;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.web.Pagina;

/**
 * {@code /dossiers}: the Dossiers the user may read ({@link DossierToegang}'s rule, as SQL in {@link DossierZoeken}),
 * by the Jongere's name, with the werkvoorraad's search by name, BSN or meldingnummer. Listing is no reading: the
 * access log records the opening of a Dossier ({@code /dossiers/{id}}), as before.
 */
@Pagina
class DossierLijstPagina {

    static final int GROOTTE = 50;

    private final DossierZoeken zoeken;

    DossierLijstPagina(DossierZoeken zoeken) {
        this.zoeken = zoeken;
    }

    @GetMapping("/dossiers")
    String lijst(@RequestParam(required = false) String zoek, @RequestParam(required = false) String pagina,
                 Authentication gebruiker, Model model, HttpServletResponse antwoord) {
        List<VeldFout> fouten = new ArrayList<>();
        String term = zoek == null || zoek.isBlank() ? null : zoek.strip();
        if (term != null && term.length() > DossierZoeken.MAXIMALE_LENGTE) {
            fouten.add(new VeldFout("zoek", "mag hoogstens " + DossierZoeken.MAXIMALE_LENGTE + " tekens lang zijn"));
        }
        int nummer = 0;
        if (pagina != null && !pagina.isBlank()) {
            try {
                nummer = Integer.parseInt(pagina.strip());
            } catch (NumberFormatException geenGetal) {
                nummer = -1;
            }
            if (nummer < 0) {
                fouten.add(new VeldFout("pagina", "moet een geheel getal van 0 of meer zijn"));
            }
        }
        model.addAttribute("zoek", term);
        model.addAttribute("pagina", Math.max(0, nummer));
        model.addAttribute("fouten", fouten);
        if (!fouten.isEmpty()) {
            antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("dossiers", List.of());
            return "dossiers";
        }
        List<DossierZoeken.DossierRij> rijen = zoeken.lijst(gebruiker, term == null ? null : zoeken.vraag(term),
                nummer * GROOTTE, GROOTTE);
        boolean meer = rijen.size() > GROOTTE;
        model.addAttribute("dossiers", meer ? rijen.subList(0, GROOTTE) : rijen);
        model.addAttribute("vorige", nummer == 0 ? null : adres(term, nummer - 1));
        model.addAttribute("volgende", meer ? adres(term, nummer + 1) : null);
        return "dossiers";
    }

    private static String adres(String zoek, int pagina) {
        UriComponentsBuilder adres = UriComponentsBuilder.fromPath("/dossiers");
        if (zoek != null) {
            adres.queryParam("zoek", zoek);
        }
        if (pagina > 0) {
            adres.queryParam("pagina", pagina);
        }
        return adres.encode().build().toUriString();
    }
}
