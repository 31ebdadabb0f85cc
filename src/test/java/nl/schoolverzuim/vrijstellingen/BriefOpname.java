package nl.schoolverzuim.vrijstellingen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
/**
 * Stands in for process bean {@code brief} in the model tests without the application (registered as a mock): records
 * which letter the model drew up and which letter step it finalised.
 */
public class BriefOpname {

    public record Opgesteld(String businessKey, String soort, Object besluit, Object motivering) {
    }

    private final List<Opgesteld> opgesteld = Collections.synchronizedList(new ArrayList<>());
    private final List<String> afgerond = Collections.synchronizedList(new ArrayList<>());

    public String opstellen(DelegateExecution execution, String soort) {
        opgesteld.add(new Opgesteld(execution.getProcessBusinessKey(), soort, execution.getVariable("besluit"),
                execution.getVariable("motivering")));
        return "brief-" + opgesteld.size();
    }

    public void afronden(DelegateTask task) {
        afgerond.add((String) task.getVariable("briefId"));
    }

    public List<Opgesteld> opgesteld() {
        return List.copyOf(opgesteld);
    }

    public List<String> afgerond() {
        return List.copyOf(afgerond);
    }
}
