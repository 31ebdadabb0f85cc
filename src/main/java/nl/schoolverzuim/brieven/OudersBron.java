package nl.schoolverzuim.brieven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.schoolverzuim.dossier.Verzorger;
import nl.schoolverzuim.dossier.Verzorgers;

/**
 * The ouders/verzorgers a letter is addressed to, as the field map {@code ouders} of the templates: each with
 * {@code naam, straat, huisnummer, postcode, woonplaats, telefoon, email, gezag}, from the Dossier as it is when the
 * letter is made or finalised (so an address the officer adds afterwards reaches the final letter).
 */
@Component
class OudersBron {

    private final Verzorgers verzorgers;

    OudersBron(Verzorgers verzorgers) {
        this.verzorgers = verzorgers;
    }

    List<Map<String, Object>> van(Long dossierId) {
        return verzorgers.van(dossierId).stream().map(OudersBron::velden).toList();
    }

    private static Map<String, Object> velden(Verzorger ouder) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("naam", ouder.getNaam());
        velden.put("straat", ouder.getStraat());
        velden.put("huisnummer", ouder.getHuisnummer());
        velden.put("postcode", ouder.getPostcode());
        velden.put("woonplaats", ouder.getWoonplaats());
        velden.put("telefoon", ouder.getTelefoon());
        velden.put("email", ouder.getEmail());
        velden.put("gezag", ouder.getGezag());
        return velden;
    }

    /** Whether the ouder has a postal address a letter can go to. */
    static boolean heeftAdres(Map<String, Object> ouder) {
        return List.of("straat", "huisnummer", "postcode", "woonplaats").stream()
                .allMatch(veld -> ouder.get(veld) != null && !ouder.get(veld).toString().isBlank());
    }

    /** Whether any ouder has an e-mail address a letter can be sent to. */
    static boolean heeftEmail(List<Map<String, Object>> ouders) {
        return ouders.stream().anyMatch(ouder -> ouder.get("email") != null && !ouder.get("email").toString().isBlank());
    }
}
