package nl.schoolverzuim.dossier;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.web.Pagina;

/**
 * The forms of the ouders/verzorgers section of the Dossier page ({@code templates/ouders.html}): add, change and
 * remove, each back to the Dossier (post, redirect, get) with what was done, or with the form as it was sent and a
 * Dutch message at each bad field. {@link Verzorgers} checks access and logs it as it does for a read.
 */
@Pagina
class VerzorgersPagina {

    /** Which form the messages belong to: the new one, or the id of the ouder being changed. */
    static final String NIEUW = "nieuw";

    private final Verzorgers verzorgers;

    VerzorgersPagina(Verzorgers verzorgers) {
        this.verzorgers = verzorgers;
    }

    @PostMapping("/dossiers/{id}/ouders")
    String toevoegen(@PathVariable Long id, Formulier formulier, RedirectAttributes flash) {
        return verwerk(id, NIEUW, formulier, flash, () -> {
            verzorgers.toevoegen(id, formulier.invoer(), "/dossiers/{id}/ouders");
            return "Ouder/verzorger toegevoegd.";
        });
    }

    @PostMapping("/dossiers/{id}/ouders/{ouder}")
    String wijzigen(@PathVariable Long id, @PathVariable Long ouder, Formulier formulier, RedirectAttributes flash) {
        return verwerk(id, ouder.toString(), formulier, flash, () -> {
            verzorgers.wijzigen(id, ouder, formulier.invoer(), "/dossiers/{id}/ouders/{ouder}");
            return "Gegevens van de ouder/verzorger gewijzigd.";
        });
    }

    @PostMapping("/dossiers/{id}/ouders/{ouder}/verwijderen")
    String verwijderen(@PathVariable Long id, @PathVariable Long ouder, RedirectAttributes flash) {
        verzorgers.verwijderen(id, ouder, "/dossiers/{id}/ouders/{ouder}/verwijderen");
        flash.addFlashAttribute("ouderBericht", "Ouder/verzorger verwijderd.");
        return "redirect:/dossiers/" + id + "#ouders";
    }

    /** The fields of the form; {@code gezag} is "ja", "nee" or empty (unknown). */
    record Formulier(String naam, String straat, String huisnummer, String postcode, String woonplaats,
                     String telefoon, String email, String gezag) {

        VerzorgerInvoer invoer() {
            return new VerzorgerInvoer(naam, straat, huisnummer, postcode, woonplaats, telefoon, email,
                    "ja".equals(gezag) ? Boolean.TRUE : "nee".equals(gezag) ? Boolean.FALSE : null);
        }

        @Override
        public String toString() {
            return "Formulier[...]";
        }
    }

    private interface Actie {
        String voerUit();
    }

    private static String verwerk(Long id, String welk, Formulier formulier, RedirectAttributes flash, Actie actie) {
        try {
            flash.addFlashAttribute("ouderBericht", actie.voerUit());
            return "redirect:/dossiers/" + id + "#ouders";
        } catch (OngeldigeInvoerException e) {
            Map<String, String> fouten = new LinkedHashMap<>();
            e.fouten().forEach(fout -> fouten.merge(fout.field(), fout.message(), (a, b) -> a + "; " + b));
            terug(flash, welk, formulier, fouten);
        } catch (DataIntegrityViolationException e) {
            // Two officers adding the same person at once: the Dossier's unique name decides, as the check would.
            terug(flash, welk, formulier, Map.of("naam", "staat al bij de ouders/verzorgers van dit dossier"));
        }
        return "redirect:/dossiers/" + id + "#ouder-" + welk;
    }

    private static void terug(RedirectAttributes flash, String welk, Formulier formulier, Map<String, String> fouten) {
        flash.addFlashAttribute("ouderFormulier", welk);
        flash.addFlashAttribute("ouderInvoer", formulier);
        flash.addFlashAttribute("ouderFouten", fouten);
    }
}
