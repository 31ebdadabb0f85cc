package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.testsupport.Batchjobs;
import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * MAS §10: the history of a werkproces is kept 5 years after it ends (its model's {@code historyTimeToLive}, 1825
 * days) and then removed by history cleanup. The end sets the removal time on the werkproces itself; the night after,
 * process {@code historie-verwijdertijd} gives it to the rest of its history. Run on H2 and on PostgreSQL by the
 * subclasses; its own database, because history cleanup removes whatever is due, also other tests' history.
 */
@IntegratieTest
abstract class BewaartermijnTests {

    /** The history tables a werkproces writes to, by its root process instance. */
    static final List<String> HISTORIE = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_RU_AUTHORIZATION");

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taken;
    @Autowired
    HistoryService historie;
    @Autowired
    ManagementService beheer;
    @Autowired
    JdbcTemplate jdbc;

    /** The clock goes back to today: where the night's run stopped must go back too. */
    @AfterEach
    void klok() {
        ClockUtil.reset();
        beheer.deleteProperty(HistorieVerwijdertijd.DOORGEGEVEN_TOT);
    }

    @Test
    void deHistorieVanEenWerkprocesVerdwijntVijfJaarNaZijnEinde() {
        String instantie = beeindigdWerkproces();
        HistoricProcessInstance werkproces = historie.createHistoricProcessInstanceQuery().processInstanceId(instantie)
                .singleResult();
        Instant verwijdertijd = werkproces.getEndTime().toInstant().plus(Duration.ofDays(1825));
        // The end itself: the werkproces has its removal time, the rest of its history waits for the night.
        assertThat(werkproces.getRemovalTime()).isEqualTo(Date.from(verwijdertijd));
        assertThat(zonderVerwijdertijd("ACT_HI_VARINST", instantie)).isPositive();

        nacht(werkproces.getEndTime().toInstant().plus(Duration.ofHours(2)));

        for (String tabel : HISTORIE) {
            assertThat(jdbc.queryForList("select distinct REMOVAL_TIME_ from " + tabel + " where ROOT_PROC_INST_ID_ = ?",
                    Timestamp.class, instantie)).as(tabel)
                    .extracting(Timestamp::toInstant).containsExactly(verwijdertijd);
        }
        // A day before the end of the 5 years nothing goes; after it, all of it.
        opruimen(verwijdertijd.minus(Duration.ofDays(1)));
        assertThat(rijen(instantie)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
        opruimen(verwijdertijd.plus(Duration.ofMinutes(1)));
        assertThat(rijen(instantie)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isZero());
        // also the team's read grant on the werkproces's history
        assertThat(jdbc.queryForList("select RESOURCE_TYPE_ from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ?",
                Integer.class, instantie)).isEmpty();
    }

    @Test
    void watMinderDanEenUurVoorDeNachtEindigdeVolgtDeNachtErna() {
        String werkproces = beeindigdWerkproces();
        Instant einde = historie.createHistoricProcessInstanceQuery().processInstanceId(werkproces).singleResult()
                .getEndTime().toInstant();

        // Its transaction might not have committed when the night's run reads what ended: an hour's margin.
        nacht(einde.plus(Duration.ofMinutes(30)));
        assertThat(zonderVerwijdertijd("ACT_HI_VARINST", werkproces)).isPositive();

        nacht(einde.plus(Duration.ofDays(1)));
        assertThat(zonderVerwijdertijd("ACT_HI_VARINST", werkproces)).isZero();
    }

    /**
     * What ended before this version first ran got its removal time from the engine at its end; the first night
     * starts at the first start, and a restart does not move it.
     */
    @Test
    void deEersteNachtBegintBijDeEersteStart() {
        beheer.deleteProperty(HistorieVerwijdertijd.DOORGEGEVEN_TOT);
        Instant eersteStart = Instant.parse("2026-09-01T06:00:00Z");
        ClockUtil.setCurrentTime(Date.from(eersteStart));
        HistorieVerwijdertijd.beginOpEersteStart(beheer);
        ClockUtil.setCurrentTime(Date.from(eersteStart.plus(Duration.ofDays(3))));
        HistorieVerwijdertijd.beginOpEersteStart(beheer);

        assertThat(beheer.getProperties()).containsEntry(HistorieVerwijdertijd.DOORGEGEVEN_TOT, eersteStart.toString());
    }

    /** A werkproces started by intake and closed at triage ("geoorloofd"), at the engine's current time. */
    private String beeindigdWerkproces() {
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth("lpa-doetinchem", "demo")
                .postForEntity("/api/meldingen", Meldingen.wettelijk(), JsonNode.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Task triage = taken.createTaskQuery()
                .processVariableValueEquals("werkprocesId", antwoord.getBody().get("werkprocesId").asLong())
                .singleResult();
        // As the officer, through Camunda's API: the user operation log records it.
        assertThat(http.withBasicAuth("lpa-doetinchem", "demo").postForEntity("/engine-rest/task/" + triage.getId()
                        + "/complete", Map.of("variables", Map.of("triageBesluit", Map.of("value", "GEOORLOOFD"))), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(triage.getProcessInstanceId())
                .singleResult().getEndTime()).isNotNull();
        return triage.getProcessInstanceId();
    }

    /** Runs historie-verwijdertijd at {@code moment} as its timer would, and the batch it starts, if any. */
    private void nacht(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
        List<String> eerder = beheer.createBatchQuery().list().stream().map(Batch::getId).toList();
        Job timer = beheer.createJobQuery().processDefinitionKey("historie-verwijdertijd").timers().singleResult();
        beheer.executeJob(timer.getId());
        beheer.createBatchQuery().type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME).list().stream()
                .filter(batch -> !eerder.contains(batch.getId())).forEach(batch -> Batchjobs.voerUit(beheer, batch));
    }

    private void opruimen(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
        Job opruimen = historie.cleanUpHistoryAsync(true);
        beheer.executeJob(opruimen.getId());
    }

    private Map<String, Integer> rijen(String instantie) {
        return HISTORIE.stream().collect(Collectors.toMap(tabel -> tabel, tabel -> jdbc.queryForObject(
                "select count(*) from " + tabel + " where ROOT_PROC_INST_ID_ = ?", Integer.class, instantie)));
    }

    private int zonderVerwijdertijd(String tabel, String instantie) {
        return jdbc.queryForObject("select count(*) from " + tabel + " where ROOT_PROC_INST_ID_ = ? and REMOVAL_TIME_ is null",
                Integer.class, instantie);
    }
}
