package nl.schoolverzuim.engine;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;

/**
 * Removal time at the end of a werkproces (MAS §10: retention counts from the end) without the engine's update of
 * every history table in the officer's last transaction. The ended instance's own row gets its removal time here, in
 * the update its end writes anyway (its model's time to live); the night after, {@link HistorieVerwijdertijd} gives
 * all of its history (activities, tasks, variables, identity links, user operation log, job log, decisions, read
 * grants) its final removal time through Camunda's own batch: for a werkproces its gemeente's retention (decision
 * {@code bewaartermijn}), for any other instance this same one. Until then none of the rest can be removed: history
 * cleanup deletes by removal time, and those rows have none yet.
 */
public class VerwijdertijdNaAfloop extends CacheAwareHistoryEventProducer {

    @Override
    public HistoryEvent createProcessInstanceEndEvt(DelegateExecution execution) {
        HistoricProcessInstanceEventEntity einde = (HistoricProcessInstanceEventEntity) super.createProcessInstanceEndEvt(execution);
        if (isRootProcessInstance(einde) && isHistoryRemovalTimeStrategyEnd()) {
            einde.setRemovalTime(calculateRemovalTime(einde));
        }
        return einde;
    }

    /** The rest of the instance's history: the night's batch updates it. */
    @Override
    protected void addRemovalTimeToHistoricProcessInstances(String rootProcessInstanceId, Date removalTime) {
    }

    /** Decisions evaluated in the werkproces: the night's batch updates them with the instance. */
    @Override
    protected void addRemovalTimeToHistoricDecisions(String rootProcessInstanceId, Date removalTime) {
    }
}
