package nl.schoolverzuim.doorstroompunt;

import static nl.schoolverzuim.domein.Variabelen.tekst;
import static nl.schoolverzuim.domein.Variabelen.verplicht;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.DossierRepository;
import nl.schoolverzuim.dossier.Jongere;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesRepository;
import nl.schoolverzuim.dossier.WerkprocesResultaat;
import nl.schoolverzuim.engine.Procesbean;

/**
 * What the Doorstroompunt models call as {@code ${doorstroompunt.…}} (MAS §8): keep the VsvTraject's state in step
 * with the werkproces, record contact attempts and monitoring checks, and close or hand over werkprocessen. Rules
 * designers may change are DMN ({@code vsv-afronding}, {@code mas-termijn}); a refused completion stores nothing.
 */
@Procesbean
@Component("doorstroompunt")
@Transactional
public class DoorstroompuntWerkproces {

    static final String AFRONDING = "vsv-afronding";
    /** Contract with the intake: the first day the Jongere was no longer enrolled, on a VSV or ABSOLUUT melding. */
    static final String UITSCHRIJFDATUM = "uitschrijfdatum";

    private final WerkprocesRepository werkprocessen;
    private final DossierRepository dossiers;
    private final VsvTrajectRepository trajecten;
    private final ContactpogingRepository contactpogingen;
    private final MonitoringControleRepository controles;
    private final VsvWerkprocessen vsvWerkprocessen;
    private final DecisionService decisions;
    private final Codelijsten codelijsten;
    private final Termijnen termijnen;
    private final Clock clock;

