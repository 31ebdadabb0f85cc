package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.testsupport.Meldingen;

/** {@code POST /api/verlofaanvragen} by the contract (vrijstellingen.md), over HTTP with the seeded school holidays. */
@IntegratieTest
class VerlofApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;

    static Map<String, Object> aanvraag(String gemeente, String van, String tot) {
        Map<String, Object> jongere = new HashMap<>(Map.of("bsn", Meldingen.uniekBsn(), "voornaam", "Sanne",
                "achternaam", "de Vries", "geboortedatum", "2014-05-01", "woongemeente", gemeente));
        Map<String, Object> body = new HashMap<>();
        body.put("jongere", jongere);
        body.put("school", Map.of("brin", "12AB", "naam", "Houtkamp College", "onderwijssoort", "VO"));
        body.put("van", van);
        body.put("tot", tot);
        body.put("reden", "huwelijk van een familielid");
        body.put("aanvraagdatum", "2026-11-10");
        return body;
    }

    ResponseEntity<JsonNode> post(String gebruiker, Object body) {
        return http.withBasicAuth(gebruiker, "demo").postForEntity("/api/verlofaanvragen", body, JsonNode.class);
    }

    int aantalAanvragen() {
        return jdbc.queryForObject("select count(*) from verlofaanvraag", Integer.class);
    }

    @ParameterizedTest(name = "MAS §7 {0}: {1} t/m {2} in {3} is {4} schooldagen, de directeur beslist (422)")
    @CsvSource(textBlock = """
            twee gewone schoolweken,                  2027-03-08, 2027-03-19, Doetinchem,  10
            drie weken over tweede Paasdag,           2027-03-22, 2027-04-05, Doetinchem,  10
            drie weken over de voorjaarsvakantie,     2027-02-15, 2027-03-05, Doetinchem,  10
            de voorjaarsvakantie van regio zuid,      2027-02-01, 2027-02-19, Montferland, 10
            """)
    void totEnMetTienSchooldagenBeslistDeDirecteurEnWordtNietsOpgeslagen(String geval, String van, String tot,
                                                                           String gemeente, int schooldagen) {
        int voor = aantalAanvragen();
        long processen = runtime.createProcessInstanceQuery().processDefinitionKey("verlof").count();

        ResponseEntity<JsonNode> antwoord = post("lpa-" + gemeente.toLowerCase(), aanvraag(gemeente, van, tot));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(antwoord.getBody().path("schooldagen").asInt()).isEqualTo(schooldagen);
        assertThat(antwoord.getBody().path("detail").asText()).contains(schooldagen + " schooldagen", "directeur");
        assertThat(aantalAanvragen()).isEqualTo(voor);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("verlof").count()).isEqualTo(processen);
    }

    @ParameterizedTest(name = "MAS §7 {0}: {1} t/m {2} in {3} is {4} schooldagen, de leerplichtambtenaar beslist (201)")
    @CsvSource(textBlock = """
            een dag na twee schoolweken,              2027-03-08, 2027-03-22, Doetinchem,  11
            een dag na de weken over tweede Paasdag,  2027-03-22, 2027-04-06, Doetinchem,  11
            een dag na de weken over de vakantie,     2027-02-15, 2027-03-08, Doetinchem,  11
            regio midden telt de vakantie van zuid,   2027-02-01, 2027-02-19, Doetinchem,  15
            """)
    void meerDanTienSchooldagenStartHetWerkprocesVoorDeLeerplichtambtenaar(String geval, String van, String tot,
                                                                            String gemeente, int schooldagen) {
        int voor = aantalAanvragen();

        ResponseEntity<JsonNode> antwoord = post("lpa-" + gemeente.toLowerCase(), aanvraag(gemeente, van, tot));

        assertThat(antwoord.getStatusCode()).as("%s", antwoord.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = antwoord.getBody();
        assertThat(body.path("schooldagen").asInt()).isEqualTo(schooldagen);
        long id = body.path("id").asLong();
        assertThat(antwoord.getHeaders().getLocation()).hasToString("/api/verlofaanvragen/" + id);
        assertThat(aantalAanvragen()).isEqualTo(voor + 1);
        assertThat(jdbc.queryForObject("select dossier_id from verlofaanvraag where id = ?", Long.class, id))
                .isEqualTo(body.path("dossierId").asLong());

        ProcessInstance instantie = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(body.path("werkprocesId").asText()).singleResult();
        assertThat(instantie.getProcessDefinitionId()).startsWith("verlof:");
        Task taak = taken.createTaskQuery().processInstanceId(instantie.getId()).singleResult();
        assertThat(taak.getTaskDefinitionKey()).isEqualTo("VerlofBeslissen");
        assertThat(taken.getIdentityLinksForTask(taak.getId())).anyMatch(link ->
                ("leerplicht-" + gemeente.toLowerCase()).equals(link.getGroupId()));
        // MAS §7 with mas-termijn VERLOF_BESLISSEN: 8 weeks from the aanvraagdatum, end of the working day.
        assertThat(taak.getDueDate()).isEqualTo(Termijnen.eindeWerkdag(LocalDate.of(2027, 1, 5)));
        assertThat(runtime.getVariable(instantie.getId(), "schooldagen")).isEqualTo(schooldagen);

        JsonNode gelezen = http.withBasicAuth("lpa-" + gemeente.toLowerCase(), "demo")
                .getForEntity("/api/verlofaanvragen/" + id, JsonNode.class).getBody();
        assertThat(gelezen.path("status").asText()).isEqualTo("AANGEVRAAGD");
        assertThat(gelezen.path("van").asText()).isEqualTo(van);
    }

    @Test
    // MAS §7 (vrijstellingen.md): every required field of a verlof request is named.
    void eenLegeAanvraagNoemtElkVerplichtVeld() {
        ResponseEntity<JsonNode> antwoord = post("lpa-doetinchem", Map.of());

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(velden(antwoord)).containsExactlyInAnyOrder("jongere", "school", "van", "tot", "reden",
                "aanvraagdatum");
    }

    @Test
    // MAS §7, §10: every bad field named, the BSN never echoed, nothing stored.
    void elkOngeldigVeldWordtGenoemdEnNietsOpgeslagen() {
        int voor = aantalAanvragen();
        Map<String, Object> body = aanvraag("Doetinchem", "8-3-2027", "2027-03-22");
        body.put("aanvraagdatum", LocalDate.now().plusDays(2).toString());
        body.put("reden", " ");
        body.put("jongere", Map.of("bsn", "123456789", "voornaam", "", "achternaam", "de Vries",
                "geboortedatum", "2014-05-01", "woongemeente", "Atlantis"));
        body.put("school", Map.of("brin", "XYZ", "naam", "Houtkamp College", "onderwijssoort", "HBO"));

        ResponseEntity<JsonNode> antwoord = post("lpa-doetinchem", body);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(velden(antwoord)).containsExactlyInAnyOrder("van", "aanvraagdatum", "reden", "jongere.bsn",
                "jongere.voornaam", "jongere.woongemeente", "school.brin", "school.onderwijssoort");
        assertThat(antwoord.getBody().toString()).doesNotContain("123456789");
        assertThat(aantalAanvragen()).isEqualTo(voor);
    }

    @Test
    // MAS §2, §7: verlof concerns a leer- or kwalificatieplichtige Jongere (5-17).
    void totVoorVanEnEenJongereBovenDeKwalificatieplichtZijnOngeldig() {
        Map<String, Object> body = aanvraag("Doetinchem", "2027-03-22", "2027-03-08");
        ResponseEntity<JsonNode> antwoord = post("lpa-doetinchem", body);
        assertThat(velden(antwoord)).containsExactly("tot");

        Map<String, Object> achttien = aanvraag("Doetinchem", "2027-03-08", "2027-03-22");
        @SuppressWarnings("unchecked")
        Map<String, Object> jongere = (Map<String, Object>) achttien.get("jongere");
        jongere.put("geboortedatum", "2009-03-08");
        antwoord = post("lpa-doetinchem", achttien);
        assertThat(velden(antwoord)).containsExactly("jongere.geboortedatum");
        assertThat(antwoord.getBody().path("errors").get(0).path("message").asText()).contains("18 jaar");
    }

    @Test
    // MAS §7: without the region's school holidays the school days are not counted.
    void eenSchooljaarZonderBekendeSchoolvakantiesWordtNietGeteld() {
        ResponseEntity<JsonNode> antwoord = post("lpa-doetinchem", aanvraag("Doetinchem", "2029-03-05", "2029-03-23"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(velden(antwoord)).containsExactly("van");
        assertThat(antwoord.getBody().path("errors").get(0).path("message").asText())
                .contains("2028-2029", "beheerder");
    }

    @Test
    // MAS §10: only for a gemeente the officer works for.
    void eenLeerplichtambtenaarVraagtGeenVerlofAanVoorEenAndereGemeente() {
        int voor = aantalAanvragen();
        assertThat(post("lpa-aalten", aanvraag("Doetinchem", "2027-03-08", "2027-03-22")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/verlofaanvragen", aanvraag("Doetinchem", "2027-03-08", "2027-03-22"),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(aantalAanvragen()).isEqualTo(voor);
    }

    @Test
    // MAS §10: another gemeente does not read the request.
    void eenAndereGemeenteLeestDeAanvraagNiet() {
        JsonNode body = post("lpa-doetinchem", aanvraag("Doetinchem", "2027-03-08", "2027-03-22")).getBody();
        assertThat(http.withBasicAuth("lpa-aalten", "demo").getForEntity("/api/verlofaanvragen/" + body.path("id"),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("lpa-aalten", "demo").getForEntity("/api/verlofaanvragen/999999",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static List<String> velden(ResponseEntity<JsonNode> antwoord) {
        List<String> velden = new ArrayList<>();
        antwoord.getBody().path("errors").forEach(fout -> velden.add(fout.path("field").asText()));
        return velden;
    }
}
