package nl.schoolverzuim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Dutch translation of Camunda's webapps ({@code locales/nl.json}) against the English one in the Camunda webapp
 * jar on the classpath: every key of the shipped locale is translated, no key is invented, and each text keeps the
 * placeholders and HTML of the English one. After an upgrade of Camunda this names each key to translate.
 */
class CamundaVertalingTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final String CONFIG = "META-INF/resources/webjars/camunda/app/%s/scripts/config.js";
    /** Angular's {{...}}, moment's %s and %d, and the {} of the activity instance counts. */
    private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]|\\{}");
    private static final Pattern HTML = Pattern.compile("</?(a|b|br|em|i|p|span|strong|code|ul|ol|li)\\b[^>]*>");
    /** Texts that are the same in Dutch (product names, technical terms, date patterns); any other English is a miss. */
    private static final Set<String> GELIJK_IN_HET_NEDERLANDS = Set.of("", " OK", "<", "<=", ">", ">=", "Account",
            "Batch", "Batches", "Boolean", "CSV", "Camunda", "Camunda Cockpit", "Cases", "Cockpit", "Criteria",
            "D MMMM YYYY", "D MMMM YYYY LT", "Dashboard", "Deployment", "Deployments", "Diagram", "Double", "Element",
            "Filter", "Filters", "HH:mm", "Heatmap:", "ID", "ID*", "Incident : ID", "Integer", "JSON", "Job", "Jobs",
            "L", "Label", "Links", "Long", "Maximum:", "Minimum:", "OK", "Operator", "Optimize", "Payload", "Short",
            "Status", "String", "Tenant", "Tenant: ID", "Tenants", "Topic", "Type", "batch", "case",
            "dddd, D MMMM YYYY LT", "null", "requestPayload", "s", "weekend", "{{count}} jobs");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void elkeSleutelVanHetMeegeleverdeEngelsIsVertaald(String app) throws IOException {
        Map<String, JsonNode> engels = plat(json.readTree(meegeleverd(LOCALES.formatted(app, "en"))));
        Map<String, JsonNode> nederlands = plat(json.readTree(eigen(LOCALES.formatted(app, "nl"))));

        assertThat(engels).as("Engelse locale van %s in de Camunda-jar", app).hasSizeGreaterThan(100);
        assertThat(new TreeMap<>(nederlands).keySet()).as("sleutels van %s/locales/nl.json", app)
                .containsExactlyInAnyOrderElementsOf(engels.keySet());

        List<String> fouten = new ArrayList<>();
        engels.forEach((sleutel, en) -> {
            JsonNode nl = nederlands.get(sleutel);
            if (en.getNodeType() != nl.getNodeType()) {
                fouten.add(sleutel + ": soort " + nl.getNodeType() + " in plaats van " + en.getNodeType());
            } else if (en.isTextual()) {
                if (!gesorteerd(PLAATSHOUDER, en.asText()).equals(gesorteerd(PLAATSHOUDER, nl.asText()))) {
                    fouten.add(sleutel + ": plaatshouders " + gesorteerd(PLAATSHOUDER, nl.asText()) + " in plaats van "
                            + gesorteerd(PLAATSHOUDER, en.asText()));
                }
                if (!gesorteerd(HTML, en.asText()).equals(gesorteerd(HTML, nl.asText()))) {
                    fouten.add(sleutel + ": HTML " + gesorteerd(HTML, nl.asText()) + " in plaats van "
                            + gesorteerd(HTML, en.asText()));
                }
                if (en.asText().equals(nl.asText()) && !GELIJK_IN_HET_NEDERLANDS.contains(en.asText())) {
                    fouten.add(sleutel + ": nog Engels: " + en.asText());
                }
            } else if (!en.equals(nl)) {
                fouten.add(sleutel + ": " + nl + " in plaats van " + en);
            }
        });
        assertThat(fouten).as("vertaling van %s", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void nederlandsIsDeEnigeEnDeStandaardtaal(String app) throws IOException {
        String config = new String(eigen(CONFIG.formatted(app)).readAllBytes(), StandardCharsets.UTF_8);

        assertThat(config).containsPattern("availableLocales:\\s*\\['nl']")
                .containsPattern("fallbackLocale:\\s*'nl'")
                .contains(CamundaHuisstijl.NAAM_MARKERING);
    }

    @org.junit.jupiter.api.Test
    void deEngelseDatumnamenZijnNederlands() throws IOException {
        JsonNode datum = json.readTree(eigen(LOCALES.formatted("tasklist", "nl"))).get("dateLocales");

        assertThat(datum.get("months").get(0).asText()).isEqualTo("januari");
        assertThat(datum.get("weekdays").get(1).asText()).isEqualTo("maandag");
        assertThat(datum.get("longDateFormat").get("L").asText()).isEqualTo("DD-MM-YYYY");
        assertThat(datum.get("calendar").get("sameDay").asText()).isEqualTo("[Vandaag om] LT");
    }

    /** Every leaf (text, number) by its path, e.g. {@code labels.CLAIM} or {@code dateLocales.months.0}. */
    private static Map<String, JsonNode> plat(JsonNode wortel) {
        Map<String, JsonNode> bladeren = new LinkedHashMap<>();
        plat("", wortel, bladeren);
        return bladeren;
    }

    private static void plat(String pad, JsonNode knoop, Map<String, JsonNode> bladeren) {
        if (knoop.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> velden = knoop.fields(); velden.hasNext(); ) {
                Map.Entry<String, JsonNode> veld = velden.next();
                plat(pad.isEmpty() ? veld.getKey() : pad + "." + veld.getKey(), veld.getValue(), bladeren);
            }
        } else if (knoop.isArray()) {
            for (int i = 0; i < knoop.size(); i++) {
                plat(pad + "." + i, knoop.get(i), bladeren);
            }
        } else {
            bladeren.put(pad, knoop);
        }
    }

    private static List<String> gesorteerd(Pattern patroon, String tekst) {
        List<String> gevonden = new ArrayList<>();
        Matcher m = patroon.matcher(tekst);
        while (m.find()) {
            gevonden.add(m.group());
        }
        Collections.sort(gevonden);
        return gevonden;
    }

    /** The file as shipped in Camunda's webapp jar, not an override of ours with the same path. */
    private static InputStream meegeleverd(String pad) throws IOException {
        for (URL url : Collections.list(CamundaVertalingTest.class.getClassLoader().getResources(pad))) {
            if (url.toString().contains("camunda-webapp-webjar")) {
                return zonderBom(url.openStream());
            }
        }
        throw new AssertionError(pad + " staat niet in de Camunda-webapp-jar op het classpath");
    }

    /** Our file (target/classes), never the jar's. */
    private static InputStream eigen(String pad) throws IOException {
        for (URL url : Collections.list(CamundaVertalingTest.class.getClassLoader().getResources(pad))) {
            if (!url.toString().startsWith("jar:")) {
                return url.openStream();
            }
        }
        throw new AssertionError(pad + " ontbreekt in src/main/resources");
    }

    /** Camunda's en.json files start with a byte order mark, which Jackson does not skip. */
    private static InputStream zonderBom(InputStream in) throws IOException {
        byte[] inhoud = in.readAllBytes();
        int begin = inhoud.length >= 3 && (inhoud[0] & 0xff) == 0xef && (inhoud[1] & 0xff) == 0xbb
                && (inhoud[2] & 0xff) == 0xbf ? 3 : 0;
        return new java.io.ByteArrayInputStream(inhoud, begin, inhoud.length - begin);
    }
}
