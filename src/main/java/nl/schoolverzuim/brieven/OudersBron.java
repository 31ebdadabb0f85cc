package nl.schoolverzuim.brieven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The ouders/verzorgers a letter is addressed to, as the field map {@code ouders} of the templates: each with
 * {@code naam, straat, huisnummer, postcode, woonplaats, telefoon, email, gezag}. Read from the process variable
 * {@code ouders} in the shape of the intake contract (a list of maps, the address flat or under {@code adres}) until
 * the Dossier's own verzorgers are wired in here.
 */
@Component
class OudersBron {

    static final List<String> VELDEN = List.of("naam", "straat", "huisnummer", "postcode", "woonplaats", "telefoon",
            "email", "gezag");

    List<Map<String, Object>> van(Long dossierId, VariableScope scope) {
        Object waarde = scope.getVariable("ouders");
        List<Map<String, Object>> ouders = new ArrayList<>();
        if (waarde instanceof List<?> lijst) {
            for (Object element : lijst) {
                if (element instanceof Map<?, ?> ouder) {
                    ouders.add(plat(ouder));
                }
            }
        }
        return ouders;
    }

    private static Map<String, Object> plat(Map<?, ?> ouder) {
        Map<String, Object> plat = new LinkedHashMap<>();
        Object adres = ouder.get("adres");
        for (String veld : VELDEN) {
            Object w = ouder.get(veld);
            if (w == null && adres instanceof Map<?, ?> a) {
                w = a.get(veld);
            }
            plat.put(veld, w);
        }
        return plat;
    }

    /** Whether the ouder has a postal address a letter can go to. */
    static boolean heeftAdres(Map<String, Object> ouder) {
        return List.of("straat", "huisnummer", "postcode", "woonplaats").stream()
                .allMatch(veld -> ouder.get(veld) != null && !ouder.get(veld).toString().isBlank());
    }
}
