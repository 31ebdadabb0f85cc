package nl.schoolverzuim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * Camunda 7's own cluster model: several application nodes on one PostgreSQL database, each with its job executor,
 * no coordination but the database. Two whole applications run side by side on one embedded PostgreSQL; meldingen and
 * task actions go over HTTP to both, and the engine clock (one per JVM, like a clock kept in step by NTP) is moved so
 * that timers fall due and both job executors compete for them.
 * <p>
 * The engines are named after their node: Camunda keeps the engines of a JVM in one static registry by name, and two
 * engines named "default" in one JVM would take each other's place there (a real installation runs one node per JVM
 * and keeps the name "default"). Camunda's REST API is therefore called by engine name here,
 * {@code /engine-rest/engine/knoopA/...}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TweeNodesTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final String WACHTWOORD = "demo";
    /** A Monday well away from holidays: triage due Monday 9 March 17:00, escalation (5 werkdagen) 16 March 17:00. */
    static final LocalDate MAANDAG = LocalDate.of(2026, 3, 2);
    /** The 18th birthday of the older Jongeren: the hand-off is prepared a month before, on 10 March (MAS §2). */
    static final LocalDate ACHTTIENDE_VERJAARDAG = LocalDate.of(2026, 4, 10);
    static final LocalDateTime ESCALATIE = LocalDate.of(2026, 3, 16).atTime(17, 0);
    static final LocalDateTime VOLGENDE_OCHTEND = LocalDate.of(2026, 3, 17).atTime(9, 0);
    /**
     * How long a node may keep starting the version it knew after another node deployed a new one: the look-up
     * interval of engine.LaatsteVersies (GELDIG), documented in the README.
     */
    static final Duration GEDOCUMENTEERDE_VERTRAGING = Duration.ofSeconds(10);
    /**
     * Every process a timer cycle starts: the escalation sweep (MAS §5), the night's removal times of history (MAS §10)
     * and the detection of thuiszitters (MAS §6).
     */
    static final List<String> PERIODIEK = List.of("achterstanden-signaleren", "historie-verwijdertijd",
            "thuiszitters-signaleren");
    static final List<String> GEMEENTEN = List.of("Aalten", "Berkelland", "Bronckhorst", "Doesburg", "Doetinchem",
            "Montferland", "Oost Gelre", "Oude IJsselstreek", "Winterswijk");

    static Knoop a;
    static Knoop b;

    record Knoop(String naam, ConfigurableApplicationContext context, TestRestTemplate http) {

        static Knoop start(String naam, String database) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(SchoolverzuimApplication.class)
                    .profiles("test", "demo")
                    // Arguments, not builder properties: those are defaults that the test profile would override.
                    .run("--spring.datasource.url=" + database,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres",
                            "--server.port=0",
                            "--camunda.bpm.process-engine-name=" + naam,
                            // The job log says which node ran a job.
                            "--camunda.bpm.generic-properties.properties.hostname=" + naam,
                            // The test profile leaves jobs to the test; here the nodes' job executors run them, and
                            // look for due jobs at least every half second instead of backing off to a minute.
                            "--camunda.bpm.job-execution.enabled=true",
                            "--camunda.bpm.job-execution.wait-time-in-millis=100",
                            "--camunda.bpm.job-execution.max-wait=500");
            int poort = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            return new Knoop(naam, context, new TestRestTemplate(
                    new RestTemplateBuilder().rootUri("http://localhost:" + poort)));
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        /** Camunda's REST API of this node's engine, as {@code gebruiker}. */
        ResponseEntity<String> rest(String gebruiker, HttpMethod methode, String pad, Object body) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            return http.withBasicAuth(gebruiker, WACHTWOORD).exchange("/engine-rest/engine/" + naam + pad, methode,
                    new HttpEntity<>(body, headers), String.class);
        }
    }

    record Werkproces(long id, ProcessInstance instantie, String gemeente) {

        String lpa() {
            return TweeNodesTest.lpa(gemeente);
        }
    }

    /** What the inbox shows of a task, from the engine or from the read model. */
    record Taak(String processInstanceId, String naam, String behandelaar, Instant vervaldatum, String groepen) {
    }

    @BeforeAll
    static void tweeKnopenOpEenDatabase() {
        op(MAANDAG.atTime(9, 0));
        String database = EmbeddedPostgresDatabase.nieuweDatabase("tweenodes");
        // One after the other, as a rolling installation does: the first creates the schema and deploys the models,
        // the second finds both.
        a = Knoop.start("knoopA", database);
        b = Knoop.start("knoopB", database);
    }

    @AfterAll
    static void stop() {
        try {
            if (b != null) {
                b.context().close();
            }
            if (a != null) {
                a.context().close();
            }
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    @Order(1)
    void elkeTimerEnElkeEscalatieGebeurtEenKeerEnHetLeesmodelVolgtDeEngineOpBeideKnopen() {
        for (Knoop knoop : List.of(a, b)) {
            ProcessEngine engine = knoop.bean(ProcessEngine.class);
            assertThat(engine.getName()).isEqualTo(knoop.naam());
            assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
                    .isActive()).as("job executor van %s", knoop.naam()).isTrue();
        }
        // The second node deployed nothing: one version of each model, one job per timer cycle and history cleanup.
        RepositoryService modellen = a.bean(RepositoryService.class);
        assertThat(modellen.createDeploymentQuery().count()).isEqualTo(1);
        for (String periodiek : PERIODIEK) {
            assertThat(modellen.createProcessDefinitionQuery().processDefinitionKey(periodiek).count()).isEqualTo(1);
            assertThat(timers(periodiek)).as(periodiek).hasSize(1);
        }
        assertThat(a.bean(HistoryService.class).findHistoryCleanupJobs()).hasSize(1);

        // Meldingen to both nodes: Jongeren of 14, and of 17 whose hand-off is prepared on 10 March (MAS §2).
        List<Werkproces> jong = new ArrayList<>();
        List<Werkproces> bijnaAchttien = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            jong.add(meld(i % 2 == 0 ? a : b, GEMEENTEN.get(i % GEMEENTEN.size()), MAANDAG.minusYears(14).minusDays(40)));
        }
        for (int i = 0; i < 16; i++) {
            bijnaAchttien.add(meld(i % 2 == 0 ? a : b, GEMEENTEN.get((i + 6) % GEMEENTEN.size()),
                    ACHTTIENDE_VERJAARDAG.minusYears(18)));
        }
        List<Werkproces> alle = new ArrayList<>(jong);
        alle.addAll(bijnaAchttien);
        for (Werkproces w : alle) {
            assertThat(triage(w).getDueDate()).as("triage (MAS §5)").isEqualTo(moment(LocalDate.of(2026, 3, 9).atTime(17, 0)));
        }
        for (Werkproces w : bijnaAchttien) {
            assertThat(timer(w, "MaandVoorAchttien").getDuedate()).isEqualTo(moment(LocalDate.of(2026, 3, 10).atStartOfDay()));
        }

        // Task actions on the node that did not receive the melding, through Camunda's REST API.
        assertThat(b.rest(jong.get(0).lpa(), HttpMethod.POST, "/task/" + triage(jong.get(0)).getId() + "/claim",
                Map.of("userId", jong.get(0).lpa())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String naarA = triage(jong.get(2)).getId();
        assertThat(b.rest(jong.get(2).lpa(), HttpMethod.POST, "/task/" + naarA + "/claim",
                Map.of("userId", jong.get(2).lpa())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(a.rest(jong.get(2).lpa(), HttpMethod.POST, "/task/" + naarA + "/unclaim", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Werkproces getrieerd = jong.get(1);
        assertThat(a.rest(getrieerd.lpa(), HttpMethod.POST, "/task/" + triage(getrieerd).getId() + "/complete",
                Map.of("variables", Map.of("triageBesluit", Map.of("value", "IN_BEHANDELING"))))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task(getrieerd, "Onderzoek").getDueDate()).as("10 werkdagen, pas 23 maart te laat")
                .isEqualTo(moment(LocalDate.of(2026, 3, 16).atTime(17, 0)));
        leesmodelIsDeEngine();

        List<String> teLaat = alle.stream().filter(w -> w != getrieerd).map(w -> triage(w).getId()).toList();

        // Two weeks on: the quarter-hour sweep, the nightly runs and 16 hand-off timers fall due at once. Meanwhile
        // officers claim tasks on both nodes, the rows the sweep marks.
        op(ESCALATIE);
        List<CompletableFuture<ResponseEntity<String>>> claims = new ArrayList<>();
        for (int i = 3; i < 6; i++) {
            Werkproces w = jong.get(i);
            Knoop knoop = i % 2 == 0 ? b : a;
            String taak = triage(w).getId();
            claims.add(CompletableFuture.supplyAsync(() -> knoop.rest(w.lpa(), HttpMethod.POST,
                    "/task/" + taak + "/claim", Map.of("userId", w.lpa()))));
        }
        claims.forEach(claim -> assertThat(claim.join().getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT));
        werkAf();

        for (String periodiek : PERIODIEK) {
            assertThat(gestart(periodiek)).as("%s één keer, niet per knoop en niet per gemist kwartier", periodiek)
                    .isEqualTo(1);
        }
        assertThat(timers("achterstanden-signaleren")).extracting(Job::getDuedate)
                .containsExactly(moment(ESCALATIE.plusMinutes(15)));
        // The nightly cycles are in the server's time zone, as Camunda reads a cron expression.
        assertThat(timers("historie-verwijdertijd")).extracting(Job::getDuedate).containsExactly(
                Date.from(LocalDate.of(2026, 3, 17).atTime(0, 30).atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(timers("thuiszitters-signaleren")).extracting(Job::getDuedate).containsExactly(
                Date.from(LocalDate.of(2026, 3, 17).atTime(2, 0).atZone(ZoneId.systemDefault()).toInstant()));
        for (Werkproces w : bijnaAchttien) {
            assertThat(doorlopen(w, "MaandVoorAchttien")).isEqualTo(1);
            assertThat(task(w, "OverdrachtVoorbereiden").getDueDate()).as("triagetermijn vanaf 16 maart")
                    .isEqualTo(moment(LocalDate.of(2026, 3, 23).atTime(17, 0)));
            assertThat(timer(w, "AchttiendeVerjaardag").getDuedate()).isEqualTo(moment(ACHTTIENDE_VERJAARDAG.atStartOfDay()));
        }
        assertThat(escalaties()).as("MAS §5: elke te late triage precies één keer bij de teamleider")
                .isEqualTo(teLaat.stream().collect(Collectors.toMap(Function.identity(), taak -> 1L, (x, y) -> x, TreeMap::new)));
        assertThat(a.bean(JdbcTemplate.class).queryForList(
                "select task_id from werkvoorraad_taak where geescaleerd_op is not null", String.class))
                .containsExactlyInAnyOrderElementsOf(teLaat);
        for (int i = 3; i < 6; i++) {
            assertThat(triage(jong.get(i)).getAssignee()).isEqualTo(jong.get(i).lpa());
        }
        elkeJobEenKeer();
        leesmodelIsDeEngine();

        // The next morning the sweep and the nightly runs come once more; nothing escalates a second time.
        op(VOLGENDE_OCHTEND);
        werkAf();
        for (String periodiek : PERIODIEK) {
            assertThat(gestart(periodiek)).as(periodiek).isEqualTo(2);
        }
        assertThat(escalaties()).as("geen tweede escalatie").hasSize(teLaat.size()).containsOnlyKeys(teLaat)
                .allSatisfy((taak, aantal) -> assertThat(aantal).isEqualTo(1));
        for (Werkproces w : bijnaAchttien) {
            assertThat(doorlopen(w, "MaandVoorAchttien")).isEqualTo(1);
        }
        elkeJobEenKeer();
        // Which node runs which job is the job executors' race: on two busy cores one node may take all twenty.
        // What must hold is that each ran once, whichever node ran it (elkeJobEenKeer).
        leesmodelIsDeEngine();
    }

    @Test
    @Order(2)
    void eenModelDatDeEneKnoopUitroltGebruiktDeAndereBinnenDeGedocumenteerdeVertraging() throws IOException {
        // Where the first test ends; on its own the due timers of the two weeks before run first.
        op(VOLGENDE_OCHTEND);
        werkAf();
        // Node B knows the latest versions of the werkproces and the deadline table: its last melding used them.
        Werkproces voor = meld(b, "Doetinchem", MAANDAG.minusYears(14).minusDays(40));
        ProcessDefinition oud = definitie(voor);
        Date vijfWerkdagen = moment(LocalDate.of(2026, 3, 24).atTime(17, 0));
        Date tweeWerkdagen = moment(LocalDate.of(2026, 3, 19).atTime(17, 0));
        assertThat(triage(voor).getDueDate()).isEqualTo(vijfWerkdagen);

        // A designer deploys on node A: a new version of the werkproces, and regio achterhoek triages in 2 werkdagen.
        RepositoryService repository = a.bean(RepositoryService.class);
        String deployment = repository.createDeployment().name("twee-nodes")
                .addString("processes/leerplicht-verzuim.bpmn", model("/processes/leerplicht-verzuim.bpmn",
                        "name=\"Leerplicht werkproces (MAS)\"",
                        "name=\"Leerplicht werkproces (MAS)\" camunda:versionTag=\"twee-nodes\""))
                .addString("processes/mas-termijnen.dmn", model("/processes/mas-termijnen.dmn", "<rule id=\"Rule_01\">", """
                        <rule id="Rule_TweeNodes"><inputEntry id="Rule_TweeNodes_in0"><text>"MELDING_TRIEREN"</text></inputEntry>
                        <inputEntry id="Rule_TweeNodes_in1"><text>"achterhoek"</text></inputEntry>
                        <outputEntry id="Rule_TweeNodes_out0"><text>2</text></outputEntry>
                        <outputEntry id="Rule_TweeNodes_out1"><text>"WERKDAGEN"</text></outputEntry></rule>
                        <rule id="Rule_01">"""))
                .deploy().getId();
        long uitgerold = System.nanoTime();
        ProcessDefinition nieuw = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
        assertThat(nieuw.getVersion()).isEqualTo(oud.getVersion() + 1);

        Werkproces opA = meld(a, "Aalten", MAANDAG.minusYears(14).minusDays(40));
        assertThat(definitie(opA).getId()).as("de knoop die uitrolde, meteen").isEqualTo(nieuw.getId());
        assertThat(triage(opA).getDueDate()).isEqualTo(tweeWerkdagen);

        // Node B may start the version it knew until its look-up is the documented delay old, never after; once it
        // uses the new version it keeps using it.
        boolean nieuwGezien = false;
        boolean nieuweTermijnGezien = false;
        while (System.nanoTime() - uitgerold < GEDOCUMENTEERDE_VERTRAGING.toNanos()) {
            Werkproces opB = meld(b, "Winterswijk", MAANDAG.minusYears(14).minusDays(40));
            String versie = definitie(opB).getId();
            Date triage = triage(opB).getDueDate();
            assertThat(versie).isIn(oud.getId(), nieuw.getId());
            assertThat(triage).isIn(vijfWerkdagen, tweeWerkdagen);
            assertThat(nieuwGezien && !versie.equals(nieuw.getId())).as("terug naar de oude versie").isFalse();
            assertThat(nieuweTermijnGezien && !triage.equals(tweeWerkdagen)).as("terug naar de oude termijn").isFalse();
            nieuwGezien = versie.equals(nieuw.getId());
            nieuweTermijnGezien = triage.equals(tweeWerkdagen);
            slaap(Duration.ofMillis(1000));
        }
        Werkproces naVertraging = meld(b, "Winterswijk", MAANDAG.minusYears(14).minusDays(40));
        assertThat(definitie(naVertraging).getId()).as("knoop B na %s", GEDOCUMENTEERDE_VERTRAGING).isEqualTo(nieuw.getId());
        assertThat(definitie(naVertraging).getVersionTag()).isEqualTo("twee-nodes");
        assertThat(triage(naVertraging).getDueDate()).as("knoop B rekent met de nieuwe termijnentabel")
                .isEqualTo(tweeWerkdagen);
        leesmodelIsDeEngine();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    static void op(LocalDateTime moment) {
        ClockUtil.setCurrentTime(moment(moment));
    }

    static Date moment(LocalDateTime moment) {
        return Date.from(moment.atZone(NL).toInstant());
    }

    static String lpa(String gemeente) {
        return "lpa-" + Gemeente.sleutelVan(gemeente);
    }

    /** A WETTELIJK melding of today (engine clock) to {@code knoop} over HTTP, as the LPA of the woongemeente. */
    static Werkproces meld(Knoop knoop, String gemeente, LocalDate geboortedatum) {
        Map<String, Object> melding = Meldingen.wettelijk();
        melding.put("meldingsdatum", ClockUtil.getCurrentTime().toInstant().atZone(NL).toLocalDate().toString());
        Meldingen.jongere(melding).put("geboortedatum", geboortedatum.toString());
        Meldingen.jongere(melding).put("woongemeente", gemeente);
        ResponseEntity<JsonNode> antwoord = knoop.http().withBasicAuth(lpa(gemeente), WACHTWOORD)
                .postForEntity("/api/meldingen", melding, JsonNode.class);
        assertThat(antwoord.getStatusCode()).as("melding aan %s: %s", knoop.naam(), antwoord.getBody())
                .isEqualTo(HttpStatus.CREATED);
        long werkprocesId = antwoord.getBody().get("werkprocesId").asLong();
        ProcessInstance instantie = a.bean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey("leerplicht-verzuim").processInstanceBusinessKey(String.valueOf(werkprocesId))
                .singleResult();
        assertThat(instantie).as("leerplicht-werkproces %s", werkprocesId).isNotNull();
        return new Werkproces(werkprocesId, instantie, gemeente);
    }

    static Task triage(Werkproces w) {
        return task(w, "MeldingTrieren");
    }

    static Task task(Werkproces w, String activiteit) {
        Task taak = a.bean(TaskService.class).createTaskQuery().processInstanceId(w.instantie().getId())
                .taskDefinitionKey(activiteit).singleResult();
        assertThat(taak).as("%s van werkproces %s", activiteit, w.id()).isNotNull();
        return taak;
    }

    static Job timer(Werkproces w, String activiteit) {
        Job timer = a.bean(ManagementService.class).createJobQuery().processInstanceId(w.instantie().getId()).timers()
                .activityId(activiteit).singleResult();
        assertThat(timer).as("timer %s van werkproces %s", activiteit, w.id()).isNotNull();
        return timer;
    }

    static List<Job> timers(String procesKey) {
        return a.bean(ManagementService.class).createJobQuery().processDefinitionKey(procesKey).timers().list();
    }

    static long gestart(String procesKey) {
        return a.bean(HistoryService.class).createHistoricProcessInstanceQuery().processDefinitionKey(procesKey).count();
    }

    static long doorlopen(Werkproces w, String activiteit) {
        return a.bean(HistoryService.class).createHistoricActivityInstanceQuery()
                .processInstanceId(w.instantie().getId()).activityId(activiteit).count();
    }

    static ProcessDefinition definitie(Werkproces w) {
        return a.bean(RepositoryService.class).getProcessDefinition(w.instantie().getProcessDefinitionId());
    }

    /** Per escalated task, how many "Achterstand beoordelen" werkprocessen it started. */
    static Map<String, Long> escalaties() {
        List<String> ids = a.bean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey("achterstand-beoordelen").list().stream().map(ProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return a.bean(RuntimeService.class).createVariableInstanceQuery().variableName("taakId")
                .processInstanceIdIn(ids.toArray(String[]::new)).list().stream()
                .collect(Collectors.groupingBy(v -> (String) v.getValue(), TreeMap::new, Collectors.counting()));
    }

    /**
     * Waits (bounded) until neither job executor has a due job left. Work a job does commits with the job's removal,
     * so what the database shows then is all that the due jobs did.
     */
    static void werkAf() {
        ManagementService beheer = a.bean(ManagementService.class);
        wacht(Duration.ofSeconds(60), "verlopen jobs uitgevoerd", () -> beheer.createJobQuery().executable().count() == 0);
        assertThat(a.bean(RuntimeService.class).createIncidentQuery().list()).as("incidenten").isEmpty();
        assertThat(beheer.createJobQuery().noRetriesLeft().count()).as("jobs zonder pogingen").isZero();
    }

    /**
     * No job ran to completion twice for one due date: each success in the job log is another job, or the same job
     * again at its next due date (history cleanup reschedules its one job).
     */
    static void elkeJobEenKeer() {
        Map<List<Object>, Long> perJob = a.bean(HistoryService.class).createHistoricJobLogQuery().successLog().list()
                .stream().collect(Collectors.groupingBy(log -> List.of(log.getJobId(), String.valueOf(log.getJobDueDate())),
                        Collectors.counting()));
        assertThat(perJob).isNotEmpty();
        assertThat(perJob.values()).as("uitvoeringen per job en vervaldatum").containsOnly(1L);
    }

    /** The werkvoorraad read model holds exactly the open tasks, with the engine's assignee, groups and due date. */
    static void leesmodelIsDeEngine() {
        TaskService taken = a.bean(TaskService.class);
        Map<String, Taak> engine = new TreeMap<>();
        for (Task taak : taken.createTaskQuery().list()) {
            String groepen = taken.getIdentityLinksForTask(taak.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).sorted().collect(Collectors.joining(","));
            engine.put(taak.getId(), new Taak(taak.getProcessInstanceId(), taak.getName(), taak.getAssignee(),
                    taak.getDueDate() == null ? null : taak.getDueDate().toInstant(), groepen));
        }
        JdbcTemplate jdbc = a.bean(JdbcTemplate.class);
        Map<String, Taak> leesmodel = new TreeMap<>();
        jdbc.query("select task_id, process_instance_id, naam, toegewezen_aan, vervaldatum, kandidaat_groepen "
                + "from werkvoorraad_taak", rij -> {
            leesmodel.put(rij.getString("task_id"), new Taak(rij.getString("process_instance_id"),
                    rij.getString("naam"), rij.getString("toegewezen_aan"),
                    rij.getTimestamp("vervaldatum") == null ? null : rij.getTimestamp("vervaldatum").toInstant(),
                    rij.getString("kandidaat_groepen")));
        });
        Map<String, String> groepRijen = new TreeMap<>();
        jdbc.query("select task_id, groep from werkvoorraad_groep order by task_id, groep", rij -> {
            groepRijen.merge(rij.getString("task_id"), rij.getString("groep"), (x, y) -> x + "," + y);
        });
        assertThat(engine).as("open taken in de engine").isNotEmpty();
        assertThat(leesmodel).as("werkvoorraad_taak").isEqualTo(engine);
        assertThat(groepRijen).as("werkvoorraad_groep").isEqualTo(engine.entrySet().stream()
                .filter(taak -> !taak.getValue().groepen().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, taak -> taak.getValue().groepen(), (x, y) -> x, TreeMap::new)));
        assertThat(jdbc.queryForObject("select count(*) from werkvoorraad_groep g join werkvoorraad_taak t "
                + "on t.task_id = g.task_id where g.vervaldatum is distinct from t.vervaldatum", Integer.class))
                .as("vervaldatum per groep").isZero();
    }

    /** Our own model with one change, as a designer would deploy it. */
    static String model(String resource, String zoek, String vervang) throws IOException {
        String inhoud;
        try (InputStream in = TweeNodesTest.class.getResourceAsStream(resource)) {
            inhoud = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String aangepast = inhoud.replaceFirst(java.util.regex.Pattern.quote(zoek), Matcher.quoteReplacement(vervang));
        assertThat(aangepast).as(resource).isNotEqualTo(inhoud);
        return aangepast;
    }

    static void wacht(Duration maximaal, String wat, BooleanSupplier klaar) {
        long einde = System.nanoTime() + maximaal.toNanos();
        while (!klaar.getAsBoolean()) {
            if (System.nanoTime() > einde) {
                fail(wat + ": niet binnen " + maximaal);
            }
            slaap(Duration.ofMillis(200));
        }
    }

    static void slaap(Duration duur) {
        try {
            Thread.sleep(duur.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
