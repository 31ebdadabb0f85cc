package nl.schoolverzuim.werkvoorraad;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Variabelen;

/**
 * Keeps the werkvoorraad read model in step with the engine: Camunda publishes every task listener event to Spring
 * inside the engine's transaction, so a row changes exactly when the task does, or not at all.
 */
@Component
class WerkvoorraadProjectie {

    private final JdbcTemplate jdbc;
    /** Its cost per task event, since it runs inside every engine transaction that touches a task. */
    private final Timer duur;

    WerkvoorraadProjectie(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.duur = Timer.builder("werkvoorraad.projectie")
                .description("Bijwerken van het werkvoorraad-leesmodel per taakgebeurtenis").register(meters);
    }

    @EventListener
    void taak(DelegateTask taak) {
        duur.record(() -> verwerk(taak));
    }

    private void verwerk(DelegateTask taak) {
        switch (taak.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> nieuw(taak);
            // A claim fires both; the assignment only moves the task to another officer.
            case TaskListener.EVENTNAME_ASSIGNMENT ->
                    jdbc.update("update werkvoorraad_taak set toegewezen_aan = ? where task_id = ?", taak.getAssignee(), taak.getId());
            case TaskListener.EVENTNAME_UPDATE -> bijwerken(taak);
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
                    jdbc.update("delete from werkvoorraad_taak where task_id = ?", taak.getId());
            default -> {
                // timeout events change nothing in the inbox
            }
        }
    }

    /** A new task has no group rows yet, so unlike an update nothing is deleted first. */
    private void nieuw(DelegateTask taak) {
        List<String> groepen = groepen(taak);
        // A new task has no variables of its own: asking the task queries for them, the execution has them loaded.
        VariableScope variabelen = taak.getExecution() != null ? taak.getExecution() : taak;
        Object thuiszitterSinds = variabelen.getVariable("thuiszitterSinds");
        jdbc.update("""
                        insert into werkvoorraad_taak (task_id, process_instance_id, werkproces_id, dossier_id, naam, taak_key,
                            kandidaat_groepen, toegewezen_aan, vervaldatum, aangemaakt_op, jongere_naam, leeftijd, gemeente,
                            school_naam, verzuimsoort, proces_key, thuiszitter_sinds)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                taak.getId(), taak.getProcessInstanceId(), getal(variabelen, Variabelen.WERKPROCES_ID),
                getal(variabelen, Variabelen.DOSSIER_ID),
                taak.getName(), taak.getTaskDefinitionKey(), String.join(",", groepen), taak.getAssignee(),
                tijd(taak.getDueDate()), tijd(taak.getCreateTime()), variabelen.getVariable(Variabelen.JONGERE_NAAM),
                variabelen.getVariable(Variabelen.LEEFTIJD), variabelen.getVariable(Variabelen.GEMEENTE),
                leegIsNull(variabelen.getVariable(Variabelen.SCHOOL_NAAM)),
                variabelen.getVariable(Variabelen.VERZUIMSOORT), procesKey(taak),
                thuiszitterSinds == null ? null : java.sql.Date.valueOf(Variabelen.datum(thuiszitterSinds)));
        voegGroepenToe(taak, groepen);
    }

    private void bijwerken(DelegateTask taak) {
        List<String> groepen = groepen(taak);
        Timestamp vervaldatum = tijd(taak.getDueDate());
        // A new due date is a new deadline: the escalation of the old one (toezicht) no longer counts.
        jdbc.update("update werkvoorraad_taak set naam = ?, toegewezen_aan = ?, kandidaat_groepen = ?, "
                        + "geescaleerd_op = case when vervaldatum = ? then geescaleerd_op end, vervaldatum = ? "
                        + "where task_id = ?", taak.getName(), taak.getAssignee(), String.join(",", groepen),
                vervaldatum, vervaldatum, taak.getId());
        jdbc.update("delete from werkvoorraad_groep where task_id = ?", taak.getId());
        voegGroepenToe(taak, groepen);
    }

    /** One round trip for all groups of the task (usually one). */
    private void voegGroepenToe(DelegateTask taak, List<String> groepen) {
        Timestamp vervaldatum = tijd(taak.getDueDate());
        jdbc.batchUpdate("insert into werkvoorraad_groep (groep, task_id, vervaldatum) values (?, ?, ?)",
                groepen.stream().map(groep -> new Object[] {groep, taak.getId(), vervaldatum}).toList());
    }

    private static List<String> groepen(DelegateTask taak) {
        return taak.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    /** The key of the process the task is in, from the cached model: the page's label when there is no verzuimsoort. */
    private static String procesKey(DelegateTask taak) {
        ModelElementInstance element = taak.getBpmnModelElementInstance();
        while (element != null && !(element instanceof Process)) {
            element = element.getParentElement();
        }
        return element == null ? null : ((Process) element).getId();
    }

    private static Long getal(VariableScope variabelen, String naam) {
        Object waarde = variabelen.getVariable(naam);
        return waarde instanceof Number getal ? getal.longValue() : null;
    }

    private static Timestamp tijd(Date datum) {
        return datum == null ? null : new Timestamp(datum.getTime());
    }

    private static Object leegIsNull(Object waarde) {
        return waarde == null || waarde.toString().isBlank() ? null : waarde;
    }
}
