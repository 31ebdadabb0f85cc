package nl.schoolverzuim.engine;

import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The engine's history level {@code schoolverzuim} (MAS §10): everything of {@code full} that says who did what and
 * when, and which decision was taken about a Jongere (user operation log, task and activity history, identity
 * links, incidents, what every job did, Halt, route, proces-verbaal and afronding decisions), without
 * these rows:
 * <ul>
 * <li>{@code ACT_HI_DETAIL}: every earlier value of every process variable. The current value stays in
 * {@code ACT_HI_VARINST}; keeping each overwritten value of the Jongere's data for 5 more years is more than the
 * supervisory task needs (AVG data minimisation). It also costs a row per variable on every werkproces start.</li>
 * <li>{@code ACT_HI_VARINST} of the variables a werkproces carries as a copy of its Dossier, melding and
 * organisation ({@link GeenHistorie#kopieUitHetDossier()}): the Jongere's name, date of birth and gemeente, the
 * school, the keys of the Dossier and werkproces, and the team, teamleider, regio and upper age the gemeente implies. Forms and
 * expressions read them at runtime; the Dossier and our own tables keep them, with their own retention, so engine
 * history keeping another copy of the Jongere's data for 5 years adds nothing (AVG data minimisation) and cost 10 of
 * the 17 history rows of every werkproces start. What the werkproces decided on keeps its history: the
 * verzuimsoort, the age at the start, the hours, the melding's answers and every value an officer entered.</li>
 * <li>any variable named as the proces-verbaal fields of earlier versions ({@link #PROCES_VERBAAL_GEGEVENS}):
 * politiegegevens (Wpg, MAS §10) live only in table {@code proces_verbaal}, and no route writes them as variables any
 * more. Should a client still set one (a task's variables through {@code /engine-rest}), it is not copied into the
 * history that the whole team reads for 5 years; removing the copies of earlier versions writes no update either.</li>
 * <li>the decision history of the lookup tables that {@link DecisionCache} serves: the deadline table (a step name
 * and a regio in, a length out), the routing, {@code melding-koppeling} and {@code regio-bovengrens}. They are
 * evaluated once per version and inputs, so their history would hold a row now and then rather than one per melding;
 * where a melding went is recorded on the werkproces itself.</li>
 * <li>the job log's "created" and "deleted" rows. Every werkproces sets timers at its start (a month before the 18th
 * birthday, the birthday itself) that most never reach: they are created and deleted again when it ends, two rows
 * each at intake and at the end plus their removal time, and a timer that fires is in the activity history anyway.
 * What jobs did stays in the job log: every success and every failure with its exception.</li>
 * </ul>
 */
public class SchoolverzuimHistoryLevel extends AbstractHistoryLevel {

    public static final String NAME = "schoolverzuim";
    /** Outside Camunda's own ids 0-3; stored in ACT_GE_PROPERTY and checked at every start. */
    static final int ID = 20;
    /** The form fields of the proces-verbaal and OM-afdoening tasks of earlier versions (MAS §10). */
    public static final Set<String> PROCES_VERBAAL_GEGEVENS = Set.of("pvTegenOuders", "pvTegenJongere", "pvDatum",
            "pvFeiten", "omAfdoening");

    /** The domain names the copied variables and the cached lookup tables; the engine knows no domain. */
    private final GeenHistorie geenHistorie;

    public SchoolverzuimHistoryLevel(GeenHistorie geenHistorie) {
        this.geenHistorie = geenHistorie;
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL || eventType == HistoryEventTypes.JOB_CREATE
                || eventType == HistoryEventTypes.JOB_DELETE) {
            return false;
        }
        // Every event of such a variable (create, update, delete, migrate): an update of a history row never created
        // would fail.
        if (entity instanceof VariableInstance variabele
                && (geenHistorie.kopieUitHetDossier().contains(variabele.getName())
                || PROCES_VERBAAL_GEGEVENS.contains(variabele.getName()))) {
            return false;
        }
        if (eventType == HistoryEventTypes.DMN_DECISION_EVALUATE && entity instanceof DmnDecision beslissing) {
            return !geenHistorie.beslissingen().contains(beslissing.getKey());
        }
        return true;
    }
}
