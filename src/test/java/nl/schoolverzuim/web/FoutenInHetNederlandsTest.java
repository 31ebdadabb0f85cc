package nl.schoolverzuim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Sessie;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * A refusal reaches the officer as a Dutch sentence naming the field, status 400, wherever they submit: Tasklist
 * (the webapps' engine API) and /engine-rest alike; a refused or unknown page is a Dutch page in the shared layout,
 * while the APIs keep application/problem+json.
 */
class FoutenInHetNederlandsTest extends WerkprocesTest {

    static final String LPA = "lpa-doetinchem";

    static final String AFWIJKING = """
            {"variables": {"routeVrijwilligeHulp": {"value": false, "type": "Boolean"},
                           "routeHalt": {"value": true, "type": "Boolean"}}}""";

    @LocalServerPort
    int poort;
    @Autowired
    ObjectMapper json;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    URI adres(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    /** At "Route kiezen" with the advice "vrijwillige hulp" (MAS §4.3). */
    Werkproces bijRouteKiezen() {
        Werkproces w = melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), nieuweJongere(10, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, "testmelding"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "PLAN_VAN_AANPAK", "verzuimfeiten", "spijbelt",
                "achterliggendeProblematiek", true, "medewerking", true);
        return w;
    }

    @Test
    void tasklistKrijgtDeWeigeringVanDeRegelAlsNederlandseZinMetHetVeld() throws Exception {
        Werkproces w = bijRouteKiezen();
        String taak = task("RouteKiezen", w.instantie()).getId();
        taken.claim(taak, LPA);
        // Signed in once on our login page; Tasklist takes that session and sends its CSRF token, as its page reads it.
        Sessie tasklist = Sessie.aangemeld(poort, LPA);
        String csrf = tasklist.get("/camunda/app/tasklist/default/").headers().firstValue("X-XSRF-TOKEN").orElseThrow();

        HttpResponse<String> antwoord = tasklist.send(HttpRequest.newBuilder(
                        tasklist.adres("/camunda/api/engine/engine/default/task/" + taak + "/submit-form"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(AFWIJKING)).build());

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode probleem = json.readTree(antwoord.body());
        assertThat(probleem.get("message").asText()).as("what Tasklist's toast shows")
                .isEqualTo("U wijkt af van het advies (Vrijwillige (jeugd)hulp): geef een motivering in het veld "
                        + "'Motivering' (MAS §4.3).");
        assertThat(probleem.get("detail").asText()).isEqualTo(probleem.get("message").asText());
        assertThat(probleem.get("errors").findValuesAsText("field")).containsExactly("afwijkingMotivering");
        assertThat(antwoord.body()).doesNotContain("ENGINE-", "Exception");
        assertThat(w.instantie()).isWaitingAt("RouteKiezen");
    }

    @Test
    void engineRestGeeftDezelfdeWeigering() throws Exception {
        Werkproces w = bijRouteKiezen();
        String taak = task("RouteKiezen", w.instantie()).getId();

        HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(
                        adres("/engine-rest/task/" + taak + "/complete"))
                .header("Content-Type", "application/json").header("Authorization", basic(LPA))
                .POST(HttpRequest.BodyPublishers.ofString(AFWIJKING)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        JsonNode probleem = json.readTree(antwoord.body());
        assertThat(probleem.get("errors").findValuesAsText("field")).containsExactly("afwijkingMotivering");
        assertThat(probleem.get("message").asText()).contains("geef een motivering");
    }

    @Test
    void eenGeweigerdePaginaIsEenNederlandsePaginaInDeHuisstijl() throws Exception {
        Werkproces w = bijRouteKiezen();

        // A Dossier of Doetinchem for an officer of Aalten: the domain refuses (MAS §10).
        HttpResponse<String> dossier = pagina("/dossiers/" + w.dossierId(), "lpa-aalten");
        isFoutpagina(dossier, 403, "Geen toegang");
        // The metrics for an officer: the security configuration refuses.
        isFoutpagina(pagina("/actuator/prometheus", LPA), 403, "Geen toegang");
    }

    @Test
    void eenOnbekendePaginaIsEenNederlandsePaginaMaarDeApiBlijftProblemJson() throws Exception {
        isFoutpagina(pagina("/bestaat-niet", LPA), 404, "Niet gevonden");

        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(adres("/api/bestaat-niet"))
                .header("Accept", "text/html").header("Authorization", basic(LPA)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(api.body()).get("title").asText()).isEqualTo("Niet gevonden");
    }

    @Test
    void eenStoringZegtNietsOverDeStoringZelf() {
        Foutpaginas.Uitleg uitleg = Foutpaginas.uitleg(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(uitleg.titel()).isEqualTo("Er ging iets mis");
        assertThat(uitleg.tekst()).contains("niets half opgeslagen");
    }

    HttpResponse<String> pagina(String pad, String gebruiker) throws Exception {
        return browser.send(HttpRequest.newBuilder(adres(pad))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Authorization", basic(gebruiker)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static void isFoutpagina(HttpResponse<String> antwoord, int status, String titel) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(antwoord.body()).contains("<html lang=\"nl\"", "class=\"kop\"", "<h1>" + titel + "</h1>",
                "Foutcode " + status).doesNotContain("Whitelabel", "\"status\"");
    }

    static String basic(String gebruiker) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
