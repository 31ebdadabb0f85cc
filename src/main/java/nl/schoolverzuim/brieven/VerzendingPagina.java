package nl.schoolverzuim.brieven;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.dossier.Document;
import nl.schoolverzuim.web.Pagina;

/**
 * The form "Verzending vastleggen" at a final letter in the section "Brieven en documenten" of the Dossier page: back
 * to the Dossier (post, redirect, get) with what was done, or with the form as it was sent and a Dutch message at
 * each bad field.
 */
@Pagina
class VerzendingPagina {

    private final Verzending verzending;

    VerzendingPagina(Verzending verzending) {
        this.verzending = verzending;
    }

    @PostMapping("/dossiers/{dossierId}/documenten/{id}/verzending")
    String vastleggen(@PathVariable Long dossierId, @PathVariable Long id, @RequestParam(required = false) String datum,
                      @RequestParam(required = false) String kanaal, RedirectAttributes flash) {
        try {
            Document document = verzending.vastleggen(dossierId, id, datum, kanaal,
                    "/dossiers/{dossierId}/documenten/{id}/verzending");
            flash.addFlashAttribute("documentBericht", "Verzending van '" + document.getTitel() + "' vastgelegd.");
            return "redirect:/dossiers/" + dossierId + "#kop-documenten";
        } catch (OngeldigeInvoerException e) {
            Map<String, String> fouten = new LinkedHashMap<>();
            e.fouten().forEach(fout -> fouten.merge(fout.field(), fout.message(), (a, b) -> a + " " + b));
            flash.addFlashAttribute("documentFormulier", id);
            flash.addFlashAttribute("documentInvoer", Map.of("datum", datum == null ? "" : datum,
                    "kanaal", kanaal == null ? "" : kanaal));
            flash.addFlashAttribute("documentFouten", fouten);
            return "redirect:/dossiers/" + dossierId + "#document-" + id;
        }
    }
}
