package nl.schoolverzuim.testsupport;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs a Camunda batch on the calling thread, as the job executor would: its seed job, then its jobs, then its monitor
 * job, which removes the finished batch.
 */
public final class Batchjobs {

    private Batchjobs() {
    }

    public static void voerUit(ManagementService beheer, Batch batch) {
        for (Job seed; (seed = beheer.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult()) != null; ) {
            beheer.executeJob(seed.getId());
        }
        beheer.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()
                .forEach(job -> beheer.executeJob(job.getId()));
        Job monitor = beheer.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).singleResult();
        if (monitor != null) {
            beheer.executeJob(monitor.getId());
        }
        if (beheer.createBatchQuery().batchId(batch.getId()).count() != 0) {
            throw new IllegalStateException("Batch " + batch.getId() + " is na al zijn jobs niet afgesloten");
        }
    }
}
