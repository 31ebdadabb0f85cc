package nl.schoolverzuim.thuiszitters;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.organisatie.Teams;

/**
 * The thuiszitterstafel's tasks go to the voorzitter of the Jongere's regio ({@code tafelvoorzitter-<regio>}), not to
 * every voorzitter of the country (MAS §10). Versions of {@code processes/thuiszitterstafel.bpmn} deployed before
 * named the national group {@value Teams#TAFELVOORZITTER}; their running instances keep that version. Their open
 * tasks are moved at start-up, and the tasks they create later as they are created, with the task API only.
 */
@Component
@Order(12)
class TafelvoorzitterPerRegio implements ApplicationRunner {

    private final TaskService taken;

    TafelvoorzitterPerRegio(TaskService taken) {
        this.taken = taken;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Task taak : taken.createTaskQuery().taskCandidateGroup(Teams.TAFELVOORZITTER).includeAssignedTasks().list()) {
            taken.addCandidateGroup(taak.getId(),
                    Teams.tafelvoorzitter((String) taken.getVariable(taak.getId(), Variabelen.REGIO)));
            taken.deleteCandidateGroup(taak.getId(), Teams.TAFELVOORZITTER);
        }
    }

    /**
     * The regio's group is added before the werkvoorraad projection reads the task's groups (it listens to the same
     * event). The national group goes just before the transaction commits: while the task is being created its links
     * are not yet written, and the engine removes a link by querying for it.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void taak(DelegateTask taak) {
        if (TaskListener.EVENTNAME_CREATE.equals(taak.getEventName()) && taak.getCandidates().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && Teams.TAFELVOORZITTER.equals(link.getGroupId()))) {
            taak.addCandidateGroup(Teams.tafelvoorzitter((String) taak.getVariable(Variabelen.REGIO)));
            String id = taak.getId();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    taken.deleteCandidateGroup(id, Teams.TAFELVOORZITTER);
                }
            });
        }
    }
}
