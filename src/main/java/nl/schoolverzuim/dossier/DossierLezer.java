package nl.schoolverzuim.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Leerplichtfase;
import nl.schoolverzuim.domein.Leerplichtfase.Fase;
import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.dossier.DossierView.JongereView;
import nl.schoolverzuim.dossier.DossierView.JournaalRegel;
import nl.schoolverzuim.dossier.DossierView.Soort;
import nl.schoolverzuim.dossier.DossierView.StapView;
import nl.schoolverzuim.dossier.DossierView.Status;
import nl.schoolverzuim.dossier.DossierView.WachtView;
import nl.schoolverzuim.dossier.DossierView.WerkprocesView;
import nl.schoolverzuim.engine.Modeleigenschap;

/**
 * Reads a Dossier for the current user: the access check of MAS §10, the access log line, then everything about the
 * Jongere. Shared by the API and the page, so neither can read without checking and logging.
 */
@Service
class DossierLezer {

    private final DossierRepository dossiers;
    private final WerkprocesRepository werkprocessen;
    private final DossierMeldingen meldingen;
    private final Verzorgers verzorgers;
    private final TaskService taken;
    private final HistoryService historie;
    private final List<DossierOnderdeel> onderdelen;
    private final DossierToegang toegang;
    private final DossierInzage inzage;
    private final RuntimeService runtime;
    private final ManagementService beheer;
    private final RepositoryService repository;
    private final JdbcTemplate jdbc;
    private final Leerplichtfase leerplichtfase;
    private final DocumentRepository documenten;
    private final Clock clock;

    DossierLezer(DossierRepository dossiers, WerkprocesRepository werkprocessen, DossierMeldingen meldingen,
                      Verzorgers verzorgers,
                      List<DossierOnderdeel> onderdelen, TaskService taken, HistoryService historie, DossierToegang toegang,
                      DossierInzage inzage, RuntimeService runtime, ManagementService beheer,
                      RepositoryService repository, JdbcTemplate jdbc, Leerplichtfase leerplichtfase,
                      DocumentRepository documenten, Clock clock) {
        this.leerplichtfase = leerplichtfase;
        this.documenten = documenten;
        this.runtime = runtime;
        this.beheer = beheer;
        this.repository = repository;
        this.jdbc = jdbc;
        this.inzage = inzage;
        this.onderdelen = onderdelen;
        this.dossiers = dossiers;
        this.werkprocessen = werkprocessen;
        this.meldingen = meldingen;
        this.verzorgers = verzorgers;
        this.taken = taken;
        this.historie = historie;
        this.toegang = toegang;
        this.clock = clock;
    }

    @Transactional
    DossierView lees(Long id, String via) {
        Dossier dossier = dossiers.findWithJongereById(id).orElseThrow(() -> new NietGevondenException("Dossier", id));
        Jongere jongere = dossier.getJongere();
        toegang.controleer(dossier);
        inzage.registreer(dossier.getId(), via);
        LocalDate vandaag = LocalDate.now(clock);
        Optional<Fase> fase = leerplichtfase.op(jongere.feiten(), vandaag);
        JongereView jongereView = new JongereView(jongere.getId(), jongere.getVoornaam(), jongere.getAchternaam(),
                jongere.getGeboortedatum(), jongere.leeftijdOp(vandaag), Bsn.gemaskeerd(jongere.getBsn()),
                dossier.getBekendeWoongemeente().getNaam(), dossier.getBekendeWoongemeente().getRegio().getNaam(),
                fase.map(Fase::fase).orElse(null), fase.map(Fase::reden).orElse(null), jongere.getStartkwalificatie(),
                jongere.getVolledigeSchooljaren(), jongere.getKwalificatieplichtVervallen() == null ? null
                        : jongere.getKwalificatieplichtVervallen().name());
        Map<String, Object> secties = new LinkedHashMap<>();
        onderdelen.forEach(onderdeel -> onderdeel.voor(dossier.getId()).ifPresent(inhoud -> secties.put(onderdeel.naam(), inhoud)));
        List<DossierMeldingen.MeldingRegel> meldingRegels = meldingen.vanDossier(dossier.getId());
        List<Werkproces> lijst = werkprocessen.findByDossierIdOrderByGestartOp(dossier.getId());
        List<WerkprocesView> werkprocesViews = werkprocessen(lijst);
        List<DocumentRepository.Regel> documentRegels = documenten.regelsVanDossier(dossier.getId());
        List<DossierOnderdeel.Gebeurtenis> tijdlijn = new ArrayList<>(tijdlijn(dossier.getId(), meldingRegels, werkprocesViews));
        documentRegels.forEach(d -> {
            tijdlijn.add(new DossierOnderdeel.Gebeurtenis(d.aangemaaktOp(), "Document: " + d.titel()));
            if (d.verzondenOp() != null) {
                tijdlijn.add(new DossierOnderdeel.Gebeurtenis(d.verzondenOp().atStartOfDay(clock.getZone()).toInstant(),
                        "Brief verzonden (" + d.verzendkanaal() + "): " + d.titel()));
            }
        });
        tijdlijn.sort(Comparator.comparing(DossierOnderdeel.Gebeurtenis::op).reversed());
        List<DossierView.OuderView> ouders = verzorgers.van(dossier.getId()).stream().map(DossierView.OuderView::van)
                .toList();
        return new DossierView(dossier.getId(), dossier.getAangemaaktOp(), jongereView, ouders, meldingRegels,
                werkprocesViews,
                secties, tijdlijn, journaal(dossier.getId(), lijst), documentRegels.stream()
                        .map(d -> new DossierView.DocumentView(d.id(), d.soort(), d.titel(), d.datum(), d.afzender(),
                                d.status().name(), d.verzondenOp(), d.verzendkanaal() == null ? null : d.verzendkanaal().name(),
                                "/api/documenten/" + d.id() + ".pdf", "/api/documenten/" + d.id() + ".html"))
                        .toList());
    }

