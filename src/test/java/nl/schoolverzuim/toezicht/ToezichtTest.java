package nl.schoolverzuim.toezicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.testsupport.WerkprocesTest;
import nl.schoolverzuim.toegang.IdentityInrichting;
import nl.schoolverzuim.werkvoorraad.Werkvoorraad;

/**
 * The teamleider's oversight: escalation of overdue steps after the delay of MAS §5, reassignment within
 * the team (MAS §10), a new due date, the overdue list as CSV, the aggregates, the metrics and the page.
 */
// Spring Boot tests switch metrics export off; this one checks what Prometheus reads.
@AutoConfigureObservability(tracing = false)
class ToezichtTest extends WerkprocesTest {

    /** A Monday well away from holidays: triage due Monday 9 March 17:00, escalation (5 werkdagen) Monday 16 March 17:00. */
    static final LocalDate MAANDAG = LocalDate.of(2026, 3, 2);

    @Autowired
    TestRestTemplate http;
    @Autowired
    Toezicht toezicht;
    @Autowired
    ToezichtMetrics metrics;
    @Autowired
    IdentityInrichting identiteit;
    @Autowired
    RegioRepository regios;
    @Autowired
    GemeenteRepository gemeenten;
    @Autowired
    TransactionTemplate transactie;

    @BeforeEach
    void maandagOchtend() {
        op(MAANDAG.atTime(9, 0));
    }