    DoorstroompuntWerkproces(WerkprocesRepository werkprocessen, DossierRepository dossiers, VsvTrajectRepository trajecten,
                             ContactpogingRepository contactpogingen, MonitoringControleRepository controles,
                             VsvWerkprocessen vsvWerkprocessen, DecisionService decisions, Codelijsten codelijsten,
                             Termijnen termijnen, Clock clock) {
        this.codelijsten = codelijsten;
        this.termijnen = termijnen;
        this.werkprocessen = werkprocessen;
        this.dossiers = dossiers;
        this.trajecten = trajecten;
        this.contactpogingen = contactpogingen;
        this.controles = controles;
        this.vsvWerkprocessen = vsvWerkprocessen;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * Start of doorstroompunt-vsv: the Jongere's one VsvTraject, new or picked up again, is in behandeling. A new one
     * fell out on the real de-registration date: {@code uitvaldatum} when a werkproces of the Doorstroompunt started
     * it, else the melding's {@code uitschrijfdatum}, else its meldingsdatum (MAS §2, §8).
     */
    public void startTraject(DelegateExecution execution) {
        Werkproces werkproces = werkprocessen.van(execution);
        Dossier dossier = werkproces.getDossier();
        VsvTraject traject = trajecten.findByDossierId(dossier.getId()).orElseGet(() -> trajecten.save(
                new VsvTraject(dossier, dossier.getGemeente(), Variabelen.datum(eerste(execution, "uitvaldatum",
                        UITSCHRIJFDATUM, "meldingsdatum")))));
        traject.inBehandeling(werkproces, dossier.getGemeente());
    }

    /**
     * Complete listener of "Contact leggen": one contact attempt, how (codelijst-contactsoort) and with what outcome
     * (codelijst-contactuitkomst), each checked against its list.
     */
    public void legContactVast(DelegateTask task) {
        contactpogingen.save(new Contactpoging(traject(task),
                codelijsten.keuze(task, "contactSoort", Codelijsten.CONTACTSOORT),
                Variabelen.datum(task.getVariable("contactDatum")),
                codelijsten.keuze(task, "contactUitkomst", Codelijsten.CONTACTUITKOMST), tekst(task, "contactNotitie")));
    }

    /**
     * Complete listener of "Begeleiden" and "Monitoringcontrole": afronden only for the reasons of MAS §8 (decision
     * vsv-afronding), monitoring only with a status.
     */
    public void controleerVervolg(DelegateTask task, String vervolgVariabele) {
        String vervolg = verplicht(task, vervolgVariabele);
        if ("AFRONDEN".equals(vervolg)) {
            Map<String, Object> invoer = new HashMap<>();
            invoer.put("afrondReden", tekst(task, "afrondReden"));
            invoer.put("toelichting", tekst(task, "begeleidingNotitie") != null ? tekst(task, "begeleidingNotitie")
                    : tekst(task, "monitoringNotitie"));
            invoer.putAll(doelgroep(task));
            DmnDecisionResultEntries oordeel = decisions.evaluateDecisionByKey(AFRONDING).variables(invoer).evaluate()
                    .getFirstResult();
            if (!Boolean.TRUE.equals(oordeel.getEntry("toegestaan"))) {
                throw new Weigering("afrondReden", (String) oordeel.getEntry("melding"));
            }
        } else if ("MONITORING".equals(vervolg)) {
            if (tekst(task, "monitoringResultaat") == null) {
                throw new Weigering("monitoringResultaat",
                        "Kies de status van de jongere voor de monitoring in het veld 'Status' (MAS §8).");
            }
            codelijsten.keuze(task, "monitoringResultaat", Codelijsten.MONITORINGRESULTAAT);
        }
    }

    /**
     * What "geen doelgroep meer" is checked against (MAS §8): the Jongere's age today, the regio's upper age this
     * werkproces runs with, and whether the Jongere still lives in the regio of the Dossier.
     */
    private Map<String, Object> doelgroep(DelegateTask task) {
        Dossier dossier = werkprocessen.van(task).getDossier();
        Jongere jongere = dossier.getJongere();
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", jongere.leeftijdOp(LocalDate.now(clock)));
        invoer.put(Variabelen.BOVENGRENS_LEEFTIJD, task.getVariable(Variabelen.BOVENGRENS_LEEFTIJD));
        invoer.put("woontInRegio", jongere.getWoongemeente().getRegio().getId()
                .equals(dossier.getGemeente().getRegio().getId()));
        return invoer;
    }

    /** Service task "Status: monitoring": a positive status (work, uitkering, ...) is monitored (MAS §8). */
    public void naarMonitoring(DelegateExecution execution) {
        traject(execution).monitoring(codelijsten.keuze(execution, "monitoringResultaat", Codelijsten.MONITORINGRESULTAAT),
                LocalDate.now(clock));
    }

    /** Complete listener of "Monitoringcontrole": the check with its result; falling out again means begeleiding. */
    public void legMonitoringVast(DelegateTask task) {
        String vervolg = codelijsten.keuze(task, "monitoringVervolg", Codelijsten.MONITORINGVERVOLG);
        controleerVervolg(task, "monitoringVervolg");
        VsvTraject traject = traject(task);
        String resultaat = codelijsten.keuze(task, "monitoringResultaat", Codelijsten.MONITORINGRESULTAAT);
        controles.save(new MonitoringControle(traject, LocalDate.now(clock), resultaat, vervolg,
                tekst(task, "monitoringNotitie")));
        // the same code gateway MonitoringVervolg follows to "uitgevallen"; it stays in its list (CodelijstenDmnTest)
        if ("TERUG_NAAR_BEGELEIDING".equals(vervolg)) {
            traject.terugNaarBegeleiding();
        } else {
            traject.monitoring(resultaat, LocalDate.now(clock));
        }
    }

    /** Service task "Traject afronden" with the reason checked at completion. */
    public void rondAf(DelegateExecution execution) {
        String reden = (String) execution.getVariable("afrondReden");
        traject(execution).afronden(reden, Instant.now(clock));
        sluitWerkprocesAf(execution, WerkprocesResultaat.AFGEROND, reden);
    }

    /** Boundary timer on the upper age (23, or the regio's 27): no target group any more (MAS §2, §8). */
    public void geenDoelgroepMeer(DelegateExecution execution) {
        traject(execution).afronden("GEEN_DOELGROEP_MEER", Instant.now(clock));
        sluitWerkprocesAf(execution, WerkprocesResultaat.AFGEROND, "GEEN_DOELGROEP_MEER");
    }

    /**
     * Unreachable or refusing (MAS §8): this werkproces ends as "Situatie onbekend"; the Jongere counts as monitored
     * (Niet bereikbaar/ongemotiveerd) until the re-approach a year later.
     */
    public void situatieOnbekend(DelegateExecution execution) {
        VsvTraject traject = traject(execution);
        traject.monitoring(MonitoringResultaat.NIET_BEREIKBAAR_ONGEMOTIVEERD, LocalDate.now(clock));
        traject.herbenaderen(Variabelen.datum(herbenaderingsdatum(execution)));
        sluitWerkprocesAf(execution, WerkprocesResultaat.SITUATIE_ONBEKEND,
                (String) execution.getVariable("contactUitkomst"));
    }

    /**
     * Timer "Een jaar na uitval" (MAS §5, §8): re-approach a year after the VsvTraject's uitvaldatum, not a year after
     * this closure; for an oud-vsv'er whose first year has passed, the next yearly date after uitval that is still to
     * come. The termijn is mas-termijn HERBENADERING.
     */
    public Date herbenaderingsdatum(DelegateExecution execution) {
        Termijnen.Termijn termijn = termijnen.termijn(execution.getProcessEngineServices(), "HERBENADERING",
                (String) execution.getVariable(Variabelen.REGIO));
        if (termijn.aantal() <= 0) {
            throw new IllegalStateException("Termijn HERBENADERING moet na de uitval liggen: " + termijn);
        }
        Instant nu = Instant.now(clock);
        LocalDate datum = traject(execution).getUitvaldatum();
        do {
            datum = termijnen.bereken(datum, termijn);
        } while (!Termijnen.eindeWerkdag(datum).toInstant().isAfter(nu));
        return Termijnen.eindeWerkdag(datum);
    }

    /**
     * A year after uitval a new werkproces approaches the Jongere again, unless a melding meanwhile started one: the
     * Jongere has one werkproces of the Doorstroompunt at a time.
     */
    public void herbenader(DelegateExecution execution) {
        VsvTraject traject = traject(execution);
        Werkproces laatste = traject.getWerkproces();
        if (laatste != null && laatste.isOpen()) {
            return;
        }
        vsvWerkprocessen.start(werkprocessen.van(execution).getDossier(), traject.getUitvaldatum());
    }

    /**
     * Message "verhuisd-andere-regio": the traject goes to the Doorstroompunt of the new regio (MAS §8), in the new
     * woongemeente's Dossier of the Jongere, whose werkprocessen that regio works.
     */
    public void draagOver(DelegateExecution execution) {
        VsvTraject traject = traject(execution);
        sluitWerkprocesAf(execution, WerkprocesResultaat.OVERGEDRAGEN, null);
        Dossier nieuw = dossiers.findById(((Number) execution.getVariable(VsvWerkprocessen.NIEUW_DOSSIER)).longValue())
                .orElseThrow();
        traject.verplaats(nieuw);
        vsvWerkprocessen.start(nieuw, traject.getUitvaldatum());
    }

    /**
     * Closes the werkproces with {@code resultaat}, a code the model or its form chose (a form's choice was checked
     * against its code list when its task completed, {@code codelijsten.controleer}), and an optional detail (the
     * zorg en preventie reason, MAS §3).
     */
    public void sluitAf(DelegateExecution execution, String resultaat, String detail) {
        if (resultaat == null || resultaat.isBlank()) {
            throw new Weigering("resultaat", "Veld 'resultaat' is verplicht.");
        }
        Werkproces werkproces = werkprocessen.van(execution);
        if (werkproces.isOpen()) {
            werkproces.afsluiten(resultaat, detail, Instant.now(clock));
        }
    }

    /**
     * De-registered during verzuim 18+ or zorg en preventie: the werkproces ends and a VsvTraject starts (MAS §8),
     * fallen out on the de-registration date of the VSV melding (or hand-off at 18) that reported it, else today (an
     * officer who records the de-registration in zorg en preventie).
     */
    public void startVsvTraject(DelegateExecution execution, String detail) {
        sluitWerkprocesAf(execution, WerkprocesResultaat.UITGESCHREVEN, detail);
        Object uitschrijfdatum = execution.getVariable(Variabelen.NIEUWE_UITSCHRIJFDATUM);
        vsvWerkprocessen.start(werkprocessen.van(execution).getDossier(),
                uitschrijfdatum != null ? Variabelen.datum(uitschrijfdatum) : LocalDate.now(clock));
    }

    private static Object eerste(VariableScope scope, String... namen) {
        for (String naam : namen) {
            Object waarde = scope.getVariable(naam);
            if (waarde != null) {
                return waarde;
            }
        }
        throw new IllegalStateException("Geen van de variabelen " + String.join(", ", namen));
    }

    private void sluitWerkprocesAf(VariableScope scope, WerkprocesResultaat resultaat, String detail) {
        Werkproces werkproces = werkprocessen.van(scope);
        if (werkproces.isOpen()) {
            werkproces.afsluiten(resultaat, detail, Instant.now(clock));
        }
    }

    private VsvTraject traject(VariableScope scope) {
        Long dossierId = werkprocessen.van(scope).getDossier().getId();
        return trajecten.findByDossierId(dossierId)
                .orElseThrow(() -> new IllegalStateException("Geen vsv-traject voor dossier " + dossierId));
    }

}