    /**
     * Newest first: every note written in a step ({@link Notities}) and every comment added to a task in Tasklist,
     * which the engine keeps with the werkproces.
     */
    private List<JournaalRegel> journaal(Long dossierId, List<Werkproces> lijst) {
        List<JournaalRegel> journaal = new ArrayList<>(jdbc.query(
                "select geschreven_op, auteur, werkproces_id, stap_naam, veld_label, tekst from notitie "
                        + "where dossier_id = ? order by geschreven_op desc, id desc",
                (rij, n) -> new JournaalRegel(rij.getTimestamp("geschreven_op").toInstant(), rij.getString("auteur"),
                        Soort.NOTITIE, rij.getObject("werkproces_id", Long.class), rij.getString("stap_naam"),
                        rij.getString("veld_label"), rij.getString("tekst")), dossierId));
        for (Werkproces werkproces : lijst) {
            if (werkproces.getProcessInstanceId() == null) {
                continue;
            }
            List<Comment> opmerkingen = taken.getProcessInstanceComments(werkproces.getProcessInstanceId());
            if (opmerkingen.isEmpty()) {
                continue;
            }
            Map<String, String> stappen = historie.createHistoricTaskInstanceQuery()
                    .processInstanceId(werkproces.getProcessInstanceId()).list().stream()
                    .collect(Collectors.toMap(HistoricTaskInstance::getId, HistoricTaskInstance::getName));
            opmerkingen.forEach(o -> journaal.add(new JournaalRegel(o.getTime().toInstant(), o.getUserId(),
                    Soort.OPMERKING, werkproces.getId(), o.getTaskId() == null ? null : stappen.get(o.getTaskId()),
                    null, o.getFullMessage())));
        }
        journaal.sort(Comparator.comparing(JournaalRegel::op).reversed());
        return journaal;
    }

    /** Newest first: meldingen, werkprocessen started and closed, and what the modules contribute. */
    private List<DossierOnderdeel.Gebeurtenis> tijdlijn(Long dossierId, List<DossierMeldingen.MeldingRegel> meldingRegels,
                                                        List<WerkprocesView> werkprocesViews) {
        List<DossierOnderdeel.Gebeurtenis> tijdlijn = new ArrayList<>();
        meldingRegels.forEach(m -> tijdlijn.add(new DossierOnderdeel.Gebeurtenis(
                m.meldingsdatum().atStartOfDay(clock.getZone()).toInstant(), "Melding " + m.verzuimsoort()
                        + (m.school() == null ? "" : " van " + m.school()))));
        werkprocesViews.forEach(w -> {
            tijdlijn.add(new DossierOnderdeel.Gebeurtenis(w.gestartOp(), "Werkproces " + w.procesKey() + " gestart"));
            if (w.afgerondOp() != null) {
                tijdlijn.add(new DossierOnderdeel.Gebeurtenis(w.afgerondOp(), "Werkproces " + w.procesKey() + " afgerond"
                        + (w.resultaat() == null ? "" : ": " + w.resultaat())));
            }
        });
        onderdelen.forEach(onderdeel -> tijdlijn.addAll(onderdeel.gebeurtenissen(dossierId)));
        tijdlijn.sort(Comparator.comparing(DossierOnderdeel.Gebeurtenis::op).reversed());
        return tijdlijn;
    }