    static void op(LocalDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.atZone(NL).toInstant()));
    }

    Werkproces melding(String gemeente) {
        return melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), nieuweJongere(14, gemeente),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, null));
    }

    Task triage(Werkproces w) {
        return task("MeldingTrieren", w.instantie());
    }

    /** Runs achterstanden-signaleren at {@code moment}, as its quarter-hour timer would. */
    void controleerOp(LocalDateTime moment) {
        op(moment);
        Job kwartier = management.createJobQuery().processDefinitionKey("achterstanden-signaleren").timers().singleResult();
        assertThat(kwartier).as("kwartiertimer van achterstanden-signaleren").isNotNull();
        management.executeJob(kwartier.getId());
    }

    List<ProcessInstance> escalaties(String taakId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("achterstand-beoordelen")
                .variableValueEquals("taakId", taakId).list();
    }

    // --- MAS §5: escalation to the teamleider ------------------------------------------------------------------------

    @Test
    // MAS §5: escalation when a step is overdue by 5 werkdagen; werkdagen skip the Easter weekend and tweede Paasdag.
    void deEscalatieTeltWerkdagenOverPasen() {
        op(LocalDate.of(2026, 3, 23).atTime(9, 0));
        Werkproces w = melding("Doetinchem");
        Task taak = triage(w);
        assertThat(taak.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 3, 30).atTime(17, 0).atZone(NL).toInstant()));

        // 31 March, 1, 2, 3 April (Goede Vrijdag is a werkdag), then 7 April: 4-5 April weekend, 6 April tweede Paasdag.
        controleerOp(LocalDate.of(2026, 4, 7).atTime(16, 59));
        assertThat(escalaties(taak.getId())).as("een minuut voor de termijn, na tweede Paasdag").isEmpty();
        controleerOp(LocalDate.of(2026, 4, 7).atTime(17, 0));
        List<ProcessInstance> escalatie = escalaties(taak.getId());
        assertThat(escalatie).hasSize(1);
        // Row ACHTERSTAND_BEOORDELEN: 5 werkdagen from the escalation, over the weekend of 11-12 April.
        assertThat(task("AchterstandBeoordelen", escalatie.get(0)).getDueDate())
                .isEqualTo(Date.from(LocalDate.of(2026, 4, 14).atTime(17, 0).atZone(NL).toInstant()));
    }

    @Test
    void eenTeLateStapEscaleertPreciesEenKeerNaVijfWerkdagenZonderDeTaakAanTeRaken() {
        Werkproces w = melding("Doetinchem");
        Task taak = triage(w);
        assertThat(taak.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 3, 9).atTime(17, 0).atZone(NL).toInstant()));

        controleerOp(LocalDate.of(2026, 3, 13).atTime(17, 0));
        assertThat(escalaties(taak.getId())).as("een werkdag voor de termijn").isEmpty();
        controleerOp(LocalDate.of(2026, 3, 16).atTime(16, 59));
        assertThat(escalaties(taak.getId())).as("een minuut voor de termijn").isEmpty();

        controleerOp(LocalDate.of(2026, 3, 16).atTime(17, 0));
        assertThat(escalaties(taak.getId())).hasSize(1);
        controleerOp(LocalDate.of(2026, 3, 16).atTime(17, 15));
        controleerOp(LocalDate.of(2026, 3, 30).atTime(9, 0));
        List<ProcessInstance> escalatie = escalaties(taak.getId());
        assertThat(escalatie).as("nog steeds één").hasSize(1);

        Task beoordelen = task("AchterstandBeoordelen", escalatie.get(0));
        assertThat(taken.getIdentityLinksForTask(beoordelen.getId())).extracting(IdentityLink::getGroupId)
                .as("de teamleiders van de regio, niet die van het hele land").containsExactly("teamleider-achterhoek");
        assertThat(beoordelen.getDueDate()).as("de teamleider heeft de triagetermijn").isEqualTo(
                Date.from(LocalDate.of(2026, 3, 23).atTime(17, 0).atZone(NL).toInstant()));
        controleerOp(LocalDate.of(2026, 4, 20).atTime(9, 0));
        assertThat(escalaties(beoordelen.getId())).as("een escalatie escaleert niet opnieuw").isEmpty();
        Map<String, Object> context = runtime.getVariables(escalatie.get(0).getId());
        assertThat(context).containsEntry("taakNaam", "Melding triëren").containsEntry("gemeente", "Doetinchem")
                .containsEntry("behandelaar", "niet toegewezen").containsEntry("dagenTeLaat", 7)
                .containsEntry("dossierId", w.dossierId()).containsEntry("werkprocesId", w.id())
                .containsEntry("tasklistLink", "/camunda/app/tasklist/default/#/?task=" + taak.getId())
                .containsEntry("toezichtLink", "/toezicht?gemeente=Doetinchem");
        assertThat(((Date) context.get("vervaldatum")).getTime()).isEqualTo(taak.getDueDate().getTime());
        assertThat(context.get("jongereNaam")).isEqualTo(runtime.getVariable(w.instantie().getId(), "jongereNaam"));
        assertThat(escalatie.get(0).getBusinessKey()).isEqualTo(String.valueOf(w.id()));

        Task ongemoeid = taken.createTaskQuery().taskId(taak.getId()).singleResult();
        assertThat(ongemoeid.getDueDate()).isEqualTo(taak.getDueDate());
        assertThat(ongemoeid.getAssignee()).isNull();
        assertThat(w.instantie()).isWaitingAt("MeldingTrieren");

        voltooi(escalatie.get(0), "AchterstandBeoordelen", "beoordeling", "BESPROKEN",
                "toelichting", "Behandelaar was ziek; triage deze week");
        assertThat(escalatie.get(0)).hasPassed("AchterstandBeoordeeld").isEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("WeekstandVastleggen")
                .finished().count()).as("de controle loopt tot het einde").isPositive();
    }

    @Test
    void eenAfgerondeStapEscaleertNiet() {
        Werkproces w = melding("Aalten");
        Task taak = triage(w);
        op(LocalDate.of(2026, 3, 12).atTime(10, 0));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");

        controleerOp(LocalDate.of(2026, 3, 16).atTime(17, 0));

        assertThat(escalaties(taak.getId())).isEmpty();
        Task onderzoek = task("Onderzoek", w.instantie());
        assertThat(escalaties(onderzoek.getId())).as("nieuwe stap, nog niet te laat").isEmpty();
    }

    @Test
    void eenRegioKanEenAndereEscalatietermijnHebben() throws IOException {
        Werkproces w = melding("Winterswijk");
        Task taak = triage(w);
        String deployment = regioTermijn("achterhoek", 1);
        try {
            controleerOp(LocalDate.of(2026, 3, 10).atTime(16, 59));
            assertThat(escalaties(taak.getId())).isEmpty();

            controleerOp(LocalDate.of(2026, 3, 10).atTime(17, 0));

            assertThat(escalaties(taak.getId())).as("één werkdag in regio achterhoek").hasSize(1);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    /** Deploys mas-termijnen.dmn with a row for {@code regio} above the default ESCALATIE row, as a designer would. */
    String regioTermijn(String regio, int werkdagen) throws IOException {
        String dmn;
        try (InputStream in = getClass().getResourceAsStream("/processes/mas-termijnen.dmn")) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String regel = """
                <rule id="Rule_Test_Escalatie"><inputEntry id="Rule_Test_in0"><text>"ESCALATIE"</text></inputEntry>
                <inputEntry id="Rule_Test_in1"><text>"%s"</text></inputEntry><outputEntry id="Rule_Test_out0"><text>%d</text></outputEntry>
                <outputEntry id="Rule_Test_out1"><text>"WERKDAGEN"</text></outputEntry></rule>
                """.formatted(regio, werkdagen);
        String aangepast = dmn.replaceFirst("<rule id=\"Rule_01\">", Matcher.quoteReplacement(regel) + "<rule id=\"Rule_01\">");
        assertThat(aangepast).isNotEqualTo(dmn);
        return engine.getRepositoryService().createDeployment().name("test-regiotermijn")
                .addString("processes/mas-termijnen.dmn", aangepast).deploy().getId();
    }

    // --- reassignment and a new due date -----------------------------------------------------------------------------

    ResponseEntity<JsonNode> post(String gebruiker, String adres, Map<String, Object> inhoud) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(gebruiker, "demo").postForEntity(adres, new HttpEntity<>(inhoud, headers), JsonNode.class);
    }

    List<String> foutvelden(ResponseEntity<JsonNode> antwoord) {
        return antwoord.getBody().get("errors").findValuesAsText("field");
    }

    int logregels(String tabel, String taakId) {
        return jdbc.queryForObject("select count(*) from " + tabel + " where task_id = ?", Integer.class, taakId);
    }

    @Test
    void deTeamleiderHerverdeeltAlleenBinnenHetTeamVanDeGemeenteEnAllesOfNiets() {
        Task doetinchem = triage(melding("Doetinchem"));
        Task doetinchem2 = triage(melding("Doetinchem"));
        Task aalten = triage(melding("Aalten"));

        ResponseEntity<JsonNode> gelukt = post("teamleider", "/api/toezicht/herverdelingen",
                Map.of("taken", List.of(doetinchem.getId()), "naar", "lpa-doetinchem-2", "reden", "lpa-doetinchem is ziek"));

        assertThat(gelukt.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(gelukt.getBody().get("herverdeeld").asInt()).isEqualTo(1);
        assertThat(taken.createTaskQuery().taskId(doetinchem.getId()).singleResult().getAssignee()).isEqualTo("lpa-doetinchem-2");
        assertThat(jdbc.queryForObject("select toegewezen_aan from werkvoorraad_taak where task_id = ?", String.class,
                doetinchem.getId())).isEqualTo("lpa-doetinchem-2");
        Map<String, Object> log = jdbc.queryForMap("select van, naar, reden, door from taak_herverdeling where task_id = ?",
                doetinchem.getId());
        assertThat(log.get("naar")).isEqualTo("lpa-doetinchem-2");
        assertThat(log.get("reden")).isEqualTo("lpa-doetinchem is ziek");
        assertThat(log.get("door")).isEqualTo("teamleider");
        assertThat(log.get("van")).isNull();
        assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(doetinchem.getId())
                .operationType("Assign").singleResult().getUserId()).as("Cockpit noemt de teamleider").isEqualTo("teamleider");

        // MAS §10: an officer of another gemeente may not get the task; one refused task refuses the whole request.
        ResponseEntity<JsonNode> anderTeam = post("teamleider", "/api/toezicht/herverdelingen",
                Map.of("taken", List.of(doetinchem2.getId(), aalten.getId()), "naar", "lpa-doetinchem-2", "reden", "verdelen"));

        assertThat(anderTeam.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(anderTeam.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(foutvelden(anderTeam)).containsExactly("taken[1]");
        assertThat(anderTeam.getBody().get("errors").get(0).get("message").asText()).contains("leerplicht-aalten");
        assertThat(taken.createTaskQuery().taskIdIn(doetinchem2.getId(), aalten.getId()).list())
                .extracting(Task::getAssignee).containsOnlyNulls();
        assertThat(logregels("taak_herverdeling", doetinchem2.getId()) + logregels("taak_herverdeling", aalten.getId())).isZero();

        ResponseEntity<JsonNode> onvolledig = post("teamleider", "/api/toezicht/herverdelingen",
                Map.of("taken", List.of(doetinchem2.getId(), "bestaat-niet"), "naar", "niemand"));
        assertThat(onvolledig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(foutvelden(onvolledig)).containsExactlyInAnyOrder("reden", "naar", "taken[1]");

        assertThat(post("lpa-doetinchem", "/api/toezicht/herverdelingen", Map.of("taken", List.of(doetinchem2.getId()),
                "naar", "lpa-doetinchem", "reden", "zelf pakken")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taken.createTaskQuery().taskId(doetinchem2.getId()).singleResult().getAssignee()).isNull();
    }

    /** MAS §10: a teamleider oversees and steers their own team only; another regio's work stays out of sight. */
    @Test
    void eenTeamleiderVanEenAndereRegioZietEnStuurtDitWerkNiet() {
        transactie.executeWithoutResult(status -> {
            Regio twente = regios.findByCode("twente").orElseGet(() -> regios.save(new Regio("twente", "Twente")));
            if (gemeenten.findByCbsCode("GM0164").isEmpty()) {
                gemeenten.save(new Gemeente("GM0164", "Hengelo", twente));
            }
        });
        identiteit.synchroniseer();
        identiteit.gebruiker("teamleider-twente-test", "Teamleider", "Twente", "demo",
                List.of("teamleider", "teamleider-twente", "leerplicht-hengelo"));
        Task doetinchem = triage(melding("Doetinchem"));
        op(LocalDate.of(2026, 3, 20).atTime(9, 0));

        JsonNode perGemeente = http.withBasicAuth("teamleider-twente-test", "demo")
                .getForObject("/api/toezicht/overzicht?per=gemeente", JsonNode.class);
        assertThat(perGemeente.findValuesAsText("sleutel")).doesNotContain("Doetinchem");
        assertThat(http.withBasicAuth("teamleider-twente-test", "demo").getForObject("/api/toezicht/te-laat.csv",
                String.class)).doesNotContain(doetinchem.getId());
        assertThat(http.withBasicAuth("teamleider-twente-test", "demo").getForObject("/toezicht", String.class))
                .doesNotContain(doetinchem.getId()).doesNotContain(">Doetinchem<");
        assertThat(http.withBasicAuth("teamleider", "demo").getForObject("/api/toezicht/te-laat.csv", String.class))
                .contains(doetinchem.getId());

        assertThat(post("teamleider-twente-test", "/api/toezicht/herverdelingen", Map.of("taken", List.of(doetinchem.getId()),
                "naar", "lpa-doetinchem-2", "reden", "verdelen")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("teamleider-twente-test", "/api/toezicht/vervaldatums", Map.of("taak", doetinchem.getId(),
                "vervaldatum", "2026-03-27", "motivering", "uitstel")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Task onveranderd = taken.createTaskQuery().taskId(doetinchem.getId()).singleResult();
        assertThat(onveranderd.getAssignee()).isNull();
        assertThat(onveranderd.getDueDate()).isEqualTo(doetinchem.getDueDate());
        assertThat(logregels("taak_herverdeling", doetinchem.getId()) + logregels("vervaldatum_wijziging", doetinchem.getId()))
                .isZero();
    }

    @Test
    void eenNieuweVervaldatumMetMotiveringGeldtAlsNieuweTermijnOokVoorDeEscalatie() {
        Task taak = triage(melding("Berkelland"));
        controleerOp(LocalDate.of(2026, 3, 16).atTime(17, 0));
        assertThat(escalaties(taak.getId())).hasSize(1);

        ResponseEntity<JsonNode> zonderMotivering = post("teamleider", "/api/toezicht/vervaldatums",
                Map.of("taak", taak.getId(), "vervaldatum", "2026-03-01"));
        assertThat(zonderMotivering.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(foutvelden(zonderMotivering)).containsExactlyInAnyOrder("vervaldatum", "motivering");
        assertThat(post("teamleider", "/api/toezicht/vervaldatums", Map.of("taak", taak.getId(), "vervaldatum", "morgen",
                "motivering", "x")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<JsonNode> gezet = post("teamleider", "/api/toezicht/vervaldatums",
                Map.of("taak", taak.getId(), "vervaldatum", "2026-03-20", "motivering", "wacht op gegevens van de school"));

        assertThat(gezet.getStatusCode()).isEqualTo(HttpStatus.OK);
        Date nieuw = Date.from(LocalDate.of(2026, 3, 20).atTime(17, 0).atZone(NL).toInstant());
        assertThat(taken.createTaskQuery().taskId(taak.getId()).singleResult().getDueDate()).isEqualTo(nieuw);
        assertThat(jdbc.queryForObject("select vervaldatum from werkvoorraad_taak where task_id = ?", java.sql.Timestamp.class,
                taak.getId()).getTime()).isEqualTo(nieuw.getTime());
        assertThat(jdbc.queryForObject("select motivering from vervaldatum_wijziging where task_id = ?", String.class,
                taak.getId())).isEqualTo("wacht op gegevens van de school");

        // The new deadline escalates again only when it too is overdue by 5 werkdagen: Friday 27 March 17:00.
        controleerOp(LocalDate.of(2026, 3, 27).atTime(16, 45));
        assertThat(escalaties(taak.getId())).hasSize(1);
        controleerOp(LocalDate.of(2026, 3, 27).atTime(17, 0));
        assertThat(escalaties(taak.getId())).hasSize(2);
    }

    // --- the aggregates, the CSV and the metrics equal the read model -------------------------------------------------

    @Test
    void deCsvBevatPreciesDeTeLateTaken() {
        melding("Doetinchem");
        melding("Oost Gelre");
        op(MAANDAG.plusDays(7).atTime(9, 0));
        melding("Doetinchem");
        melding("Oost Gelre");
        op(MAANDAG.plusDays(10).atTime(12, 0)); // the first two are overdue, the last two are not yet

        assertThat(csvTaken(null)).containsExactlyInAnyOrderElementsOf(teLaatVolgensEngine(null)).isNotEmpty();
        assertThat(csvTaken("Oost Gelre")).containsExactlyInAnyOrderElementsOf(teLaatVolgensEngine("Oost Gelre")).hasSize(1);
        String csv = http.withBasicAuth("teamleider", "demo").getForObject("/api/toezicht/te-laat.csv?gemeente=Oost Gelre",
                String.class);
        assertThat(csv.lines().findFirst()).hasValue(ToezichtController.CSV_KOP);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains(";Melding triëren;Oost Gelre;;2026-03-09;3;/camunda/app/tasklist/");
        assertThat(http.withBasicAuth("lpa-oost-gelre", "demo").getForEntity("/api/toezicht/te-laat.csv", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    List<String> csvTaken(String gemeente) {
        String csv = http.withBasicAuth("teamleider", "demo")
                .getForObject("/api/toezicht/te-laat.csv" + (gemeente == null ? "" : "?gemeente=" + gemeente), String.class);
        return csv.lines().skip(1).map(regel -> regel.substring(0, regel.indexOf(';'))).toList();
    }

    List<String> teLaatVolgensEngine(String gemeente) {
        var query = taken.createTaskQuery().dueBefore(ClockUtil.getCurrentTime());
        if (gemeente != null) {
            query.processVariableValueEquals("gemeente", gemeente);
        }
        return query.list().stream().map(Task::getId).toList();
    }

    @Test
    void overzichtOuderdomEnTrendKloppenMetDeEngine() {
        List<Task> vijf = List.of(triage(melding("Bronckhorst")), triage(melding("Bronckhorst")), triage(melding("Bronckhorst")),
                triage(melding("Bronckhorst")), triage(melding("Bronckhorst")));
        triage(melding("Bronckhorst")); // on time
        Instant nu = ClockUtil.getCurrentTime().toInstant();
        // 0, 7, 8, 30 and 31 days overdue: the edges of the buckets 0-7, 8-14, 15-30, > 30.
        int[] dagen = {0, 7, 8, 30, 31};
        for (int i = 0; i < vijf.size(); i++) {
            Task taak = vijf.get(i);
            taak.setDueDate(dagen[i] == 0 ? Date.from(nu.minusSeconds(3600))
                    : Termijnen.eindeWerkdag(vandaag().minusDays(dagen[i])));
            taken.saveTask(taak);
            assertThat(Werkvoorraad.dagenTeLaat(taak.getDueDate().toInstant(), nu)).isEqualTo(dagen[i]);
        }

        JsonNode ouderdom = api("/api/toezicht/ouderdom?gemeente=Bronckhorst");
        assertThat(ouderdom.findValuesAsText("klasse")).containsExactly("0-7", "8-14", "15-30", "> 30");
        assertThat(ouderdom.findValues("aantal")).extracting(JsonNode::asInt).containsExactly(2, 1, 1, 1);

        JsonNode perGemeente = api("/api/toezicht/overzicht?per=gemeente");
        for (JsonNode rij : perGemeente) {
            String gemeente = rij.path("sleutel").asText(null);
            assertThat(rij.get("open").asLong()).as(gemeente)
                    .isEqualTo(taken.createTaskQuery().processVariableValueEquals("gemeente", gemeente).count());
            assertThat(rij.get("teLaat").asLong()).as(gemeente).isEqualTo(teLaatVolgensEngine(gemeente).size());
        }
        assertThat(perGemeente.findValuesAsText("sleutel")).contains("Bronckhorst");
        JsonNode perStap = api("/api/toezicht/overzicht?per=stap&gemeente=Bronckhorst");
        assertThat(perStap).hasSize(1);
        assertThat(perStap.get(0).get("sleutel").asText()).isEqualTo("Melding triëren");
        assertThat(perStap.get(0).get("open").asInt()).isEqualTo(6);
        assertThat(perStap.get(0).get("teLaat").asInt()).isEqualTo(5);
        JsonNode perBehandelaar = api("/api/toezicht/overzicht?per=behandelaar&gemeente=Bronckhorst");
        assertThat(perBehandelaar.get(0).get("sleutel").asText()).isEqualTo(Toezicht.NIET_TOEGEWEZEN);
        assertThat(api("/api/toezicht/te-laat?gemeente=Bronckhorst&grootte=2").get("totaal").asInt()).isEqualTo(5);
        assertThat(api("/api/toezicht/te-laat?gemeente=Bronckhorst&grootte=2").get("taken").findValuesAsText("taakId"))
                .containsExactly(vijf.get(4).getId(), vijf.get(3).getId());
        assertThat(http.withBasicAuth("teamleider", "demo").getForEntity("/api/toezicht/overzicht?per=school", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // The trend: this week's sweep is kept; next week it is last week's figure and the current week is live.
        controleerOp(MAANDAG.atTime(10, 0));
        // The teamleider deals with the escalations that sweep started, so only the officers' work is counted below.
        taken.createTaskQuery().taskDefinitionKey("AchterstandBeoordelen").list()
                .forEach(beoordeling -> taken.complete(beoordeling.getId()));
        op(MAANDAG.plusDays(8).atTime(10, 0));
        JsonNode trend = api("/api/toezicht/trend?gemeente=Bronckhorst");
        assertThat(trend).hasSize(Toezicht.TREND_WEKEN);
        assertThat(trend.get(10).get("week").asText()).isEqualTo("2026-W10");
        assertThat(trend.get(10).get("teLaat").asInt()).isEqualTo(5);
        assertThat(trend.get(11).get("week").asText()).isEqualTo("2026-W11");
        assertThat(trend.get(11).get("teLaat").asInt()).isEqualTo(6);
        assertThat(trend.get(9).has("teLaat")).as("geen meting in week 9").isFalse();
    }

    JsonNode api(String adres) {
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth("teamleider", "demo").getForEntity(adres, JsonNode.class);
        assertThat(antwoord.getStatusCode()).as(adres).isEqualTo(HttpStatus.OK);
        return antwoord.getBody();
    }

    @Test
    void deMetricsPerGemeenteZijnDeTellingenVanHetLeesmodel() {
        melding("Montferland");
        melding("Montferland");
        op(MAANDAG.plusDays(8).atTime(9, 0));
        melding("Montferland");

        metrics.ververs();
        ResponseEntity<String> scrape = http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);

        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Double> open = reeks(scrape.getBody(), "schoolverzuim_taken_open");
        Map<String, Double> teLaat = reeks(scrape.getBody(), "schoolverzuim_taken_te_laat");
        Map<String, Long> leesmodelOpen = jdbc.queryForList("select gemeente, count(*) as n from werkvoorraad_taak group by gemeente")
                .stream().collect(Collectors.toMap(r -> (String) r.get("gemeente"), r -> ((Number) r.get("n")).longValue()));
        for (String gemeente : List.of("Aalten", "Berkelland", "Bronckhorst", "Doesburg", "Doetinchem", "Montferland",
                "Oost Gelre", "Oude IJsselstreek", "Winterswijk")) {
            assertThat(open.get(gemeente)).as(gemeente).isEqualTo(leesmodelOpen.getOrDefault(gemeente, 0L).doubleValue());
            assertThat(teLaat.get(gemeente)).as(gemeente).isEqualTo(jdbc.queryForObject(
                    "select count(*) from werkvoorraad_taak where gemeente = ? and vervaldatum < ?", Long.class, gemeente,
                    new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime())).doubleValue());
        }
        assertThat(open.get("Montferland")).isEqualTo(3.0);
        assertThat(teLaat.get("Montferland")).isEqualTo(2.0);

        assertThat(http.withBasicAuth("teamleider", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        identiteit.gebruiker("prometheus", "Prometheus", "Scraper", "scrape", List.of("monitoring"));
        assertThat(http.withBasicAuth("prometheus", "scrape").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).as("het account van de scraper").isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("prometheus", "scrape").getForEntity("/toezicht", String.class).getStatusCode())
                .as("en verder niets").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The values of one gauge per gemeente label in the Prometheus text format. */
    static Map<String, Double> reeks(String prometheus, String naam) {
        Pattern regel = Pattern.compile("^" + naam + "\\{(.*)} (\\S+)$", Pattern.MULTILINE);
        Pattern gemeente = Pattern.compile("gemeente=\"([^\"]*)\"");
        Map<String, Double> waarden = new java.util.HashMap<>();
        Matcher m = regel.matcher(prometheus);
        while (m.find()) {
            Matcher label = gemeente.matcher(m.group(1));
            if (label.find()) {
                waarden.put(label.group(1), Double.valueOf(m.group(2)));
            }
        }
        return waarden;
    }

    // --- the page -----------------------------------------------------------------------------------------------------

    @Test
    void dePaginaIsVoorDeTeamleiderEnNietVoorEenLeerplichtambtenaar() {
        melding("Doesburg");
        op(MAANDAG.plusDays(9).atTime(9, 0));

        ResponseEntity<String> pagina = http.withBasicAuth("teamleider", "demo").getForEntity("/toezicht?gemeente=Doesburg",
                String.class);

        assertThat(pagina.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pagina.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(pagina.getBody()).contains("Toezicht op achterstanden", "data-gemeente=\"Doesburg\"",
                "<td class=\"getal te-laat\">1</td>", "Openen in Tasklist", "/api/toezicht/te-laat.csv?gemeente=Doesburg",
                "<optgroup label=\"leerplicht-doesburg\"><option value=\"lpa-doesburg\">");
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/toezicht", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("lpa-doesburg", "demo").getForEntity("/toezicht", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // Not signed in: to the login page (the client follows the redirect), no HTTP Basic prompt.
        ResponseEntity<String> zonderLogin = http.getForEntity("/toezicht", String.class);
        assertThat(zonderLogin.getBody()).contains("<h1>Inloggen</h1>").doesNotContain("Toezicht op achterstanden");
        assertThat(zonderLogin.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat(http.withBasicAuth("lpa-doesburg", "demo").getForEntity("/api/toezicht/overzicht", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
