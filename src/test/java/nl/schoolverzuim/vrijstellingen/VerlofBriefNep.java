package nl.schoolverzuim.vrijstellingen;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.engine.Procesbean;

/**
 * TEST ONLY, until the Brieven capability is merged: stands in for process bean {@code brief} (contract
 * opstellen/afronden) and records what the verlof werkproces asked of it.
 */
@Procesbean
@Component("brief")
public class VerlofBriefNep {

    public record Opgesteld(String businessKey, String soort, String besluit, Object van, Object tot,
                            Object schooldagen, String motivering, Object besluitdatum) {
    }

    public final List<Opgesteld> opgesteld = new CopyOnWriteArrayList<>();
    public final List<String> afgerond = new CopyOnWriteArrayList<>();

    public String opstellen(DelegateExecution execution, String soort) {
        opgesteld.add(new Opgesteld(execution.getProcessBusinessKey(), soort, (String) execution.getVariable("besluit"),
                execution.getVariable("van"), execution.getVariable("tot"), execution.getVariable("schooldagen"),
                (String) execution.getVariable("motivering"), execution.getVariable("besluitdatum")));
        return "brief-" + opgesteld.size();
    }

    public void afronden(DelegateTask task) {
        afgerond.add((String) task.getVariable("briefVerzendkanaal"));
    }
}
