package nl.schoolverzuim.testsupport;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a code list in {@code processes/codelijsten.dmn} as the file says, so that tests walk every row: a row a
 * designer adds is a path the tests walk.
 */
public final class CodelijstBestand {

    public static final String BESTAND = "codelijsten.dmn";

    private CodelijstBestand() {
    }

    /** The codes of {@code codelijst} for {@code verzuimsoort} (null: unknown), in the table's order. */
    public static List<String> codes(String codelijst, String verzuimsoort) {
        return rijen(codelijst, verzuimsoort).stream().map(r -> (String) r.get("code")).toList();
    }

    /** The options a form gets: {@code {"label", "value"}} per row. */
    public static List<Map<String, String>> opties(String codelijst, String verzuimsoort) {
        return rijen(codelijst, verzuimsoort).stream().map(r -> {
            Map<String, String> optie = new LinkedHashMap<>();
            optie.put("label", (String) r.get("label"));
            optie.put("value", (String) r.get("code"));
            return optie;
        }).toList();
    }

    public static List<Map<String, Object>> rijen(String codelijst, String verzuimsoort) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("verzuimsoort", verzuimsoort);
        return Dmn.uit(BESTAND, codelijst).evalueer(invoer).getResultList();
    }
}
