package nl.schoolverzuim.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.schoolverzuim.web.Pagina;

/**
 * The Dossier as a page ({@code templates/dossier.html}), opened from the link in every task form in Tasklist: the
 * Jongere, meldingen, werkprocessen with their open steps (linked back to Tasklist), the modules' sections and the
 * timeline. Same access check and access log as the API (MAS §10).
 */
@Pagina
class DossierPagina {

    /**
     * A module's section as the template shows it, whatever its shape: a text, named fields, or a list of elements.
     */
    record Knoop(String tekst, List<Veld> velden, List<Knoop> elementen) {
    }

    record Veld(String kop, Knoop waarde) {
    }

    private final DossierLezer lezer;
    private final ObjectMapper json;

    DossierPagina(DossierLezer lezer, ObjectMapper json) {
        this.lezer = lezer;
        this.json = json;
    }

    @GetMapping("/dossiers/{id}")
    String pagina(@PathVariable Long id, Model model) {
        DossierView dossier = lezer.lees(id, "/dossiers/{id}");
        List<Veld> onderdelen = new ArrayList<>();
        dossier.onderdelen().forEach((naam, inhoud) -> onderdelen.add(new Veld(kop(naam), knoop(json.valueToTree(inhoud)))));
        model.addAttribute("dossier", dossier);
        model.addAttribute("onderdelen", onderdelen);
        return "dossier";
    }

    private static Knoop knoop(JsonNode waarde) {
        if (waarde.isObject()) {
            List<Veld> velden = new ArrayList<>();
            for (Map.Entry<String, JsonNode> veld : waarde.properties()) {
                JsonNode inhoud = veld.getValue();
                if (!inhoud.isNull() && !(inhoud.isContainerNode() && inhoud.isEmpty())) {
                    velden.add(new Veld(kop(veld.getKey()), knoop(inhoud)));
                }
            }
            return new Knoop(null, velden, List.of());
        }
        if (waarde.isArray()) {
            List<Knoop> elementen = new ArrayList<>();
            waarde.forEach(element -> elementen.add(knoop(element)));
            return new Knoop(null, List.of(), elementen);
        }
        return new Knoop(waarde.asText(), List.of(), List.of());
    }

    /** "routebesluiten" → "Routebesluiten", "vsvTraject" → "Vsv traject". */
    private static String kop(String naam) {
        String woorden = naam.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(woorden.charAt(0)) + woorden.substring(1);
    }
}
