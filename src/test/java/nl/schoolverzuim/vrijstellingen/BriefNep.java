package nl.schoolverzuim.vrijstellingen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.engine.Procesbean;

/**
 * TEST ONLY, until the Brieven capability is merged: the process bean {@code brief} of the letters contract
 * ({@code opstellen} returns a document id, {@code afronden} is the letter step's complete listener). Records the
 * calls so tests can see which beschikking was drawn up; the coordinator deletes this fake when merging.
 */
@Procesbean
@Component("brief")
public class BriefNep {

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
