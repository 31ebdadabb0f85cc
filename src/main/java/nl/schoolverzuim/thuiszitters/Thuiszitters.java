package nl.schoolverzuim.thuiszitters;

import static nl.schoolverzuim.domein.Variabelen.tekst;
import static nl.schoolverzuim.domein.Variabelen.verplicht;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesAfgesloten;
import nl.schoolverzuim.dossier.WerkprocesStarter;
import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.Procesbean;
import nl.schoolverzuim.organisatie.Teams.Team;
import nl.schoolverzuim.vrijstellingen.VrijstellingVerleend;
import nl.schoolverzuim.vrijstellingen.Vrijstellingen;

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
    static final String TAFELUITKOMST = "thuiszitter-tafeluitkomst";
    private static final String LEERPLICHT = "leerplicht-verzuim";
    /** Process variables of the intake contract (docs: contracts uitschrijfdatum, startkwalificatie). */
    static final String UITSCHRIJFDATUM = "uitschrijfdatum";
    static final String STARTKWALIFICATIE = "startkwalificatie";
    /** The reason a thuiszitter period ends when a vrijstelling is granted (MAS §6, §7). */
    static final String VRIJSTELLING = "VRIJSTELLING";
    /** Werkprocessen per variable query; keeps the IN list well below database limits. */
    private static final int PER_KEER = 500;

    private final ThuiszitterRepository thuiszitters;
    private final WerkprocesStarter starter;
    private final DecisionCache beslissingen;
    private final RuntimeService runtime;
    private final Vrijstellingen vrijstellingen;
    private final Clock clock;

    Thuiszitters(ThuiszitterRepository thuiszitters, WerkprocesStarter starter, DecisionCache beslissingen,
                 RuntimeService runtime, Vrijstellingen vrijstellingen, Clock clock) {
        this.vrijstellingen = vrijstellingen;
        this.thuiszitters = thuiszitters;
        this.starter = starter;
        this.beslissingen = beslissingen;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * Daily (thuiszitters-signaleren): every open leerplicht werkproces that now meets decision thuiszitter. The
     * decision gets every werkproces and decides by itself; this class only supplies the facts. Through the
     * {@link DecisionCache}: the answer is a pure function of four small values, and a nightly "not yet" about every
     * open werkproces is no decision worth a history row; who became thuiszitter, since when and why is recorded on
     * the {@link Thuiszitter} and the werkproces (ADR 0019).
     */
    public void signaleer(DelegateExecution execution) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Werkproces> kandidaten = thuiszitters.kandidaten(LEERPLICHT);
        Map<String, Map<String, Object>> feiten = procesFeiten(kandidaten);
        Set<Long> metVrijstelling = vrijstellingen.actieveDossiers(
                kandidaten.stream().map(w -> w.getDossier().getId()).collect(Collectors.toSet()), vandaag);
        Map<Werkproces, Oordeel> nieuw = new LinkedHashMap<>();
        for (Werkproces werkproces : kandidaten) {
            Map<String, Object> variabelen = feiten.getOrDefault(werkproces.getProcessInstanceId(), Map.of());
            // MAS §6: not enrolled counts from the first day without a school (contract uitschrijfdatum), else the melding.
            LocalDate begin = variabelen.get(UITSCHRIJFDATUM) != null ? Variabelen.datum(variabelen.get(UITSCHRIJFDATUM))
                    : werkproces.getEersteMeldingsdatum();
            LocalDate geboortedatum = werkproces.getDossier().getJongere().getGeboortedatum();
            Map<String, Object> invoer = new HashMap<>();
            invoer.put("verzuimsoort", werkproces.verzuimsoortCode());
            invoer.put("leeftijd", geboortedatum == null ? null : Period.between(geboortedatum, vandaag).getYears());
            invoer.put("startkwalificatie", variabelen.get(STARTKWALIFICATIE));
            invoer.put("dagenSindsBegin", begin == null ? null : ChronoUnit.DAYS.between(begin, vandaag));
            invoer.put("vrijstellingActief", metVrijstelling.contains(werkproces.getDossier().getId()));
            beslissingen.eersteRij(execution.getProcessEngineServices(), DEFINITIE, invoer)
                    .filter(rij -> Boolean.TRUE.equals(rij.get("thuiszitter")))
                    .ifPresent(rij -> nieuw.put(werkproces, new Oordeel((String) rij.get("reden"), begin)));
        }
        nieuw.forEach((werkproces, oordeel) -> wordtThuiszitter(werkproces, oordeel,
                (String) feiten.getOrDefault(werkproces.getProcessInstanceId(), Map.of()).get(Variabelen.SCHOOL_NAAM)));
    }

    private record Oordeel(String reden, LocalDate sinds) {
    }

    /**
     * The werkproces variables the decision and a new thuiszitter need, in one variable query per {@value #PER_KEER}
     * werkprocessen instead of one engine call per werkproces.
     */
    private Map<String, Map<String, Object>> procesFeiten(List<Werkproces> kandidaten) {
        Map<String, Map<String, Object>> feiten = new HashMap<>();
        for (int van = 0; van < kandidaten.size(); van += PER_KEER) {
            runtime.createVariableInstanceQuery()
                    .variableNameIn(UITSCHRIJFDATUM, STARTKWALIFICATIE, Variabelen.SCHOOL_NAAM)
                    // The instance's own scope (its execution id is its id), as runtime.getVariable(instance, name) read it.
                    .executionIdIn(kandidaten.subList(van, Math.min(van + PER_KEER, kandidaten.size())).stream()
                            .map(Werkproces::getProcessInstanceId).toArray(String[]::new))
                    .disableBinaryFetching().list()
                    .forEach(v -> feiten.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>())
                            .put(v.getName(), v.getValue()));
        }
        return feiten;
    }

    private void wordtThuiszitter(Werkproces werkproces, Oordeel oordeel, String school) {
        Thuiszitter thuiszitter = thuiszitters.save(new Thuiszitter(werkproces, oordeel.reden(), oordeel.sinds(), school));
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

    /**
     * Complete listener of "Plan evalueren", after the model checked the outcome against codelijst-tafeluitkomst:
     * decision {@value #TAFELUITKOMST} accepts it for this Jongere (doorgeleid naar het DSP only at 17, MAS §6) or
     * refuses the step; then a new target date while the plan runs, else the outcome ends the thuiszitter period.
     */
    public void legEvaluatieVast(DelegateTask task) {
        Thuiszitter thuiszitter = thuiszitter(task);
        String uitkomst = verplicht(task, "tafelUitkomst");
        Object geboortedatum = task.getVariable(Variabelen.GEBOORTEDATUM);
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("tafelUitkomst", uitkomst);
        invoer.put("leeftijd", geboortedatum == null ? null
                : Period.between(Variabelen.datum(geboortedatum), LocalDate.now(clock)).getYears());
        Map<String, Object> oordeel = task.getProcessEngineServices().getDecisionService()
                .evaluateDecisionByKey(TAFELUITKOMST).variables(invoer).evaluate().getSingleResult().getEntryMap();
        if (!Boolean.TRUE.equals(oordeel.get("toegestaan"))) {
            throw new Weigering("tafelUitkomst", (String) oordeel.get("melding"));
        }
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

    /** MAS §6, §7: a granted vrijstelling ends the Jongere's thuiszitter period on its ingangsdatum. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void vrijstellingVerleend(VrijstellingVerleend verleend) {
        if (verleend.dossierId() != null) {
            thuiszitters.findFirstByDossierIdOrderBySindsDesc(verleend.dossierId())
                    .ifPresent(t -> t.beeindigd(VRIJSTELLING, verleend.ingangsdatum()));
        }
    }

    private Thuiszitter thuiszitter(VariableScope scope) {
        Long id = ((Number) scope.getVariable("thuiszitterId")).longValue();
        return thuiszitters.findById(id).orElseThrow(() -> new IllegalStateException("Thuiszitter " + id + " ontbreekt"));
    }
}
