package nl.schoolverzuim.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Variabelen;

/**
 * The journal of the Dossier: when a task completes, each note field of its form ({@link Notitievelden}) that holds a
 * text is written to table {@code notitie} with the step, the officer and the moment. Camunda publishes every task
 * event to Spring inside the engine's transaction, so the note is kept exactly when the step completes, or not at all.
 */
@Component
class Notities {

    /** The column's size; a form allows 4000 characters, longer text only comes from scripts. */
    static final int MAXIMAAL = 20_000;

    record Notitie(Long dossierId, Long werkprocesId, String processInstanceId, String taakId, String stapKey,
                   String stapNaam, String veld, String veldLabel, String auteur, Instant op, String tekst) {
    }

    private final JdbcTemplate jdbc;
    private final Notitievelden velden;
    private final Clock clock;

    Notities(JdbcTemplate jdbc, Notitievelden velden, Clock clock) {
        this.jdbc = jdbc;
        this.velden = velden;
        this.clock = clock;
    }

    @EventListener
    void taak(DelegateTask taak) {
        UserTask stap = TaskListener.EVENTNAME_COMPLETE.equals(taak.getEventName())
                ? taak.getBpmnModelElementInstance() : null;
        if (stap == null) {
            return; // only completions, and only of tasks in a model
        }
        List<String> notitievelden = velden.van(stap.getCamundaFormRef());
        if (notitievelden.isEmpty()) {
            return;
        }
        VariableScope variabelen = taak.getExecution() != null ? taak.getExecution() : taak;
        Long dossierId = getal(variabelen.getVariable(Variabelen.DOSSIER_ID));
        if (dossierId == null) {
            return; // a step outside any Dossier
        }
        Long werkprocesId = getal(variabelen.getVariable(Variabelen.WERKPROCES_ID));
        String auteur = taak.getAssignee() != null ? taak.getAssignee() : aangemeld();
        for (String veld : notitievelden) {
            if (taak.getVariable(veld) instanceof String tekst && !tekst.isBlank()) {
                schrijf(new Notitie(dossierId, werkprocesId, taak.getProcessInstanceId(), taak.getId(),
                        taak.getTaskDefinitionKey(), taak.getName(), veld,
                        velden.label(stap.getCamundaFormRef(), veld), auteur, Instant.now(clock), tekst));
            }
        }
    }

    /**
     * Writes a note unless the werkproces's journal already ends with the same text in the same field: a form shows
     * the value a field had, and a step repeated without a new note must not add it twice.
     */
    boolean schrijf(Notitie notitie) {
        String tekst = notitie.tekst().length() > MAXIMAAL ? notitie.tekst().substring(0, MAXIMAAL) : notitie.tekst();
        List<String> laatste = jdbc.queryForList("""
                        select tekst from notitie where process_instance_id = ? and veld = ?
                        order by geschreven_op desc, id desc fetch first 1 rows only""", String.class,
                notitie.processInstanceId(), notitie.veld());
        if (!laatste.isEmpty() && laatste.get(0).equals(tekst)) {
            return false;
        }
        jdbc.update("""
                        insert into notitie (dossier_id, werkproces_id, process_instance_id, taak_id, stap_key, stap_naam,
                            veld, veld_label, auteur, geschreven_op, tekst)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                notitie.dossierId(), notitie.werkprocesId(), notitie.processInstanceId(), notitie.taakId(),
                notitie.stapKey(), notitie.stapNaam(), notitie.veld(), notitie.veldLabel(), notitie.auteur(),
                Timestamp.from(notitie.op()), tekst);
        return true;
    }

    /** Who completes an unclaimed task: the signed-in user of the request, if any. */
    private static String aangemeld() {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        return wie == null || !wie.isAuthenticated() ? null : wie.getName();
    }

    private static Long getal(Object waarde) {
        return waarde instanceof Number getal ? getal.longValue() : null;
    }
}
