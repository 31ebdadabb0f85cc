package nl.schoolverzuim.thuiszitters;

import static nl.schoolverzuim.domein.Variabelen.tekst;
import static nl.schoolverzuim.domein.Variabelen.verplicht;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesAfgesloten;
import nl.schoolverzuim.dossier.WerkprocesStarter;
import nl.schoolverzuim.engine.Procesbean;
import nl.schoolverzuim.organisatie.Teams.Team;

/**
 * Thuiszitters (MAS §6), called from the models as {@code ${thuiszitters.…}}: the daily detection against decision
 * {@code thuiszitter}, the thuiszitterstafel's aanmelding, plan and evaluations, and the end of a thuiszitter period
 * when the leerplicht werkproces closes (back in school, vrijstelling, dagbesteding, ...).
 */
@Procesbean
@Component("thuiszitters")
@Transactional
public class Thuiszitters {

    static final String DEFINITIE = "thuiszitter";
    static final String TAFEL = "thuiszitterstafel";
    private static final String LEERPLICHT = "leerplicht-verzuim";
    /** The soorten the definition can apply to; decision thuiszitter decides for each. */
    private static final Set<Verzuimsoort> KANDIDATEN = EnumSet.of(Verzuimsoort.LANGDURIG_RELATIEF,
            Verzuimsoort.ABSOLUUT, Verzuimsoort.VSV);

    private final ThuiszitterRepository thuiszitters;
    private final WerkprocesStarter starter;
    private final DecisionService decisions;
    private final RuntimeService runtime;
    private final Clock clock;

    Thuiszitters(ThuiszitterRepository thuiszitters, WerkprocesStarter starter, DecisionService decisions,
                 RuntimeService runtime, Clock clock) {
        this.thuiszitters = thuiszitters;
        this.starter = starter;
        this.decisions = decisions;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Daily (thuiszitters-signaleren): every open leerplicht werkproces that now meets the definition. */
    public void signaleer(DelegateExecution execution) {
        LocalDate vandaag = LocalDate.now(clock);
        Map<Werkproces, String> nieuw = new LinkedHashMap<>();
        for (Werkproces werkproces : thuiszitters.kandidaten(LEERPLICHT, KANDIDATEN)) {
            long dagen = ChronoUnit.DAYS.between(werkproces.getEersteMeldingsdatum(), vandaag);
            DmnDecisionResultEntries oordeel = decisions.evaluateDecisionByKey(DEFINITIE)
                    .variables(Variables.createVariables().putValue("verzuimsoort", werkproces.getVerzuimsoort().name())
                            .putValue("dagenSindsMelding", dagen))
                    .evaluate().getFirstResult();
            if (oordeel != null && Boolean.TRUE.equals(oordeel.getEntry("thuiszitter"))) {
                nieuw.put(werkproces, oordeel.getEntry("reden"));
            }
        }
        if (nieuw.isEmpty()) {
            return;
        }
        // The school of every new thuiszitter in one variable query, not one engine call per werkproces.
        Map<String, Object> scholen = new HashMap<>();
        runtime.createVariableInstanceQuery().variableName(Variabelen.SCHOOL_NAAM)
                // The instance's own scope (its execution id is its id), as runtime.getVariable(instance, name) read it.
                .executionIdIn(nieuw.keySet().stream().map(Werkproces::getProcessInstanceId).toArray(String[]::new))
                .disableBinaryFetching().list()
                .forEach(variabele -> scholen.put(variabele.getProcessInstanceId(), variabele.getValue()));
        nieuw.forEach((werkproces, reden) ->
                wordtThuiszitter(werkproces, reden, (String) scholen.get(werkproces.getProcessInstanceId())));
    }

    private void wordtThuiszitter(Werkproces werkproces, String reden, String school) {
        Thuiszitter thuiszitter = thuiszitters.save(new Thuiszitter(werkproces, reden, werkproces.getEersteMeldingsdatum(), school));
        Date sinds = Variabelen.alsDate(thuiszitter.getSinds());
        // Shown in the officer's inbox rows next to the Jongere.
        runtime.setVariable(werkproces.getProcessInstanceId(), "thuiszitterSinds", sinds);
        starter.start(werkproces.getDossier(), werkproces.getVerzuimsoort(), false, TAFEL, Team.LEERPLICHT,
                LocalDate.now(clock), tafel -> Map.of("thuiszitterId", thuiszitter.getId(), "thuiszitterSinds", sinds,
                        Variabelen.SCHOOL_NAAM, school == null ? "" : school));
    }

    /** The LPA registers the thuiszitter at the tafel (with motivation, kept in history). */
    public void aangemeld(DelegateExecution execution) {
        thuiszitter(execution).aangemeld();
    }

    /** The participant checkboxes of the tafel form and how they read in the Dossier. */
    private static final Map<String, String> DEELNEMERS = new LinkedHashMap<>(Map.of(
            "deelnemerSchool", "school", "deelnemerSamenwerkingsverband", "samenwerkingsverband",
            "deelnemerJeugdEnGezin", "jeugd en gezin", "deelnemerSchoolarts", "schoolarts"));

    /** Complete listener of "Thuiszitterstafel houden": participants, advice, one regiehouder, a plan with a date. */
    public void legTafelVast(DelegateTask task) {
        Thuiszitter thuiszitter = thuiszitter(task);
        List<String> deelnemers = new ArrayList<>(DEELNEMERS.entrySet().stream()
                .filter(d -> Variabelen.waar(task, d.getKey())).map(Map.Entry::getValue).sorted().toList());
        if (tekst(task, "deelnemersOverig") != null) {
            deelnemers.add(tekst(task, "deelnemersOverig"));
        }
        thuiszitter.tafel(String.join(", ", deelnemers), verplicht(task, "tafelAdvies"));
        thuiszitter.plan(verplicht(task, "regiehouder"), verplicht(task, "plan"),
                Variabelen.datum(task.getVariable("streefdatum")));
    }

    /** Complete listener of "Plan evalueren": a new target date while the plan runs, else the outcome ends it. */
    public void legEvaluatieVast(DelegateTask task) {
        Thuiszitter thuiszitter = thuiszitter(task);
        String uitkomst = verplicht(task, "tafelUitkomst");
        if ("LOOPT".equals(uitkomst)) {
            String nieuw = tekst(task, "nieuweStreefdatum");
            if (nieuw != null) {
                LocalDate streefdatum = Variabelen.datum(task.getVariable("nieuweStreefdatum"));
                thuiszitter.plan(thuiszitter.getRegiehouder(), thuiszitter.getPlan(), streefdatum);
                task.setVariable("streefdatum", Variabelen.alsDate(streefdatum));
            }
        } else {
            thuiszitter.beeindigd(uitkomst, LocalDate.now(clock));
        }
    }

    /** The leerplicht werkproces closed: the thuiszitter period hanging on it ends with that Resultaat (MAS §6). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void werkprocesAfgesloten(WerkprocesAfgesloten afgesloten) {
        thuiszitters.findByWerkprocesId(afgesloten.werkprocesId())
                .ifPresent(t -> t.beeindigd(afgesloten.resultaat(), LocalDate.now(clock)));
    }

    private Thuiszitter thuiszitter(VariableScope scope) {
        Long id = ((Number) scope.getVariable("thuiszitterId")).longValue();
        return thuiszitters.findById(id).orElseThrow(() -> new IllegalStateException("Thuiszitter " + id + " ontbreekt"));
    }
}
