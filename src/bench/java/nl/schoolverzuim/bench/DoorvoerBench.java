package nl.schoolverzuim.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManagerFactory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.hibernate.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.dossier.Bsn;
import nl.schoolverzuim.engine.LaatsteVersies;
import nl.schoolverzuim.melding.IntakeService;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Batchjobs;

/**
 * Benchmark, not a test: throughput of intake and task completion on PostgreSQL with fsync and
 * synchronous_commit on, each figure beside a bare Camunda engine doing the same shape (a one-user-task process with
 * 5 variables, started with {@code startProcessInstanceByKey} and completed with {@code TaskService.complete}) on the
 * same database in the same run. "Plain engine" is Camunda 7.24 as shipped: measured without our index on
 * ACT_RU_TASK(PARENT_TASK_ID_), and its completions give every history table the removal time at the end, as the
 * engine does (ours leaves that to the night), and it runs on connections as pgjdbc ships them, without the multi-row
 * inserts ({@code reWriteBatchedInserts}, application.yml); the rows with the index and with multi-row inserts show
 * what each alone gives the bare engine.
 * <p>
 * Sizes: {@code -Dbench.open=30000,100000} (open tasks before each completion measurement), {@code -Dbench.metingen}
 * (operations per row, 300), {@code -Dbench.bulk} (meldingen in the bulk request, 10000), {@code -Dbench.gemeenten}
 * (340), {@code -Dbench.opwarmrondes} (200), {@code -Dbench.alleen=intake|voltooien|bulk} (only those rows). Keep the filled database between runs with {@code -Dbench.database=target/bench-pg}. Run with
 * {@code ./mvnw -Pbench test -Dtest=DoorvoerBench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@Import({NationaleWerkvoorraad.Database.class, NationaleWerkvoorraad.class, CamundasVerwijdertijd.Inrichting.class})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class DoorvoerBench {

    static final List<Integer> OPEN = Arrays.stream(System.getProperty("bench.open", "30000,100000").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    static final int GEMEENTEN = Integer.getInteger("bench.gemeenten", 340);
    static final int METINGEN = Integer.getInteger("bench.metingen", 300);
    static final int BULK = Integer.getInteger("bench.bulk", 10_000);
    /**
     * Rounds of every row before each measurement ({@code -Dbench.opwarmrondes}): the request path of a server that
     * has run a while is compiled, which on 2 cores takes some thousands of calls; fewer measures the JIT compiler.
     */
    static final int OPWARMEN = Integer.getInteger("bench.opwarmrondes", 200);
    /** {@code -Dbench.alleen=intake}, {@code voltooien} or {@code bulk}: only those rows, for a quick look. */
    static final String ALLEEN = System.getProperty("bench.alleen", "");
    static final String KAAL = "bench-kaal";
    static final String INDEX = "sv_idx_task_parent_task_id";
    /** Meldingnummers and names unique per run, so a kept database never sees a repeat. */
    static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

    @Autowired
    NationaleWerkvoorraad vulling;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    LaatsteVersies laatsteVersies;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    HistoryService historie;
    @Autowired
    ManagementService beheer;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    IdentityService identity;
    @Autowired
    ObjectMapper json;
    @Autowired
    IntakeService intake;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int poort;

    private final AtomicInteger volgnummer = new AtomicInteger();
    private final StringBuilder tabel = new StringBuilder();
    private final StringBuilder toelichting = new StringBuilder();
    private List<String> groepen;

    @Test
    void doorvoer() {
        groepen = vulling.gemeenten(GEMEENTEN);
        rolKaalProcesUit();
        tabel.append("| figure | ours | plain engine | ratio ours/plain | target | met |\n|---|---|---|---|---|---|\n");
        boolean eerste = true;
        for (int open : ALLEEN.isEmpty() || ALLEEN.equals("voltooien") || ALLEEN.equals("intake") ? OPEN : List.<Integer>of()) {
            long begin = System.nanoTime();
            vulling.vulOpenTaken(groepen, open);
            rustig();
            System.out.printf(Locale.ROOT, "%nOpen taken: %d (gevuld in %.0f s)%n", taken.createTaskQuery().count(),
                    (System.nanoTime() - begin) / 1e9);
            if (eerste && !ALLEEN.equals("voltooien")) {
                intake();
            }
            eerste = false;
            if (!ALLEEN.equals("intake")) {
                voltooien(open, open == OPEN.get(OPEN.size() - 1));
            }
        }
        if (ALLEEN.isEmpty() || ALLEEN.equals("bulk")) {
            rustig();
            bulk();
        }
        Timer projectie = meters.find("werkvoorraad.projectie").timer();
        toelichting.append("Werkvoorraad projection (read model, in the engine transaction): %,d task events, mean %.3f ms, max %.1f ms%n"
                .formatted(projectie.count(), projectie.mean(java.util.concurrent.TimeUnit.MILLISECONDS),
                        projectie.max(java.util.concurrent.TimeUnit.MILLISECONDS)));
        System.out.printf(Locale.ROOT, "%n%s%n%s%n", tabel, toelichting);
    }

    /** The bare engine's process: one user task, history time to live like ours, 5 variables at the start. */
    private void rolKaalProcesUit() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KAAL).camundaHistoryTimeToLive(1825)
                .startEvent().userTask("Taak").camundaCandidateGroups("bench-kaal").endEvent().done();
        repository.createDeployment().name(KAAL).enableDuplicateFiltering(true).addModelInstance(KAAL + ".bpmn", model)
                .deploy();
    }

    private String startKaal(int i) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("naam", "Jongere " + i);
        variabelen.put("leeftijd", 14);
        variabelen.put("gemeente", groepen.get(i % groepen.size()));
        variabelen.put("datum", new Date());
        variabelen.put("soort", "WETTELIJK");
        return runtime.startProcessInstanceByKey(KAAL, "kaal-" + RUN + "-" + i, variabelen).getId();
    }

    /**
     * A settled database before measuring, as one that has run a while: filling leaves the tables to autovacuum and
     * the dirty pages to the next checkpoint, which would otherwise run during the measurement of whichever row.
     */
    private void rustig() {
        jdbc.execute("vacuum analyze");
        jdbc.execute("checkpoint");
    }

    // ---- intake ------------------------------------------------------------------------------------------------

    private void intake() {
        Map<String, IntConsumer> rijen = new LinkedHashMap<>();
        // The plain engine as shipped also runs on connections as pgjdbc ships them (no multi-row inserts).
        rijen.put("kaal", i -> Verbindingen.zoalsGeleverd(() -> startKaal(i)));
        // Each operation its own melding: the rows of one round must not share a meldingnummer.
        rijen.put("http", i -> stuurMelding(melding(volgnummer.incrementAndGet()), 201));
        rijen.put("dienst", i -> intake.ontvang(nieuweMelding(melding(volgnummer.incrementAndGet()))));
        opwarmenTotDeJitStilIs("intake", rijen);
        Map<String, long[]> een = meetAfwisselend(rijen, 0, METINGEN);
        rij("intake POST /api/meldingen over HTTP until the first user task is committed, 1 thread", een.get("http"),
                een.get("kaal"), 0.5);
        rij("intake in process (IntakeService), 1 thread", een.get("dienst"), een.get("kaal"), 0.5);
        Map<String, Double> twee = tweeDradenAfwisselend(rijen);
        rij2("intake POST /api/meldingen over HTTP, 2 client threads", twee.get("http"), twee.get("kaal"), 0.5);
        rij2("intake in process (IntakeService), 2 threads", twee.get("dienst"), twee.get("kaal"), 0.5);
        // What HTTP costs by itself on this machine: the same request, refused by validation after the whole of it
        // (login, Jackson, every rule, the gemeente from the cache) and before any row is written.
        Map<String, IntConsumer> vloer = new LinkedHashMap<>();
        vloer.put("geweigerd", i -> weigeringHttp(melding(volgnummer.incrementAndGet())));
        vloer.put("kaal", rijen.get("kaal"));
        Map<String, long[]> http = meetAfwisselend(vloer);
        rij("  HTTP alone: the same POST /api/meldingen refused by validation (400, meldingsdatum in the future), 1 thread",
                http.get("geweigerd"), http.get("kaal"), Double.NaN);
        // Before/after of the history level: the same in-process intake with the engine on "full", turn by turn.
        ProcessEngineConfigurationImpl configuratie = configuratie();
        HistoryLevel gekozen = configuratie.getHistoryLevel();
        Map<String, IntConsumer> niveaus = new LinkedHashMap<>();
        niveaus.put("full", i -> metHistorie(HistoryLevel.HISTORY_LEVEL_FULL, () -> rijen.get("dienst").accept(i)));
        niveaus.put("gekozen", i -> metHistorie(gekozen, () -> rijen.get("dienst").accept(i)));
        Map<String, long[]> historie = meetAfwisselend(niveaus);
        rij("  before/after: intake in process with history level schoolverzuim (ours) vs full (column plain)",
                historie.get("gekozen"), historie.get("full"), Double.NaN);
        // Before/after of the connection setting (reWriteBatchedInserts, application.yml), for our intake and for the bare start.
        Map<String, IntConsumer> verbindingen = new LinkedHashMap<>();
        verbindingen.put("kaal zoals geleverd", rijen.get("kaal"));
        verbindingen.put("kaal", i -> startKaal(i));
        verbindingen.put("dienst zoals geleverd", i -> Verbindingen.zoalsGeleverd(() -> rijen.get("dienst").accept(i)));
        verbindingen.put("dienst", rijen.get("dienst"));
        Map<String, long[]> herschreven = meetAfwisselend(verbindingen);
        rij("  before/after: intake in process with batched inserts sent as multi-row inserts (ours) vs one by one (column plain)",
                herschreven.get("dienst"), herschreven.get("dienst zoals geleverd"), Double.NaN);
        rij("  plain engine start with multi-row inserts vs one by one", herschreven.get("kaal"),
                herschreven.get("kaal zoals geleverd"), Double.NaN);
        rij("  intake in process vs plain engine start, both with multi-row inserts", herschreven.get("dienst"),
                herschreven.get("kaal"), Double.NaN);
        // Before/after of the second-level cache of gemeenten, regio's and scholen (infrastructuur.Referentiegegevens): the
        // same intake, turn by turn with the cache emptied first (in memory, microseconds).
        Map<String, IntConsumer> cache = new LinkedHashMap<>();
        cache.put("leeg", i -> {
            entityManagerFactory.getCache().unwrap(Cache.class).evictAllRegions();
            rijen.get("dienst").accept(i);
        });
        cache.put("gevuld", rijen.get("dienst"));
        Map<String, long[]> referentie = meetAfwisselend(cache);
        rij("  before/after: intake in process with gemeente, regio and school from Hibernate's second-level cache vs emptied first",
                referentie.get("gevuld"), referentie.get("leeg"), Double.NaN);
        // Before/after of starting by the id of the latest version without reading its row (engine.LaatsteVersies):
        // the same intake, turn by turn with the known versions forgotten first, so it reads the latest version once,
        // as a start by key does.
        Map<String, IntConsumer> modelversies = new LinkedHashMap<>();
        modelversies.put("opgezocht", i -> {
            vergeetProcessen(laatsteVersies);
            rijen.get("dienst").accept(i);
        });
        modelversies.put("bekend", rijen.get("dienst"));
        Map<String, long[]> versies = meetAfwisselend(modelversies);
        rij("  before/after: intake in process with the werkproces started by the id of the latest version, known (ours, no query) vs looked up as a start by key does (column plain, one query)",
                versies.get("bekend"), versies.get("opgezocht"), Double.NaN);
        profiel("intake POST /api/meldingen", rijen.get("http"));
        profiel("plain engine start", rijen.get("kaal"));
    }

    /** A melding the validation refuses (meldingsdatum in the future) after checking every rule. */
    private void weigeringHttp(Map<String, Object> melding) {
        melding.put("meldingsdatum", LocalDate.now().plusYears(1).toString());
        stuurMelding(melding, 400);
    }

    private void stuurMelding(Map<String, Object> melding, int verwacht) {
        String groep = (String) melding.remove("_groep");
        NationaleWerkvoorraad.Antwoord antwoord = NationaleWerkvoorraad.stuur(json, poort, "/api/meldingen",
                NationaleWerkvoorraad.gebruiker(groep), melding);
        if (antwoord.status() != verwacht) {
            throw new IllegalStateException("POST /api/meldingen gaf " + antwoord.status() + ": " + antwoord.body());
        }
    }

    private NieuweMelding nieuweMelding(Map<String, Object> melding) {
        melding.remove("_groep");
        return json.convertValue(melding, NieuweMelding.class);
    }

    /** A WETTELIJK melding of a 14-year-old in bench gemeente {@code i % GEMEENTEN}, as a DUO batch row looks. */
    Map<String, Object> melding(int i) {
        LocalDate meldingsdatum = LocalDate.now().minusDays(3);
        int gemeente = i % groepen.size();
        Map<String, Object> jongere = new LinkedHashMap<>();
        jongere.put("bsn", bsn(i));
        jongere.put("voornaam", "Bench");
        jongere.put("achternaam", RUN + "-" + i);
        jongere.put("geboortedatum", meldingsdatum.minusYears(14).minusDays(i % 300).toString());
        jongere.put("woongemeente", "Benchgemeente " + (gemeente + 1));
        Map<String, Object> melding = new LinkedHashMap<>();
        melding.put("meldingnummer", "BENCH-" + RUN + "-" + i);
        melding.put("verzuimsoort", "WETTELIJK");
        melding.put("meldingsdatum", meldingsdatum.toString());
        melding.put("jongere", jongere);
        melding.put("school", Map.of("brin", "%02dBE".formatted(i % 100), "naam", "Benchschool " + (i % 100),
                "onderwijssoort", "VO"));
        melding.put("urenVerzuim", 16);
        melding.put("kerenTeLaat", 0);
        melding.put("_groep", groepen.get(gemeente));
        return melding;
    }

    /** A BSN passing the 11-proef, different per run and per i, so no melding joins an earlier Jongere's werkproces. */
    private static String bsn(int i) {
        for (int poging = 0; ; poging++) {
            long basis = Math.floorMod((RUN.hashCode() * 1_000_003L) + i * 7919L + poging * 104_729L, 90_000_000L) + 10_000_000L;
            String bsn = Bsn.metControlecijfer(Long.toString(basis));
            if (bsn != null) {
                return bsn;
            }
        }
    }

    // ---- completion --------------------------------------------------------------------------------------------

    /**
     * Completes triage of real leerplicht werkprocessen (triageBesluit GEOORLOOFD ends the werkproces) through
     * Camunda's REST API as the gemeente's LPA, against the bare engine's {@code complete} with Camunda's own removal
     * time at the end, with the index dropped (Camunda as shipped) and created.
     */
    private void voltooien(int open, boolean laatste) {
        Date begin = new Date();
        int ronde = METINGEN + OPWARMEN;
        Iterator<String[]> onze = onzeTaken(3 * ronde + (laatste ? 4 * ronde : 0) + (STATEMENTS ? PROFIEL : 0));
        Iterator<String> kale = kaleTaken(2 * ronde + (STATEMENTS ? PROFIEL : 0));
        String grootte = "%,d open tasks".formatted(taken.createTaskQuery().count());
        Map<String, IntConsumer> rijen = new LinkedHashMap<>();
        // The bare engine as shipped also updates every history table of the instance with its removal time at the end.
        rijen.put("kaal", i -> Verbindingen.zoalsGeleverd(
                () -> metCamundasVerwijdertijd(() -> taken.complete(kale.next()))));
        rijen.put("http", i -> voltooiHttp(onze.next()));

        // The same completion in process, without HTTP and the REST login: what the API adds to the engine's work.
        Map<String, IntConsumer> rijenMet = new LinkedHashMap<>(rijen);
        rijenMet.put("dienst", i -> taken.complete(onze.next()[0], Map.of("triageBesluit", "GEOORLOOFD")));
        // Without the index (as shipped) and with it in turns, a third of the operations each time: a slow spell of
        // the machine then hits both states alike, as it hits the rows within a block.
        int perBlok = METINGEN / INDEXBLOKKEN;
        List<Map<String, long[]>> zonderBlokken = new ArrayList<>();
        List<Map<String, long[]>> metBlokken = new ArrayList<>();
        String planZonder = null;
        String planMet = null;
        Map<String, Long> scansVooraf = Map.of();
        for (int blok = 0; blok < INDEXBLOKKEN; blok++) {
            boolean eersteBlok = blok == 0;
            int opwarmen = eersteBlok ? OPWARMEN : 0;
            jdbc.execute("drop index if exists " + INDEX);
            jdbc.execute("analyze act_ru_task");
            if (eersteBlok) {
                planZonder = plan();
            }
            zonderBlokken.add(meetAfwisselend(rijen, opwarmen, perBlok));
            jdbc.execute("create index if not exists " + INDEX + " on act_ru_task (parent_task_id_)");
            jdbc.execute("analyze act_ru_task");
            if (eersteBlok) {
                planMet = plan();
            }
            boolean laatsteBlok = blok == INDEXBLOKKEN - 1;
            if (laatsteBlok) {
                scansVooraf = laatsteScans(laatste);
            }
            metBlokken.add(meetAfwisselend(rijenMet, opwarmen, perBlok));
            if (laatste && laatsteBlok) {
                toelichting.append(sequentieleScans(scansVooraf, 3 * perBlok));
            }
        }
        Map<String, long[]> zonder = samen(zonderBlokken);
        Map<String, long[]> met = samen(metBlokken);

        rij("complete a MAS task via POST /engine-rest/task/{id}/complete, 1 thread, " + grootte
                        + " (ours tuned vs plain as shipped)", met.get("http"), zonder.get("kaal"),
                laatste ? 2.0 : Double.NaN);
        rij("  before: ours without the PARENT_TASK_ID_ index, " + grootte, zonder.get("http"), zonder.get("kaal"),
                Double.NaN);
        rij("  plain engine with our index vs as shipped, " + grootte, met.get("kaal"), zonder.get("kaal"), Double.NaN);
        rij("  ours vs plain engine, both with the index, " + grootte, met.get("http"), met.get("kaal"), Double.NaN);
        rij("  ours in process (TaskService.complete, no HTTP or login) vs plain engine, both with the index, " + grootte,
                met.get("dienst"), met.get("kaal"), Double.NaN);
        if (laatste) {
            // MAS §10 counts retention from the end of a werkproces. Camunda sets the removal time on every history
            // table of the instance in its last transaction; ours leaves all but the instance's row to the night.
            Map<String, IntConsumer> verwijdertijd = new LinkedHashMap<>();
            verwijdertijd.put("camunda", i -> metCamundasVerwijdertijd(() -> voltooiHttp(onze.next())));
            verwijdertijd.put("ons", i -> voltooiHttp(onze.next()));
            Map<String, long[]> verwijdertijden = meetAfwisselend(verwijdertijd);
            rij("  removal time of the history: the night after (ours) vs in the completion (column plain, Camunda's), "
                    + grootte, verwijdertijden.get("ons"), verwijdertijden.get("camunda"), Double.NaN);
            // Which of the user's groups have authorizations, asked in every logged-in command: ours asks about the
            // user's groups only, Camunda reads every group ("select distinct GROUP_ID_" over all authorizations).
            Map<String, IntConsumer> groepen = new LinkedHashMap<>();
            groepen.put("camunda", i -> metCamundasGroepen(() -> voltooiHttp(onze.next())));
            groepen.put("ons", i -> voltooiHttp(onze.next()));
            Map<String, long[]> groepenOpzoeken = meetAfwisselend(groepen);
            rij("  groups with authorizations: the user's groups only (ours) vs Camunda's distinct over all authorizations (column plain), "
                    + grootte + ", %,d authorizations".formatted(jdbc.queryForObject(
                            "select count(*) from act_ru_authorization", Long.class)),
                    groepenOpzoeken.get("ons"), groepenOpzoeken.get("camunda"), Double.NaN);
            nacht(begin);
            profiel("complete via /engine-rest, " + grootte, i -> voltooiHttp(onze.next()));
            profiel("plain engine complete, " + grootte, rijen.get("kaal"));
        }
        toelichting.append("EXPLAIN ANALYZE of the engine's subtask lookup on complete, %s:%n  without index: %s%n  with index:    %s%n"
                .formatted(grootte, planZonder, planMet));
    }

    /**
     * The work the completions above left to the night: Camunda's batch that gives the history of {@link #METINGEN}
     * ended werkprocessen their removal time (process historie-verwijdertijd), its jobs run one by one on this thread.
     */
    private void nacht(Date sinds) {
        String[] afgelopen = historie.createHistoricProcessInstanceQuery().processDefinitionKey("leerplicht-verzuim")
                .finishedAfter(sinds).listPage(0, METINGEN).stream().map(HistoricProcessInstance::getId)
                .toArray(String[]::new);
        long begin = System.nanoTime();
        Batch batch = historie.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime().byIds(afgelopen)
                .hierarchical().executeAsync();
        Batchjobs.voerUit(beheer, batch);
        toelichting.append("The night after: Camunda's batch setting the removal time on the history of %d ended werkprocessen, jobs run one by one: %.1f ms per werkproces (job executor, outside any request)%n"
                .formatted(afgelopen.length, (System.nanoTime() - begin) / 1e6 / afgelopen.length));
    }

    /** Open triage tasks of werkprocessen started through intake, with the LPA login of their gemeente. */
    private Iterator<String[]> onzeTaken(int aantal) {
        List<String[]> onze = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            Map<String, Object> melding = melding(volgnummer.incrementAndGet());
            String groep = (String) melding.get("_groep");
            IntakeService.Ontvangen ontvangen = intake.ontvang(nieuweMelding(melding));
            Task taak = taken.createTaskQuery().processInstanceId(ontvangen.processInstanceId()).singleResult();
            onze.add(new String[] {taak.getId(), NationaleWerkvoorraad.gebruiker(groep)});
        }
        return onze.iterator();
    }

    private Iterator<String> kaleTaken(int aantal) {
        List<String> kale = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            String instantie = startKaal(volgnummer.incrementAndGet());
            kale.add(taken.createTaskQuery().processInstanceId(instantie).singleResult().getId());
        }
        return kale.iterator();
    }

    private void voltooiHttp(String[] taakEnGebruiker) {
        NationaleWerkvoorraad.Antwoord antwoord = NationaleWerkvoorraad.stuur(json, poort,
                "/engine-rest/task/" + taakEnGebruiker[0] + "/complete", taakEnGebruiker[1],
                Map.of("variables", Map.of("triageBesluit", Map.of("value", "GEOORLOOFD", "type", "String"))));
        if (antwoord.status() != 204) {
            throw new IllegalStateException("complete gaf " + antwoord.status() + ": " + antwoord.body());
        }
    }

    private String plan() {
        String taak = jdbc.queryForObject("select id_ from act_ru_task limit 1", String.class);
        List<String> regels = jdbc.queryForList("explain analyze select * from act_ru_task where parent_task_id_ = '"
                + taak + "'", String.class);
        return regels.get(0).trim() + " … " + regels.get(regels.size() - 1).trim();
    }

    /** Sequential scans per table so far; PostgreSQL publishes them after a short delay, hence the wait. */
    private Map<String, Long> laatsteScans(boolean nodig) {
        Map<String, Long> scans = new HashMap<>();
        if (!nodig) {
            return scans;
        }
        wacht(11_000);
        jdbc.query("select relname, seq_tup_read from pg_stat_user_tables", rs -> {
            scans.put(rs.getString(1), rs.getLong(2));
        });
        return scans;
    }

    /** Tables the completions read by sequential scan, in rows per completion: each is a missing index candidate. */
    private String sequentieleScans(Map<String, Long> vooraf, int voltooiingen) {
        Map<String, Long> na = laatsteScans(true);
        StringBuilder uit = new StringBuilder("Rows read by sequential scans per completion, with the index (tables over 10):");
        na.forEach((tabelnaam, rijenGelezen) -> {
            long verschil = rijenGelezen - vooraf.getOrDefault(tabelnaam, 0L);
            if (verschil / voltooiingen > 10) {
                uit.append(" %s %d;".formatted(tabelnaam, verschil / voltooiingen));
            }
        });
        return uit.append('\n').toString();
    }

    // ---- bulk --------------------------------------------------------------------------------------------------

    private void bulk() {
        List<Map<String, Object>> invoer = new ArrayList<>();
        for (int i = 0; i < BULK; i++) {
            Map<String, Object> melding = melding(volgnummer.incrementAndGet());
            melding.remove("_groep");
            invoer.add(melding);
        }
        // Meldingen of all bench gemeenten in one request: sent as a delivering system, not one gemeente's LPA.
        String gebruiker = vulling.invoerder();
        if (STATEMENTS) {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.queryForList("select pg_stat_statements_reset()");
        }
        long begin = System.nanoTime();
        JsonNode eerste = NationaleWerkvoorraad.stuur(json, poort, "/api/meldingen/bulk", gebruiker,
                Map.of("meldingen", invoer)).body();
        double ons = (System.nanoTime() - begin) / 1e9;
        if (STATEMENTS) {
            statementsTot("bulk intake, per melding", BULK);
        }
        begin = System.nanoTime();
        JsonNode tweede = NationaleWerkvoorraad.stuur(json, poort, "/api/meldingen/bulk", gebruiker,
                Map.of("meldingen", invoer)).body();
        double nogmaals = (System.nanoTime() - begin) / 1e9;
        if (eerste.get("samenvatting").get("aangemaakt").asInt() != BULK
                || tweede.get("samenvatting").get("dubbel").asInt() != BULK) {
            throw new IllegalStateException("bulk: " + eerste.get("samenvatting") + " / " + tweede.get("samenvatting"));
        }
        begin = System.nanoTime();
        Verbindingen.zoalsGeleverd(() -> {
            for (int start = 0; start < BULK; start += 200) {
                int van = start;
                transactie.executeWithoutResult(status -> {
                    for (int i = van; i < Math.min(BULK, van + 200); i++) {
                        startKaal(volgnummer.incrementAndGet());
                    }
                });
            }
        });
        double kaal = (System.nanoTime() - begin) / 1e9;
        tabel.append("| bulk intake of %,d meldingen, POST /api/meldingen/bulk (s; plain: %,d starts, 200 per transaction) | %.1f s | %.1f s | %.2f | < 60 s | %s |%n"
                .formatted(BULK, BULK, ons, kaal, kaal / ons, BULK == 10_000 ? ja(ons < 60) : "size"));
        tabel.append("| the same bulk request again: all %,d DUBBEL, nothing created | %.1f s | | | | |%n"
                .formatted(BULK, nogmaals));
    }

    private ProcessEngineConfigurationImpl configuratie() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** Only for a before/after row: the engine reads its history level per event, so one operation can differ. */
    private void metHistorie(HistoryLevel niveau, Runnable operatie) {
        HistoryLevel was = configuratie().getHistoryLevel();
        met(() -> configuratie().setHistoryLevel(niveau), () -> configuratie().setHistoryLevel(was), operatie);
    }

    /** Only for a before/after row: the engine opens its authorization manager per command from this factory. */
    private void metCamundasGroepen(Runnable operatie) {
        Map<Class<?>, SessionFactory> fabrieken = configuratie().getSessionFactories();
        SessionFactory ons = fabrieken.get(AuthorizationManager.class);
        met(() -> fabrieken.put(AuthorizationManager.class, new GenericManagerFactory(AuthorizationManager.class)),
                () -> fabrieken.put(AuthorizationManager.class, ons), operatie);
    }

    /** Only for before/after rows: Camunda's own removal time at the end, every history table at once. */
    private void metCamundasVerwijdertijd(Runnable operatie) {
        CamundasVerwijdertijd producent = (CamundasVerwijdertijd) configuratie().getHistoryEventProducer();
        met(() -> producent.zoalsCamunda(true), () -> producent.zoalsCamunda(false), operatie);
    }

    /**
     * The next start of each process looks up its latest version, as a start by key does; the known decision versions
     * stay, so the row differs by that one lookup. Reflection, kept in the bench: the application only ever forgets
     * both at once ({@link LaatsteVersies#vergeet}).
     */
    private static void vergeetProcessen(LaatsteVersies versies) {
        try {
            java.lang.reflect.Field processen = LaatsteVersies.class.getDeclaredField("processen");
            processen.setAccessible(true);
            ((Map<?, ?>) processen.get(versies)).clear();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LaatsteVersies houdt de bekende procesversies niet meer in 'processen'", e);
        }
    }

    /** One operation with the engine changed by {@code zet}, put back by {@code herstel} whatever happens. */
    private static void met(Runnable zet, Runnable herstel, Runnable operatie) {
        zet.run();
        try {
            operatie.run();
        } finally {
            herstel.run();
        }
    }

    // ---- statements (-Dbench.statements=true) -------------------------------------------------------------------

    private static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");

    private static final int PROFIEL = 50;

    /** {@link #PROFIEL} more operations of one kind alone, with the SQL they ran. */
    private void profiel(String fase, IntConsumer operatie) {
        if (!STATEMENTS) {
            return;
        }
        jdbc.execute("create extension if not exists pg_stat_statements");
        jdbc.queryForList("select pg_stat_statements_reset()");
        for (int i = 0; i < PROFIEL; i++) {
            operatie.accept(volgnummer.incrementAndGet());
        }
        statementsTot(fase, PROFIEL);
    }

    /** The statements of the last phase by total time, per operation: where a row's time goes in the database. */
    private void statementsTot(String fase, int operaties) {
        StringBuilder uit = new StringBuilder("%nSQL per operation, %s (%d operations; calls, ms per operation):%n".formatted(fase, operaties));
        uit.append("  total: %s statements, %.2f ms%n".formatted(jdbc.queryForObject(
                "select round(sum(calls)::numeric / " + operaties + ", 1) from pg_stat_statements where query not like '%pg_stat%'",
                String.class), jdbc.queryForObject("select coalesce(sum(total_exec_time), 0) / " + operaties
                + " from pg_stat_statements where query not like '%pg_stat%'", Double.class)));
        jdbc.query("""
                select calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) from pg_stat_statements
                where query not like '%pg_stat%' order by total_exec_time desc limit 25""", rs -> {
            uit.append("  %6.1f  %6.3f  %s%n".formatted(rs.getLong(1) / (double) operaties, rs.getDouble(2) / operaties,
                    rs.getString(3)));
        });
        toelichting.append(uit);
    }

    // ---- measuring ---------------------------------------------------------------------------------------------

    /** Every row's operation i right after the other rows' operation i, so load from elsewhere hits all rows alike. */
    /** The times of each row over all blocks. */
    private static Map<String, long[]> samen(List<Map<String, long[]>> blokken) {
        Map<String, long[]> samen = new LinkedHashMap<>();
        for (Map<String, long[]> blok : blokken) {
            blok.forEach((naam, tijden) -> samen.merge(naam, tijden, (a, b) -> {
                long[] beide = Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, beide, a.length, b.length);
                return beide;
            }));
        }
        return samen;
    }

    private static final int INDEXBLOKKEN = 3;

    /**
     * Warm-up of {@code rijen} taking turns until the JIT is quiet: at least {@link #OPWARMEN} rounds, in blocks of
     * 50, until the compilers spent under 5% of a block's time (at most 6,000 rounds). A server that has run a while
     * has its request path compiled; the C2 compiler working on one of the two cores during a measurement slows ours
     * (Tomcat, Spring Security, Hibernate and the engine) more than the bare engine's start, which is less code.
     */
    private void opwarmenTotDeJitStilIs(String wat, Map<String, IntConsumer> rijen) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int rondes = 0;
        double aandeel;
        do {
            long jitVoor = jit.getTotalCompilationTime();
            long begin = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                ronde(rijen);
            }
            rondes += 50;
            aandeel = (jit.getTotalCompilationTime() - jitVoor) * 1e6 / (System.nanoTime() - begin);
        } while ((rondes < OPWARMEN || aandeel >= 0.05) && rondes < 6_000);
        toelichting.append("Warm-up of %s: %,d rounds; the JIT compiled %.1f%% of the time of the last 50%n"
                .formatted(wat, rondes, 100 * aandeel));
    }

    /** One unmeasured operation of every row, all with the same number. */
    private void ronde(Map<String, IntConsumer> rijen) {
        int n = volgnummer.incrementAndGet();
        rijen.values().forEach(rij -> rij.accept(n));
    }

    private Map<String, long[]> meetAfwisselend(Map<String, IntConsumer> rijen) {
        return meetAfwisselend(rijen, OPWARMEN, METINGEN);
    }

    private Map<String, long[]> meetAfwisselend(Map<String, IntConsumer> rijen, int opwarmen, int metingen) {
        Map<String, long[]> tijden = new LinkedHashMap<>();
        rijen.keySet().forEach(naam -> tijden.put(naam, new long[metingen]));
        for (int i = 0; i < opwarmen; i++) {
            ronde(rijen);
        }
        for (int i = 0; i < metingen; i++) {
            int n = volgnummer.incrementAndGet();
            for (Map.Entry<String, IntConsumer> rij : rijen.entrySet()) {
                long begin = System.nanoTime();
                rij.getValue().accept(n);
                tijden.get(rij.getKey())[i] = System.nanoTime() - begin;
            }
        }
        return tijden;
    }

    /**
     * Operations per second of each row with two threads: about METINGEN operations per row, in {@link #BLOKKEN}
     * blocks with the rows taking turns, so a slow spell of the machine hits every row alike.
     */
    private Map<String, Double> tweeDradenAfwisselend(Map<String, IntConsumer> rijen) {
        int perBlok = Math.max(2, METINGEN / BLOKKEN / 2 * 2);
        Map<String, Long> tijden = new LinkedHashMap<>();
        for (int blok = 0; blok < BLOKKEN; blok++) {
            rijen.forEach((naam, rij) -> tijden.merge(naam, tweeDraden(rij, perBlok), Long::sum));
        }
        Map<String, Double> perSeconde = new LinkedHashMap<>();
        tijden.forEach((naam, nanos) -> perSeconde.put(naam, perSeconde(perBlok * BLOKKEN, nanos)));
        return perSeconde;
    }

    private static final int BLOKKEN = 10;

    /** Wall time of {@code aantal} operations shared by two threads. */
    private long tweeDraden(IntConsumer operatie, int aantal) {
        ExecutorService draden = Executors.newFixedThreadPool(2);
        try {
            long begin = System.nanoTime();
            List<Future<?>> klaar = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                klaar.add(draden.submit(() -> {
                    for (int i = 0; i < aantal / 2; i++) {
                        operatie.accept(volgnummer.incrementAndGet());
                    }
                }));
            }
            for (Future<?> f : klaar) {
                f.get();
            }
            return System.nanoTime() - begin;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            draden.shutdown();
        }
    }

    private void rij(String figuur, long[] ons, long[] kaal, double doel) {
        double onsPerSeconde = perSeconde(ons.length, Arrays.stream(ons).sum());
        double kaalPerSeconde = perSeconde(kaal.length, Arrays.stream(kaal).sum());
        double ratio = onsPerSeconde / kaalPerSeconde;
        tabel.append("| %s | %.0f/s (p50 %.1f ms) | %.0f/s (p50 %.1f ms) | %.2f | %s | %s |%n".formatted(figuur,
                onsPerSeconde, WerkvoorraadBench.p(ons, 50), kaalPerSeconde, WerkvoorraadBench.p(kaal, 50), ratio,
                Double.isNaN(doel) ? "" : "≥ " + doel, Double.isNaN(doel) ? "" : ja(ratio >= doel)));
    }

    private void rij2(String figuur, double ons, double kaal, double doel) {
        tabel.append("| %s | %.0f/s | %.0f/s | %.2f | ≥ %s | %s |%n".formatted(figuur, ons, kaal, ons / kaal, doel,
                ja(ons / kaal >= doel)));
    }

    private static double perSeconde(int aantal, long nanos) {
        return aantal / (nanos / 1e9);
    }

    private static String ja(boolean gehaald) {
        return gehaald ? "yes" : "no";
    }

    private static void wacht(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
