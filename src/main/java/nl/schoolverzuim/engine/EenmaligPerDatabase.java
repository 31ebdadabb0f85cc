package nl.schoolverzuim.engine;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Work an upgrade needs once per database, not at every start of every node: an engine property records that it ran,
 * in the caller's transaction, so the work and its record are written together or not at all.
 */
@Component
public class EenmaligPerDatabase {

    private final ManagementService beheer;

    EenmaligPerDatabase(ManagementService beheer) {
        this.beheer = beheer;
    }

    /** Runs {@code werk} unless engine property {@code eigenschap} says it ran on this database, then records it. */
    public void voerUit(String eigenschap, Runnable werk) {
        if (beheer.getProperties().containsKey(eigenschap)) {
            return;
        }
        werk.run();
        beheer.setProperty(eigenschap, "ja");
    }
}
