package nl.schoolverzuim.toegang;

import static nl.schoolverzuim.testsupport.Meldingen.jongere;
import static nl.schoolverzuim.testsupport.Meldingen.school;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * Bad input is answered 4xx with a Dutch application/problem+json naming the field, never 5xx (a 5xx is a bug):
 * on our API and on Camunda's REST API.
 */
@IntegratieTest
class SlechteInvoerTest {

    static final String LPA = "lpa-doetinchem";
    static final String WACHTWOORD = "demo";

    /** No-break space, figure space, narrow no-break space, ideographic space: not whitespace to String.trim(). */
    static final List<String> SPATIES = List.of("\u00A0", "\u2007", "\u202F", "\u3000");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;

    ResponseEntity<JsonNode> verstuur(HttpMethod methode, String pad, String contentType, String body) {
        HttpHeaders headers = new HttpHeaders();
        if (contentType != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.withBasicAuth(LPA, WACHTWOORD).exchange(pad, methode, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    ResponseEntity<JsonNode> melding(Map<String, Object> melding) throws Exception {
        return verstuur(HttpMethod.POST, "/api/meldingen", MediaType.APPLICATION_JSON_VALUE,
                json.writeValueAsString(melding));
    }

    static void isProbleem(ResponseEntity<JsonNode> antwoord, HttpStatus status) {
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(status);
        assertThat(antwoord.getHeaders().getContentType()).isNotNull();
        assertThat(antwoord.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(String.valueOf(antwoord.getHeaders().getContentType())).isTrue();
        assertThat(antwoord.getBody().path("status").asInt()).isEqualTo(status.value());
        assertThat(antwoord.getBody().path("title").asText()).isNotBlank();
    }

    static void noemtVeld(ResponseEntity<JsonNode> antwoord, String veld) {
        isProbleem(antwoord, HttpStatus.BAD_REQUEST);
        List<String> velden = new ArrayList<>();
        antwoord.getBody().path("errors").forEach(fout -> velden.add(fout.path("field").asText()));
        assertThat(velden).contains(veld);
    }

    static Stream<Arguments> spatieInVeld() {
        return Stream.of("verzuimsoort", "meldingsdatum", "jongere.woongemeente", "jongere.geboortedatum",
                        "jongere.voornaam", "school.brin", "school.naam", "school.onderwijssoort")
                .flatMap(veld -> SPATIES.stream().map(spatie -> Arguments.of(veld, spatie)));
    }

    @SuppressWarnings("unchecked")
    static void zet(Map<String, Object> melding, String veld, Object waarde) {
        String[] pad = veld.split("\\.");
        Map<String, Object> doel = melding;
        for (int i = 0; i < pad.length - 1; i++) {
            doel = (Map<String, Object>) doel.get(pad[i]);
        }
        doel.put(pad[pad.length - 1], waarde);
    }

    @ParameterizedTest(name = "{0} = U+{1}")
    @MethodSource("spatieInVeld")
    void eenVeldVanAlleenUnicodeSpatiesOntbreekt(String veld, String spatie) throws Exception {
        Map<String, Object> melding = Meldingen.wettelijk();
        zet(melding, veld, spatie + spatie);

        ResponseEntity<JsonNode> antwoord = melding(melding);

        noemtVeld(antwoord, veld);
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "\u00A0", "\u3000 "})
    void eenSchoolMetLegeBrinWordtGeweigerd(String brin) throws Exception {
        Map<String, Object> melding = Meldingen.wettelijk();
        school(melding).put("brin", brin);

        noemtVeld(melding(melding), "school.brin");
    }

    @Test
    void unicodeSpatiesRondEenGeldigeWaardeTellenNietMee() throws Exception {
        Map<String, Object> melding = Meldingen.wettelijk();
        melding.put("verzuimsoort", "\u00A0WETTELIJK\u3000");
        melding.put("meldingsdatum", melding.get("meldingsdatum") + "\u202F");
        jongere(melding).put("woongemeente", "\u2007Doetinchem");
        jongere(melding).put("geboortedatum", "\u00A0" + jongere(melding).get("geboortedatum"));

        assertThat(melding(melding).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** Camunda answers an unknown task id with a 500 ("Cannot find task"): it is the caller's error, a 404. */
    @ParameterizedTest
    @ValueSource(strings = {"claim", "complete"})
    void eenOnbekendeTaakIs404(String actie) throws Exception {
        ResponseEntity<JsonNode> antwoord = verstuur(HttpMethod.POST, "/engine-rest/task/bestaat-niet/" + actie,
                MediaType.APPLICATION_JSON_VALUE, "{\"userId\": \"lpa-doetinchem\"}");

        isProbleem(antwoord, HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void eenMeldingInEenAnderFormaatDanJsonIs415(String contentType) throws Exception {
        ResponseEntity<JsonNode> antwoord = verstuur(HttpMethod.POST, "/api/meldingen", contentType,
                json.writeValueAsString(Meldingen.wettelijk()));

        isProbleem(antwoord, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(antwoord.getBody().path("detail").asText()).contains("application/json");
    }

    @Test
    void eenTeGroteLosseMeldingIs413() throws Exception {
        Map<String, Object> melding = Meldingen.wettelijk();
        melding.put("toelichting", "x".repeat(300_000));

        isProbleem(melding(melding), HttpStatus.PAYLOAD_TOO_LARGE);
    }

    /** A werkproces of a new melding, stopped at {@code activiteit}: its open task. */
    Task taakBij(String activiteit) throws Exception {
        ResponseEntity<JsonNode> aangemaakt = melding(Meldingen.wettelijk());
        assertThat(aangemaakt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String werkproces = String.valueOf(aangemaakt.getBody().path("werkprocesId").asLong());
        String instantie = runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkproces)
                .singleResult().getId();
        if (!activiteit.equals("MeldingTrieren")) {
            runtime.createProcessInstanceModification(instantie).startBeforeActivity(activiteit)
                    .cancelAllForActivity("MeldingTrieren").execute();
        }
        return taken.createTaskQuery().processInstanceId(instantie).taskDefinitionKey(activiteit).singleResult();
    }

    @Test
    void eenTaakAfrondenZonderVerplichteVariabeleIs400MetDeVariabele() throws Exception {
        Task triage = taakBij("MeldingTrieren");

        ResponseEntity<JsonNode> antwoord = verstuur(HttpMethod.POST, "/engine-rest/task/" + triage.getId()
                + "/complete", MediaType.APPLICATION_JSON_VALUE, "{}");

        noemtVeld(antwoord, "triageBesluit");
        assertThat(taken.createTaskQuery().taskId(triage.getId()).count()).isOne();
    }

    /** MAS §4.3: the listener of "Route kiezen" refuses a completion without a route; the officer reads why. */
    @Test
    void eenWeigeringVanEenListenerIs400MetDeNederlandseMelding() throws Exception {
        Task routeKiezen = taakBij("RouteKiezen");

        ResponseEntity<JsonNode> antwoord = verstuur(HttpMethod.POST, "/engine-rest/task/" + routeKiezen.getId()
                + "/complete", MediaType.APPLICATION_JSON_VALUE, "{\"variables\":{}}");

        isProbleem(antwoord, HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().path("detail").asText()).isEqualTo("Kies minstens één route (MAS §4.3).");
        assertThat(taken.createTaskQuery().taskId(routeKiezen.getId()).count()).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void eenWijzigingViaEngineRestAlleenAlsJson(String contentType) throws Exception {
        Task triage = taakBij("MeldingTrieren");

        ResponseEntity<JsonNode> antwoord = verstuur(HttpMethod.POST, "/engine-rest/task/" + triage.getId()
                + "/complete", contentType, "{\"variables\":{}}");

        isProbleem(antwoord, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(antwoord.getBody().path("detail").asText()).contains("application/json");
        assertThat(taken.createTaskQuery().taskId(triage.getId()).count()).isOne();
    }
}
