package nl.schoolverzuim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.toegang.IdentityInrichting;

/**
 * Issue 6 benchmark, not a test: a national-scale inbox on PostgreSQL with fsync and synchronous_commit on, then
 * p50/p95/p99 of (a) GET /api/werkvoorraad, first page for one gemeente, and (b) the equivalent engine TaskQuery with
 * candidate group, a process-variable filter and a batched variable fetch, in one run. Sizes: -Dbench.taken (open
 * tasks, default 100000), -Dbench.historie (completed werkprocessen, default 200000), -Dbench.gemeenten (340).
 * Run with {@code ./mvnw -Pbench test}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "spring.datasource.hikari.maximum-pool-size=4"})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class WerkvoorraadBench {

    static final int TAKEN = Integer.getInteger("bench.taken", 100_000);
    static final int HISTORIE = Integer.getInteger("bench.historie", 200_000);
    static final int GEMEENTEN = Integer.getInteger("bench.gemeenten", 340);
    static final int METINGEN = Integer.getInteger("bench.metingen", 300);
    static final List<String> KOLOMMEN = List.of("jongereNaam", "leeftijd", "schoolNaam", "verzuimsoort", "gemeente");

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try {
            // Durable as in production: every commit waits for the disk.
            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
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
    TestRestTemplate http;

    @Test
    void werkvoorraadTegenTaskQuery() {
        long start = System.nanoTime();
        List<String> groepen = maakGemeenten();
        vulOpenTaken(groepen);
        long gevuld = System.nanoTime();
        vulHistorie();
        jdbc.execute("analyze");
        long historie = System.nanoTime();
        System.out.printf(Locale.ROOT, "%nGevuld: %d open taken via de engine in %.0f s, %d afgeronde werkprocessen in de historie "
                        + "met SQL in %.0f s; read model %d rijen%n", taken.createTaskQuery().count(),
                (gevuld - start) / 1e9, HISTORIE, (historie - gevuld) / 1e9,
                jdbc.queryForObject("select count(*) from werkvoorraad_taak", Long.class));

        Random random = new Random(6);
        // Warm up both paths (JIT, connection pool, PostgreSQL caches) before measuring.
        for (int i = 0; i < 50; i++) {
            String groep = groepen.get(random.nextInt(groepen.size()));
            api(groep);
            taskQuery(groep);
        }
        long[] viaApi = new long[METINGEN];
        long[] viaTaskQuery = new long[METINGEN];
        for (int i = 0; i < METINGEN; i++) {
            String groep = groepen.get(random.nextInt(groepen.size()));
            viaApi[i] = meet(() -> api(groep));
            viaTaskQuery[i] = meet(() -> taskQuery(groep));
        }
        System.out.printf(Locale.ROOT, """

                | query (first page of 50, one gemeente; %d open tasks, %d gemeenten, %d werkprocessen in history) | p50 ms | p95 ms | p99 ms |
                |---|---|---|---|
                | (a) GET /api/werkvoorraad?groep=… over HTTP (read model) | %.2f | %.2f | %.2f |
                | (b) TaskQuery candidate group + process-variable filter + variable fetch | %.2f | %.2f | %.2f |
                | ratio (b) / (a) | %.1f× | %.1f× | %.1f× |
                %n""", TAKEN, GEMEENTEN, HISTORIE,
                p(viaApi, 50), p(viaApi, 95), p(viaApi, 99), p(viaTaskQuery, 50), p(viaTaskQuery, 95), p(viaTaskQuery, 99),
                p(viaTaskQuery, 50) / p(viaApi, 50), p(viaTaskQuery, 95) / p(viaApi, 95), p(viaTaskQuery, 99) / p(viaApi, 99));
    }

    private int api(String groep) {
        JsonNode pagina = http.withBasicAuth("teamleider", "demo")
                .getForObject("/api/werkvoorraad?groep=" + groep + "&grootte=50", JsonNode.class);
        return pagina.get("taken").size();
    }

    /** What Tasklist does: the group's tasks filtered on a process variable, then their columns in one batch. */
    private int taskQuery(String groep) {
        List<Task> pagina = taken.createTaskQuery().taskCandidateGroup(groep).includeAssignedTasks()
                .processVariableValueEquals("regio", "bench").orderByDueDate().asc().listPage(0, 50);
        if (pagina.isEmpty()) {
            return 0;
        }
        List<VariableInstance> kolommen = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(pagina.stream().map(Task::getProcessInstanceId).toArray(String[]::new))
                .variableNameIn(KOLOMMEN.toArray(String[]::new)).disableBinaryFetching().list();
        return pagina.size() + kolommen.size();
    }

    private List<String> maakGemeenten() {
        List<String> groepen = transactie.execute(status -> {
            Regio regio = regios.save(new Regio("bench", "Bench"));
            List<String> lijst = new ArrayList<>();
            for (int i = 1; i <= GEMEENTEN; i++) {
                Gemeente gemeente = gemeenten.save(new Gemeente("GM%04d".formatted(5000 + i), "Benchgemeente " + i, regio));
                lijst.add("leerplicht-" + gemeente.getSleutel());
            }
            return lijst;
        });
        identiteit.synchroniseer();
        return groepen;
    }

    /** Real leerplicht werkprocessen started through the engine, 500 per transaction. */
    private void vulOpenTaken(List<String> groepen) {
        Random random = new Random(42);
        LocalDate vandaag = LocalDate.now();
        for (int gestart = 0; gestart < TAKEN; gestart += 500) {
            int tot = Math.min(TAKEN, gestart + 500);
            int van = gestart;
            transactie.executeWithoutResult(status -> {
                for (int i = van; i < tot; i++) {
                    String groep = groepen.get(random.nextInt(groepen.size()));
                    LocalDate meldingsdatum = vandaag.minusDays(random.nextInt(30));
                    Map<String, Object> variabelen = new HashMap<>();
                    variabelen.put("kandidaatGroep", groep);
                    variabelen.put("regio", "bench");
                    variabelen.put("meldingsdatum", java.sql.Date.valueOf(meldingsdatum));
                    variabelen.put("geboortedatum", java.sql.Date.valueOf(vandaag.minusYears(6 + random.nextInt(11))));
                    variabelen.put("bovengrensLeeftijd", 23);
                    variabelen.put("jongereNaam", "Jongere " + i);
                    variabelen.put("leeftijd", 6 + random.nextInt(11));
                    variabelen.put("schoolNaam", "School " + random.nextInt(2000));
                    variabelen.put("verzuimsoort", random.nextBoolean() ? "WETTELIJK" : "OVERIG");
                    variabelen.put("gemeente", groep);
                    variabelen.put("preventiefGesprek", false);
                    runtime.startProcessInstanceByKey("leerplicht-verzuim", "bench-" + i, variabelen);
                }
            });
            if (tot % 10_000 == 0) {
                System.out.printf("  %d open taken gestart%n", tot);
            }
        }
    }

    /**
     * Completed werkprocessen bulk-loaded into the engine's history tables with SQL: starting and completing 200,000
     * through the engine would take far longer and measures nothing this benchmark compares.
     */
    private void vulHistorie() {
        String definitie = jdbc.queryForObject("select id_ from act_re_procdef where key_ = 'leerplicht-verzuim' "
                + "order by version_ desc limit 1", String.class);
        jdbc.update("""
                insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
                    end_time_, removal_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
                select 'hist-' || g, 'hist-' || g, 'hist-' || g, 'leerplicht-verzuim', ?, now() - interval '400 days',
                    now() - interval '300 days', now() + interval '1500 days', 8640000000, 'MeldingOntvangen',
                    'WerkprocesAfgerond', 'hist-' || g, 'COMPLETED'
                from generate_series(1, ?) g""", definitie, HISTORIE);
        jdbc.update("""
                insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                    execution_id_, name_, start_time_, end_time_, duration_, priority_, removal_time_)
                select 'hist-taak-' || g || '-' || s, 'MeldingTrieren', 'leerplicht-verzuim', ?, 'hist-' || g, 'hist-' || g,
                    'hist-' || g, 'Melding triëren', now() - interval '400 days', now() - interval '399 days', 86400000, 50,
                    now() + interval '1500 days'
                from generate_series(1, ?) g, generate_series(1, 3) s""", definitie, HISTORIE);
    }

    private static long meet(Supplier<Integer> werk) {
        long begin = System.nanoTime();
        int resultaat = werk.get();
        if (resultaat < 0) {
            throw new IllegalStateException("onmogelijk");
        }
        return System.nanoTime() - begin;
    }

    private static double p(long[] metingen, int percentiel) {
        long[] gesorteerd = metingen.clone();
        Arrays.sort(gesorteerd);
        int index = (int) Math.ceil(percentiel / 100.0 * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, index)] / 1e6;
    }
}
