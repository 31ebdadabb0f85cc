package nl.schoolverzuim.melding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;
import nl.schoolverzuim.testsupport.Meldingen;

/** The same intake contract on a real PostgreSQL 16, the production database. */
class IntakeContractPostgresTest extends IntakeContractTests {

    @Autowired
    ProcessEngine engine;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "intake");
    }

    @Test
    void draaitOpPostgresql16() {
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("16.");
    }

    /**
     * Camunda 7.24's PostgreSQL schema lacks an index on ACT_RU_TASK(PARENT_TASK_ID_), which every task
     * completion filters on; the engine migration adds it, and the planner can use it for that query.
     */
    @Test
    void deIndexOpParentTaskIdBestaatEnWordtGebruikt() {
        assertThat(jdbc.queryForList("select indexdef from pg_indexes where tablename = 'act_ru_task'", String.class))
                .anySatisfy(index -> assertThat(index).contains("sv_idx_task_parent_task_id").contains("(parent_task_id_)"));
        List<String> plan = zonderScan("explain select * from act_ru_task where parent_task_id_ = 'x'");
        assertThat(String.join("\n", plan)).contains("sv_idx_task_parent_task_id");
    }

    /**
     * reWriteBatchedInserts (application.yml): the application's connections send batched inserts as multi-row inserts,
     * and the engine accepts the "count unknown" that PostgreSQL then answers: an intake, with its batches of
     * variables, is stored whole.
     */
    @Test
    void deVerbindingenSturenInsertsAlsEenInsertVanMeerdereRijen() {
        assertThat(jdbc.execute((ConnectionCallback<Boolean>) verbinding ->
                verbinding.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())).isTrue();
        String werkproces = post(LPA_DOETINCHEM, Meldingen.wettelijk()).getBody().get("werkprocesId").asText();
        String instantie = runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkproces).singleResult()
                .getId();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where proc_inst_id_ = ?", Integer.class,
                instantie)).isEqualTo(runtime.getVariables(instantie).size()).isGreaterThan(15);
    }

    /** V9: recognising a Jongere by name in any case and date of birth is one probe of an index. */
    @Test
    void eenJongereWordtOpNaamHerkendViaDeIndexOpKleineLetters() {
        List<String> plan = zonderScan("""
                explain select * from jongere where bsn = '123456782'
                   or (geboortedatum = date '2012-03-04' and lower(voornaam) = 'sem' and lower(achternaam) = 'jansen')""");
        assertThat(String.join("\n", plan)).contains("uk_jongere_bsn").contains("ix_jongere_geboortedatum_naam");
    }

    /** V11: a woongemeente named in any case is one probe of an index, not a read of every gemeente. */
    @Test
    void eenGemeenteWordtOpNaamGevondenViaDeIndexOpKleineLetters() {
        List<String> plan = zonderScan("explain select * from gemeente where lower(naam) = 'doetinchem'");
        assertThat(String.join("\n", plan)).contains("uk_gemeente_naam_lower");
    }

    /**
     * A bulk import killed part-way (every database connection of the application terminated again and again while
     * it runs, as when the database restarts or the node dies) and then sent again whole: every melding is stored
     * exactly once, each with its werkproces and process instance, and the resend names each row AANGEMAAKT or
     * DUBBEL with the id stored the first time. Nothing is half-written: a row is one transaction with its engine part.
     */
    @Test
    void eenAfgebrokenBulkinvoerNogmaalsSturenSlaatElkeMeldingEenKeerOp() throws Exception {
        String kenmerk = "KILL-" + java.util.UUID.randomUUID() + "-";
        List<Map<String, Object>> invoer = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Map<String, Object> melding = Meldingen.wettelijk();
            melding.put("meldingnummer", kenmerk + i);
            invoer.add(melding);
        }
        String opgeslagen = "select count(*) from melding where meldingnummer like '" + kenmerk + "%'";

        java.util.concurrent.ExecutorService achtergrond = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<ResponseEntity<JsonNode>> eerste = achtergrond.submit(() -> bulk(LPA_DOETINCHEM, invoer));
            java.util.concurrent.atomic.AtomicInteger afgebroken = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.Future<Void> onderbreker = achtergrond.submit(() -> {
                while (jdbc.queryForObject(opgeslagen, Integer.class) == 0 && !eerste.isDone()) {
                    Thread.sleep(20);
                }
                while (!eerste.isDone()) {
                    afgebroken.addAndGet(jdbc.queryForObject("""
                            select count(pg_terminate_backend(pid)) from pg_stat_activity
                            where datname = current_database() and pid <> pg_backend_pid()
                              and state in ('active', 'idle in transaction')""", Integer.class));
                    Thread.sleep(50);
                }
                return null;
            });
            JsonNode eersteAntwoord = eerste.get(5, java.util.concurrent.TimeUnit.MINUTES).getBody();
            // Its last round may still be terminating whatever is active: counting before it stops could be terminated.
            onderbreker.get(1, java.util.concurrent.TimeUnit.MINUTES);
            int naEerste = jdbc.queryForObject(opgeslagen, Integer.class);
            assertThat(afgebroken.get()).as("verbindingen afgebroken").isPositive();
            assertThat(naEerste).as("deels opgeslagen").isPositive().isLessThan(400);
            assertThat(eersteAntwoord).as("het eerste antwoord, of het nu volledig was of niet").isNotNull();
        } finally {
            achtergrond.shutdownNow();
        }

        ResponseEntity<JsonNode> opnieuw = bulk(LPA_DOETINCHEM, invoer);

        assertThat(opnieuw.getStatusCode()).isEqualTo(org.springframework.http.HttpStatus.OK);
        JsonNode samenvatting = opnieuw.getBody().get("samenvatting");
        assertThat(samenvatting.get("mislukt").asInt()).isZero();
        assertThat(samenvatting.get("aangemaakt").asInt() + samenvatting.get("dubbel").asInt()).isEqualTo(400);
        assertThat(jdbc.queryForObject(opgeslagen, Integer.class)).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(distinct meldingnummer) from melding where meldingnummer like '"
                + kenmerk + "%'", Integer.class)).isEqualTo(400);
        // Every stored row whole: its werkproces started, its process instance running.
        List<String> instanties = jdbc.queryForList("""
                select w.process_instance_id from melding m join werkproces w on w.id = m.werkproces_id
                where m.meldingnummer like '""" + kenmerk + "%'", String.class);
        assertThat(instanties).hasSize(400).doesNotContainNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(instanties)).count())
                .isEqualTo(400);
        List<String> ids = opnieuw.getBody().get("regels").findValuesAsText("id");
        assertThat(ids).hasSize(400).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select id from melding where meldingnummer like '" + kenmerk + "%'", String.class))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    /** The plan with sequential scans off: a test database is small enough that a scan is cheaper than any index. */
    private List<String> zonderScan(String explain) {
        return jdbc.execute((ConnectionCallback<List<String>>) verbinding -> {
            try (var statement = verbinding.createStatement()) {
                statement.execute("set enable_seqscan = off");
                List<String> regels = new java.util.ArrayList<>();
                try (var rs = statement.executeQuery(explain)) {
                    while (rs.next()) {
                        regels.add(rs.getString(1));
                    }
                }
                statement.execute("reset enable_seqscan");
                return regels;
            }
        });
    }

    /**
     * Which of a user's groups have any authorization is asked about those groups only (one index probe
     * each), with Camunda's answer: the groups among them that appear in ACT_RU_AUTHORIZATION, also for another user's
     * groups.
     */
    @Test
    void deGroepenMetAutorisatieZijnDieVanDeVraag() {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<String> gevonden = configuratie.getCommandExecutorTxRequired().execute(context -> context
                .getAuthorizationManager().filterAuthenticatedGroupIds(List.of("leerplicht-aalten", "bestaat-niet",
                        "teamleider")));
        assertThat(gevonden).containsExactlyInAnyOrder("leerplicht-aalten", "teamleider");
        List<String> geen = configuratie.getCommandExecutorTxRequired().execute(context -> context
                .getAuthorizationManager().filterAuthenticatedGroupIds(List.of("bestaat-niet")));
        assertThat(geen).isEmpty();
        String alle = jdbc.queryForList("select distinct group_id_ from act_ru_authorization where group_id_ is not null",
                String.class).toString();
        assertThat(alle).contains("leerplicht-aalten", "teamleider").doesNotContain("bestaat-niet");
    }

    /**
     * A job definition suspended in Cockpit gives the next werkproces that timer suspended, as in Camunda, and the
     * other active: the job definition of every timer is read from the database in the command that creates it.
     */
    @Test
    void eenOpgeschorteJobdefinitieGeeftDeTimerVanEenVolgendWerkprocesOpgeschort() {
        String versie = repository.createProcessDefinitionQuery().processDefinitionKey("leerplicht-verzuim")
                .latestVersion().singleResult().getId();
        List<JobDefinition> definities = beheer.createJobDefinitionQuery().processDefinitionId(versie).list();
        JobDefinition achttien = definities.stream().filter(d -> d.getActivityId().equals("AchttiendeVerjaardag"))
                .findFirst().orElseThrow();
        beheer.suspendJobDefinitionById(achttien.getId());
        try {
            String werkproces = post(LPA_DOETINCHEM, Meldingen.wettelijk()).getBody().get("werkprocesId").asText();
            String instantie = runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkproces)
                    .singleResult().getId();
            assertThat(beheer.createJobQuery().processInstanceId(instantie).list())
                    .extracting(job -> job.getJobDefinitionId().equals(achttien.getId()), Job::isSuspended)
                    .containsExactlyInAnyOrder(tuple(true, true), tuple(false, false));
        } finally {
            beheer.activateJobDefinitionById(achttien.getId());
        }
    }
}