    /** The open steps and history of all werkprocessen in two queries; what a running one waits for, per werkproces. */
    private List<WerkprocesView> werkprocessen(List<Werkproces> lijst) {
        String[] instanties = lijst.stream().map(Werkproces::getProcessInstanceId).toArray(String[]::new);
        if (instanties.length == 0) {
            return List.of();
        }
        Map<String, List<Task>> openTaken = taken.createTaskQuery().processInstanceIdIn(instanties)
                .orderByDueDate().asc().list().stream()
                .collect(Collectors.groupingBy(Task::getProcessInstanceId));
        Map<String, HistoricProcessInstance> verloop = historie.createHistoricProcessInstanceQuery()
                .processInstanceIds(Set.of(instanties)).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        Map<String, BpmnModelInstance> modellen = new HashMap<>();
        return lijst.stream().map(w -> {
            HistoricProcessInstance instantie = verloop.get(w.getProcessInstanceId());
            boolean afgerond = instantie != null && instantie.getEndTime() != null;
            BpmnModelInstance model = instantie == null ? null
                    : modellen.computeIfAbsent(instantie.getProcessDefinitionId(), repository::getBpmnModelInstance);
            List<StapView> stappen = openTaken.getOrDefault(w.getProcessInstanceId(), List.of()).stream()
                    .map(t -> new StapView(t.getId(), t.getName(),
                            t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getAssignee()))
                    .toList();
            return new WerkprocesView(w.getId(), w.verzuimsoortCode(), w.getProcesKey(), w.getTeam().name(),
                    w.getKandidaatGroep(), w.getGestartOp(), afgerond ? Status.AFGEROND : Status.LOPEND,
                    afgerond ? instantie.getEndTime().toInstant() : null, w.getResultaat(), w.getResultaatDetail(), stappen,
                    instantie == null ? null : instantie.getProcessDefinitionName(),
                    afgerond || instantie == null ? List.of() : wachtOp(w.getProcessInstanceId(), model));
        }).toList();
    }

    /**
     * The timers and message events a running werkproces waits at, from the engine's jobs and event subscriptions,
     * described by the model. Events attached to a step or subprocess (the 18th birthday, a new melding) wait beside
     * the work and are no state of it, so they are left out.
     */
    private List<WachtView> wachtOp(String instantie, BpmnModelInstance model) {
        List<WachtView> wacht = new ArrayList<>();
        for (Job timer : beheer.createJobQuery().processInstanceId(instantie).timers().orderByJobDuedate().asc().list()) {
            JobDefinition definitie = beheer.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
                    .singleResult();
            ModelElementInstance element = definitie == null || model == null ? null
                    : model.getModelElementById(definitie.getActivityId());
            if (element instanceof BaseElement gebeurtenis && !(element instanceof BoundaryEvent)) {
                wacht.add(new WachtView(Modeleigenschap.van(gebeurtenis, "wachtOp"), naam(gebeurtenis),
                        timer.getDuedate() == null ? null : timer.getDuedate().toInstant()));
            }
        }
        for (EventSubscription bericht : runtime.createEventSubscriptionQuery().processInstanceId(instantie)
                .eventType("message").list()) {
            ModelElementInstance element = model == null ? null : model.getModelElementById(bericht.getActivityId());
            if (element instanceof BaseElement gebeurtenis && !(element instanceof BoundaryEvent)) {
                wacht.add(new WachtView(Modeleigenschap.van(gebeurtenis, "wachtOp"), naam(gebeurtenis), null));
            }
        }
        return wacht;
    }

    private static String naam(BaseElement element) {
        String naam = element.getAttributeValue("name");
        return naam == null ? element.getId() : naam;
    }
}
