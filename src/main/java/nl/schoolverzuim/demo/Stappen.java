package nl.schoolverzuim.demo;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * How the demo walks a werkproces, as officers and the job executor would: a waiting task completed with the
 * variables its form submits, a timer fired as a job. Shared by the demo paths and the synthetic school year.
 */
@Component
class Stappen {

    private static final Map<String, Object> ONDERZOEK_GEDAAN = Map.of("gesprekJongereGevoerd", true,
            "gesprekOudersGevoerd", true, "schoolGeinformeerd", true);

    private final TaskService taken;
    private final ManagementService management;

    Stappen(TaskService taken, ManagementService management) {
        this.taken = taken;
        this.management = management;
    }

    /** Completes task {@code taak} of the instance with {@code variabelen} (name, value, name, value, ...). */
    void voltooi(String processInstanceId, String taak, Object... variabelen) {
        Map<String, Object> waarden = new HashMap<>();
        for (int i = 0; i < variabelen.length; i += 2) {
            waarden.put((String) variabelen[i], variabelen[i + 1]);
        }
        voltooi(processInstanceId, taak, waarden);
    }

    void voltooi(String processInstanceId, String taak, Map<String, Object> variabelen) {
        Task open = open(processInstanceId, taak);
        if (open == null) {
            throw new IllegalStateException("Demopad: taak " + taak + " wacht niet in " + processInstanceId);
        }
        Map<String, Object> waarden = new HashMap<>(variabelen);
        if ("Onderzoek".equals(taak)) {
            // MAS §4 step 2: the demo's onderzoeken held both talks and informed the school (onderzoek-gesprekken)
            ONDERZOEK_GEDAAN.forEach(waarden::putIfAbsent);
        }
        taken.complete(open.getId(), waarden);
    }

    /** The open task {@code taak} of the instance, or null. */
    Task open(String processInstanceId, String taak) {
        return taken.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taak).singleResult();
    }

    /** The timers of {@code activiteit} waiting in the instance. */
    List<Job> timers(String processInstanceId, String activiteit) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(activiteit).timers().list();
    }

    void vuurTimer(String processInstanceId, String activiteit) {
        timers(processInstanceId, activiteit).forEach(this::voerUit);
    }

    /** Runs a job now; the job executor of a running demo may have run it first, which is as good. */
    void voerUit(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (OptimisticLockingException e) {
            // already run by the job executor
        }
    }

    /** When the first timer of {@code activiteit} in the instance is due, or null without one. */
    Date vervaldatum(String processInstanceId, String activiteit) {
        return timers(processInstanceId, activiteit).stream().map(Job::getDuedate).findFirst().orElse(null);
    }
}
