package nl.schoolverzuim.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.testsupport.Meldingen;
import nl.schoolverzuim.testsupport.Sessie;

/**
 * Every demo role against every way to read a Jongere (MAS §10: officers see the Jongeren of their own gemeente or
 * regio, team leads their team, no one else): our API and Camunda's REST API (HTTP Basic), our pages and the webapps'
 * own API (the session of our login page). The Jongere lives in Doetinchem and is 14, with a running leerplicht werkproces; only Doetinchem's
 * LPAs, the teamleider of that team and the beheerder may read anything of them. Every other role reads nothing,
 * whatever the channel: a 401, 403 or 404, or an empty list.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolMatrixTest {

    private static final String WACHTWOORD = "demo";
    private static final Set<String> MAG_LEZEN = Set.of("lpa-doetinchem", "lpa-doetinchem-2", "teamleider", "admin");
    private static final List<String> ROLLEN = List.of("lpa-doetinchem", "lpa-doetinchem-2", "lpa-aalten",
            "dsp-achterhoek-1", "teamleider", "voorzitter", "privacy", "procesontwerper", "admin");

    @LocalServerPort
    int poort;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Sessie> sessies = new HashMap<>();
    private long dossierId;
    private long meldingId;
    private String processInstanceId;
    private String bsn;

    @BeforeAll
    void eenJongereUitDoetinchem() throws Exception {
        Map<String, Object> melding = Meldingen.wettelijk();
        bsn = (String) Meldingen.jongere(melding).get("bsn");
        HttpResponse<String> antwoord = verstuur(HttpRequest.newBuilder(adres("/api/meldingen"))
                .header("Authorization", basic("lpa-doetinchem"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(melding))).build());
        assertThat(antwoord.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(antwoord.body());
        dossierId = body.get("dossierId").asLong();
        meldingId = body.get("id").asLong();
        JsonNode werkproces = json.readTree(lees("admin", "/api/dossiers/" + dossierId).body()).get("werkprocessen").get(0);
        processInstanceId = json.readTree(lees("admin", "/engine-rest/process-instance?businessKey="
                + werkproces.get("id").asText()).body()).get(0).get("id").asText();
    }

    /** Each channel that can show something of the Jongere, and how to tell that it did. */
    private Map<String, Kanaal> kanalen() {
        Map<String, Kanaal> kanalen = new LinkedHashMap<>();
        kanalen.put("GET /api/dossiers/{id}", new Kanaal("/api/dossiers/" + dossierId, Vorm.OBJECT));
        kanalen.put("GET /api/meldingen/{id}", new Kanaal("/api/meldingen/" + meldingId, Vorm.OBJECT));
        kanalen.put("GET /dossiers/{id}", new Kanaal("/dossiers/" + dossierId, Vorm.PAGINA));
        kanalen.put("GET /api/werkvoorraad", new Kanaal("/api/werkvoorraad?grootte=200", Vorm.WERKVOORRAAD));
        // The searches by BSN of the werkvoorraad page and the Dossier list: finding is reading.
        kanalen.put("GET /werkvoorraad?zoek={bsn}", new Kanaal("/werkvoorraad?tab=team&zoek=" + bsn, Vorm.DOSSIERLINK));
        kanalen.put("GET /dossiers?zoek={bsn}", new Kanaal("/dossiers?zoek=" + bsn, Vorm.DOSSIERLINK));
        kanalen.put("GET /engine-rest/process-instance/{id}",
                new Kanaal("/engine-rest/process-instance/" + processInstanceId, Vorm.OBJECT));
        kanalen.put("GET /engine-rest/process-instance/{id}/variables",
                new Kanaal("/engine-rest/process-instance/" + processInstanceId + "/variables", Vorm.OBJECT));
        kanalen.put("GET /engine-rest/task", new Kanaal("/engine-rest/task?processInstanceId=" + processInstanceId,
                Vorm.LIJST));
        kanalen.put("GET /engine-rest/variable-instance",
                new Kanaal("/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId, Vorm.LIJST));
        kanalen.put("GET /engine-rest/history/process-instance",
                new Kanaal("/engine-rest/history/process-instance?processInstanceId=" + processInstanceId, Vorm.LIJST));
        kanalen.put("GET /engine-rest/history/task",
                new Kanaal("/engine-rest/history/task?processInstanceId=" + processInstanceId, Vorm.LIJST));
        kanalen.put("GET /engine-rest/history/variable-instance",
                new Kanaal("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId, Vorm.LIJST));
        return kanalen;
    }

    @Test
    void alleenHetEigenTeamLeestDeJongere() throws Exception {
        List<String> afwijkingen = new ArrayList<>();
        for (String rol : ROLLEN) {
            for (Map.Entry<String, Kanaal> kanaal : kanalen().entrySet()) {
                HttpResponse<String> antwoord = lees(rol, kanaal.getValue().pad());
                boolean leest = kanaal.getValue().vorm().toont(antwoord, this);
                if (leest != MAG_LEZEN.contains(rol)) {
                    afwijkingen.add(rol + " × " + kanaal.getKey() + ": " + antwoord.statusCode()
                            + (leest ? " leest de jongere" : " leest niets"));
                }
            }
            boolean leestViaWebapp = webappLeest(rol);
            if (leestViaWebapp != MAG_LEZEN.contains(rol)) {
                afwijkingen.add(rol + " × webapp /camunda/api/engine/…/task: " + (leestViaWebapp ? "leest" : "leest niets"));
            }
        }
        for (Kanaal kanaal : kanalen().values()) {
            HttpResponse<String> antwoord = verstuur(HttpRequest.newBuilder(adres(kanaal.pad())).GET().build());
            // Scripts get 401; a page sends the browser to the login page.
            boolean geweigerd = pagina(kanaal.pad()) ? antwoord.statusCode() == 302
                    && antwoord.headers().firstValue("Location").orElse("").endsWith("/login")
                    : antwoord.statusCode() == 401;
            if (!geweigerd) {
                afwijkingen.add("zonder login × " + kanaal.pad() + ": " + antwoord.statusCode());
            }
        }
        assertThat(afwijkingen).as("rol × kanaal dat afwijkt van MAS §10").isEmpty();
    }

    /** What each role may do besides reading a Jongere: pages and APIs of the roles (MAS §6, §10). */
    @Test
    void elkeRolAlleenZijnEigenFuncties() throws Exception {
        Map<String, Set<String>> toegestaan = new LinkedHashMap<>();
        toegestaan.put("/toezicht", Set.of("teamleider", "admin"));
        toegestaan.put("/thuiszitters", Set.of("teamleider", "admin"));
        toegestaan.put("/api/toezicht/overzicht?per=gemeente", Set.of("teamleider", "admin"));
        toegestaan.put("/api/thuiszitters/overzichten", Set.of("teamleider", "admin"));
        toegestaan.put("/api/dossiers/" + dossierId + "/inzage", Set.of("privacy"));
        List<String> afwijkingen = new ArrayList<>();
        toegestaan.forEach((pad, rollen) -> {
            for (String rol : ROLLEN) {
                int status = lees(rol, pad).statusCode();
                boolean mag = status == 200;
                if (mag != rollen.contains(rol) || !mag && status != 403) {
                    afwijkingen.add(rol + " × " + pad + ": " + status);
                }
            }
        });
        for (String rol : ROLLEN) {
            Map<String, Object> melding = Meldingen.wettelijk();
            int status = verstuur(HttpRequest.newBuilder(adres("/api/meldingen")).header("Authorization", basic(rol))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(melding))).build()).statusCode();
            // A Jongere of Doetinchem: an officer of another gemeente adds nothing to its Dossier (MAS §10).
            boolean mag = Set.of("lpa-doetinchem", "lpa-doetinchem-2", "dsp-achterhoek-1", "teamleider", "admin")
                    .contains(rol);
            if (mag ? status != 201 : status != 403) {
                afwijkingen.add(rol + " × POST /api/meldingen: " + status);
            }
        }
        assertThat(afwijkingen).isEmpty();
    }

    /** In bulk the same rule refuses the row, naming the gemeente the sender gave, not anything of the Jongere. */
    @Test
    void eenBulkregelOverEenJongereVanEenAndereGemeenteIsOngeldig() throws Exception {
        Map<String, Object> doetinchem = Meldingen.wettelijk();
        Map<String, Object> aalten = Meldingen.wettelijk();
        Meldingen.jongere(aalten).put("woongemeente", "Aalten");
        HttpResponse<String> antwoord = verstuur(HttpRequest.newBuilder(adres("/api/meldingen/bulk"))
                .header("Authorization", basic("lpa-aalten")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("meldingen", List.of(doetinchem, aalten))))).build());

        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode regels = json.readTree(antwoord.body()).get("regels");
        assertThat(regels.get(0).get("status").asText()).isEqualTo("ONGELDIG");
        assertThat(regels.get(0).get("errors").findValuesAsText("field")).containsExactly("jongere.woongemeente");
        assertThat(regels.get(0).has("id")).isFalse();
        assertThat(regels.get(1).get("status").asText()).isEqualTo("AANGEMAAKT");
    }

    /**
     * Tasklist's own API, signed in through our login page (the webapps take that session) and with the webapps'
     * CSRF protection: the same authorizations apply.
     */
    private boolean webappLeest(String rol) {
        Sessie browser = sessie(rol);
        HttpResponse<String> start = browser.get("/camunda/app/tasklist/default/");
        if (start.statusCode() != 200) {
            return false; // Camunda refuses Tasklist to a role without its application grant
        }
        String csrf = start.headers().firstValue("X-XSRF-TOKEN").orElse("");
        HttpResponse<String> taken = browser.send(HttpRequest.newBuilder(adres(
                        "/camunda/api/engine/engine/default/task?processInstanceId=" + processInstanceId))
                .header("X-XSRF-TOKEN", csrf).GET().build());
        try {
            return Vorm.LIJST.toont(taken, this);
        } catch (IOException e) {
            throw new IllegalStateException(taken.body(), e);
        }
    }

    /** Our pages take the session of our login page, scripts' channels HTTP Basic. */
    private static boolean pagina(String pad) {
        return !pad.startsWith("/api/") && !pad.startsWith("/engine-rest/");
    }

    private Sessie sessie(String rol) {
        return sessies.computeIfAbsent(rol, r -> Sessie.aangemeld(poort, r));
    }

    private record Kanaal(String pad, Vorm vorm) {
    }

    /** How an answer shows the Jongere: a 2xx with a body, a non-empty list, or the task in the inbox. */
    private enum Vorm {
        OBJECT, PAGINA, LIJST, WERKVOORRAAD, DOSSIERLINK;

        boolean toont(HttpResponse<String> antwoord, RolMatrixTest test) throws IOException {
            if (antwoord.statusCode() / 100 != 2) {
                return false;
            }
            return switch (this) {
                case OBJECT, PAGINA -> !antwoord.body().isBlank();
                case LIJST -> test.json.readTree(antwoord.body()).size() > 0;
                case WERKVOORRAAD -> antwoord.body().contains(test.processInstanceId);
                case DOSSIERLINK -> antwoord.body().contains("href=\"/dossiers/" + test.dossierId + "\"");
            };
        }
    }

    private HttpResponse<String> lees(String rol, String pad) {
        if (pagina(pad)) {
            return sessie(rol).get(pad);
        }
        return verstuur(HttpRequest.newBuilder(adres(pad)).header("Authorization", basic(rol)).GET().build());
    }

    private HttpResponse<String> verstuur(HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(verzoek.uri().toString(), e);
        }
    }

    private URI adres(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    private static String basic(String rol) {
        return "Basic " + Base64.getEncoder().encodeToString((rol + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
    }
}
