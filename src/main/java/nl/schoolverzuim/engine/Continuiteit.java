package nl.schoolverzuim.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Continuity of a werkproces: a new user task goes to the officer who last completed a step of the same werkproces
 * for the same team, when the model says {@link Toewijzing#VORIGE_BEHANDELAAR} and that officer is still in the
 * task's candidate group. So a case is not back in "Ongeclaimd" after every step, and never crosses to another team
 * or gemeente: who completed a step is remembered per candidate group of that step, and only that group's own next
 * task can go to them.
 * <p>
 * Runs on the engine's task events published to Spring, inside the engine's transaction, before the werkvoorraad
 * read model inserts its row, so the row carries the assignee from the start. Uses the engine's internal
 * {@link Authentication} (the type {@link IdentityService#getCurrentAuthentication()} answers) to know who completes
 * a step they had not claimed; {@code ContinuiteitTest} pins it.
 */
@Component
class Continuiteit {

    /**
     * Process variable of the process instance: per candidate group the officer who last completed a step for it, one
     * {@code groep=gebruiker} per line. Group and user ids hold neither {@code =} nor a line break.
     */
    static final String BEHANDELAARS = "behandelaars";

    private final IdentityService identity;
    /** The rule per process definition and task: a deployed version never changes. */
    private final Map<String, Toewijzing> regels = new ConcurrentHashMap<>();

    Continuiteit(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void taak(DelegateTask taak) {
        if (TaskListener.EVENTNAME_CREATE.equals(taak.getEventName())) {
            wijsToe(taak);
        } else if (TaskListener.EVENTNAME_COMPLETE.equals(taak.getEventName())) {
            onthoud(taak);
        }
    }

    private void wijsToe(DelegateTask taak) {
        DelegateExecution instantie = instantie(taak);
        if (taak.getAssignee() != null || instantie == null || regel(taak) != Toewijzing.VORIGE_BEHANDELAAR) {
            return;
        }
        Map<String, String> behandelaars = lees(instantie.getVariableLocal(BEHANDELAARS));
        for (String groep : kandidaatGroepen(taak)) {
            String behandelaar = behandelaars.get(groep);
            if (behandelaar != null && isLid(behandelaar, groep)) {
                taak.setAssignee(behandelaar);
                return;
            }
        }
    }

    private void onthoud(DelegateTask taak) {
        DelegateExecution instantie = instantie(taak);
        String behandelaar = taak.getAssignee() != null ? taak.getAssignee() : aangemeld();
        List<String> groepen = kandidaatGroepen(taak);
        if (instantie == null || behandelaar == null || groepen.isEmpty()) {
            return;
        }
        Map<String, String> behandelaars = lees(instantie.getVariableLocal(BEHANDELAARS));
        groepen.forEach(groep -> behandelaars.put(groep, behandelaar));
        String nieuw = schrijf(behandelaars);
        if (!nieuw.equals(instantie.getVariableLocal(BEHANDELAARS))) {
            instantie.setVariableLocal(BEHANDELAARS, nieuw);
        }
    }

    /** The task's own property, else the process's, else {@link Toewijzing#TEAM}. */
    private Toewijzing regel(DelegateTask taak) {
        return regels.computeIfAbsent(taak.getProcessDefinitionId() + "#" + taak.getTaskDefinitionKey(), sleutel -> {
            UserTask model = taak.getBpmnModelElementInstance();
            if (model == null) {
                return Toewijzing.TEAM;
            }
            String waarde = Modeleigenschap.van(model, Toewijzing.EIGENSCHAP);
            for (ModelElementInstance ouder = model.getParentElement(); waarde == null && ouder != null;
                 ouder = ouder.getParentElement()) {
                if (ouder instanceof Process proces) {
                    waarde = Modeleigenschap.van(proces, Toewijzing.EIGENSCHAP);
                }
            }
            return Toewijzing.van(waarde).orElse(Toewijzing.TEAM);
        });
    }

    /** Whether the officer is in the group now: membership may have changed since the previous step. */
    private boolean isLid(String gebruiker, String groep) {
        return identity.createUserQuery().userId(gebruiker).memberOfGroup(groep).count() > 0;
    }

    private String aangemeld() {
        Authentication aangemeld = identity.getCurrentAuthentication();
        return aangemeld == null ? null : aangemeld.getUserId();
    }

    private static DelegateExecution instantie(DelegateTask taak) {
        return taak.getExecution() == null ? null : taak.getExecution().getProcessInstance();
    }

    private static List<String> kandidaatGroepen(DelegateTask taak) {
        return taak.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().sorted().toList();
    }

    static Map<String, String> lees(Object waarde) {
        Map<String, String> behandelaars = new LinkedHashMap<>();
        if (waarde instanceof String tekst) {
            for (String regel : tekst.split("\n")) {
                int is = regel.indexOf('=');
                if (is > 0 && is < regel.length() - 1) {
                    behandelaars.put(regel.substring(0, is), regel.substring(is + 1));
                }
            }
        }
        return behandelaars;
    }

    static String schrijf(Map<String, String> behandelaars) {
        StringBuilder tekst = new StringBuilder();
        behandelaars.forEach((groep, gebruiker) -> tekst.append(tekst.isEmpty() ? "" : "\n").append(groep).append('=')
                .append(gebruiker));
        return tekst.toString();
    }
}
