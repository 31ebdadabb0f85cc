package nl.schoolverzuim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.melding.IntakeService;
import nl.schoolverzuim.melding.NieuweMelding;

/**
 * Walks werkprocessen through the real application: meldingen through intake, tasks completed as an officer would,
 * timers fired by moving the engine clock (never by waiting).
 */
@IntegratieTest
public abstract class WerkprocesTest {

    protected static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected IntakeService intake;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService taken;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected JdbcTemplate jdbc;

    protected record Werkproces(ProcessInstance instantie, long id, long dossierId) {
    }

    @BeforeEach
    void bpmAssert() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
        // BPM Assert keeps its engine statically; this context's engine closes with the context.
        BpmnAwareTests.reset();
    }

    protected static LocalDate vandaag() {
        return ClockUtil.getCurrentTime().toInstant().atZone(NL).toLocalDate();
    }

    /** A Jongere of {@code leeftijd} (plus 40 days) living in {@code gemeente}, new to the system. */
    protected static NieuweMelding.JongereGegevens nieuweJongere(int leeftijd, String gemeente) {
        return new NieuweMelding.JongereGegevens(Meldingen.uniekBsn(), "Noor", "Proces-" + System.nanoTime(),
                vandaag().minusYears(leeftijd).minusDays(40).toString(), gemeente);
    }

    protected Werkproces melding(NieuweMelding melding) {
        IntakeService.Ontvangen ontvangen = intake.ontvang(melding);
        ProcessInstance instantie = runtime.createProcessInstanceQuery()
                .processInstanceId(ontvangen.processInstanceId()).singleResult();
        return new Werkproces(instantie, ontvangen.werkprocesId(), ontvangen.dossierId());
    }

    /**
     * Completes {@code taak} with {@code variabelen}. An onderzoek held both talks and informed the school unless the
     * test says otherwise (MAS §4 step 2, decision onderzoek-gesprekken); tests of that rule complete the task
     * themselves.
     */
    protected void voltooi(ProcessInstance instantie, String taak, Object... variabelen) {
        assertThat(instantie).isWaitingAt(taak);
        Map<String, Object> waarden = map(variabelen);
        if ("Onderzoek".equals(taak)) {
            ONDERZOEK_GEDAAN.forEach(waarden::putIfAbsent);
        }
        taken.complete(task(taak, instantie).getId(), waarden);
    }

    /** What a complete onderzoek records besides its outcome: both talks held, the school informed (MAS §4 step 2). */
    protected static final Map<String, Object> ONDERZOEK_GEDAAN = Map.of("gesprekJongereGevoerd", true,
            "gesprekOudersGevoerd", true, "schoolGeinformeerd", true);

    protected static Map<String, Object> map(Object... paren) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            map.put((String) paren[i], paren[i + 1]);
        }
        return map;
    }

    /** Moves the engine clock {@code duur} on and fires the timer: it must not have been due before. */
    protected void verstrijk(ProcessInstance instantie, String timerActiviteit, Duration duur) {
        Job timer = timer(instantie, timerActiviteit);
        assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).as("nog niet verlopen").isZero();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duur)));
        assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).as("verlopen").isEqualTo(1);
        management.executeJob(timer.getId());
    }

    /** Moves the engine clock to the timer's due date and fires it. */
    protected void totTimer(ProcessInstance instantie, String timerActiviteit) {
        Job timer = timer(instantie, timerActiviteit);
        ClockUtil.setCurrentTime(timer.getDuedate());
        assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).as("verlopen").isEqualTo(1);
        management.executeJob(timer.getId());
    }

    protected Job timer(ProcessInstance instantie, String timerActiviteit) {
        return management.createJobQuery().processInstanceId(instantie.getId()).timers().activityId(timerActiviteit)
                .singleResult();
    }
}
