package nl.schoolverzuim.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.dossier.DossierView.JongereView;
import nl.schoolverzuim.dossier.DossierView.StapView;
import nl.schoolverzuim.dossier.DossierView.Status;
import nl.schoolverzuim.dossier.DossierView.WerkprocesView;

/**
 * Reads a Dossier for the current user: the access check of MAS §10, the access log line, then everything about the
 * Jongere. Shared by the API and the page, so neither can read without checking and logging.
 */
@Service
class DossierLezer {

    private final DossierRepository dossiers;
    private final WerkprocesRepository werkprocessen;
    private final DossierMeldingen meldingen;
    private final TaskService taken;
    private final HistoryService historie;
    private final List<DossierOnderdeel> onderdelen;
    private final DossierToegang toegang;
    private final DossierInzage inzage;
    private final Clock clock;

    DossierLezer(DossierRepository dossiers, WerkprocesRepository werkprocessen, DossierMeldingen meldingen,
                      List<DossierOnderdeel> onderdelen, TaskService taken, HistoryService historie, DossierToegang toegang,
                      DossierInzage inzage, Clock clock) {
        this.inzage = inzage;
        this.onderdelen = onderdelen;
        this.dossiers = dossiers;
        this.werkprocessen = werkprocessen;
        this.meldingen = meldingen;
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
        JongereView jongereView = new JongereView(jongere.getId(), jongere.getVoornaam(), jongere.getAchternaam(),
                jongere.getGeboortedatum(), jongere.leeftijdOp(LocalDate.now(clock)), Bsn.gemaskeerd(jongere.getBsn()),
                dossier.getBekendeWoongemeente().getNaam(), dossier.getBekendeWoongemeente().getRegio().getNaam());
        Map<String, Object> secties = new LinkedHashMap<>();
        onderdelen.forEach(onderdeel -> onderdeel.voor(dossier.getId()).ifPresent(inhoud -> secties.put(onderdeel.naam(), inhoud)));
        List<DossierMeldingen.MeldingRegel> meldingRegels = meldingen.vanDossier(dossier.getId());
        List<WerkprocesView> werkprocesViews = werkprocessen(dossier);
        return new DossierView(dossier.getId(), dossier.getAangemaaktOp(), jongereView, meldingRegels, werkprocesViews,
                secties, tijdlijn(dossier.getId(), meldingRegels, werkprocesViews));
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

    /** The engine state of all werkprocessen in two queries, not two per werkproces. */
    private List<WerkprocesView> werkprocessen(Dossier dossier) {
        List<Werkproces> lijst = werkprocessen.findByDossierIdOrderByGestartOp(dossier.getId());
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
        return lijst.stream().map(w -> {
            HistoricProcessInstance instantie = verloop.get(w.getProcessInstanceId());
            boolean afgerond = instantie != null && instantie.getEndTime() != null;
            List<StapView> stappen = openTaken.getOrDefault(w.getProcessInstanceId(), List.of()).stream()
                    .map(t -> new StapView(t.getId(), t.getName(),
                            t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getAssignee()))
                    .toList();
            return new WerkprocesView(w.getId(), w.getVerzuimsoort().name(), w.getProcesKey(), w.getTeam().name(),
                    w.getKandidaatGroep(), w.getGestartOp(), afgerond ? Status.AFGEROND : Status.LOPEND,
                    afgerond ? instantie.getEndTime().toInstant() : null, w.getResultaat(), w.getResultaatDetail(), stappen);
        }).toList();
    }
}
