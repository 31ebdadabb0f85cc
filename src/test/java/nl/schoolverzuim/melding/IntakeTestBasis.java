package nl.schoolverzuim.melding;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.toegang.IdentityInrichting;

/**
 * What the intake tests share: the whole application over HTTP with the real security, engine and database, the
 * demo users, and requests to the intake API. Each test class runs once on H2 and once on PostgreSQL by its subclasses.
 */
@IntegratieTest
abstract class IntakeTestBasis {

    static final String LPA_DOETINCHEM = "lpa-doetinchem";
    static final String WACHTWOORD = "demo";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService beheer;
    @Autowired
    TaskService taken;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    RegioRepository regios;
    @Autowired
    GemeenteRepository gemeenten;
    @Autowired
    IdentityInrichting identiteit;
    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManager entityManager;
    @Autowired
    IntakeService intake;
    @Autowired
    ObjectMapper json;

    ResponseEntity<JsonNode> post(String gebruiker, Object body) {
        return http.withBasicAuth(gebruiker, WACHTWOORD).postForEntity("/api/meldingen", body, JsonNode.class);
    }

    ResponseEntity<JsonNode> get(String gebruiker, String pad) {
        return http.withBasicAuth(gebruiker, WACHTWOORD).getForEntity(pad, JsonNode.class);
    }

    int aantalMeldingen() {
        return jdbc.queryForObject("select count(*) from melding", Integer.class);
    }

    long aantalProcessen() {
        return runtime.createProcessInstanceQuery().count();
    }

    String instantie(String werkproces) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkproces).singleResult().getId();
    }

    ResponseEntity<String> postRest(String gebruiker, String pad, Object body) {
        return http.withBasicAuth(gebruiker, WACHTWOORD).postForEntity(pad, body, String.class);
    }

    ResponseEntity<JsonNode> bulk(String gebruiker, Object meldingen) {
        return http.withBasicAuth(gebruiker, WACHTWOORD).postForEntity("/api/meldingen/bulk",
                Map.of("meldingen", meldingen), JsonNode.class);
    }
}
