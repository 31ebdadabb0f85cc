package nl.schoolverzuim.leerplicht;

import static nl.schoolverzuim.domein.Variabelen.tekst;
import static nl.schoolverzuim.domein.Variabelen.verplicht;
import static nl.schoolverzuim.domein.Variabelen.waar;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.dossier.Document;
import nl.schoolverzuim.dossier.DocumentRepository;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesAfgesloten;
import nl.schoolverzuim.dossier.WerkprocesRepository;
import nl.schoolverzuim.dossier.WerkprocesResultaat;
import nl.schoolverzuim.engine.Procesbean;
import nl.schoolverzuim.engine.SchoolverzuimHistoryLevel;
import nl.schoolverzuim.leerplicht.Interventie.Soort;
import nl.schoolverzuim.leerplicht.RouteAdvies.Advies;
import nl.schoolverzuim.organisatie.Teams;

/**
 * What {@code processes/leerplicht-verzuim.bpmn} calls, as {@code ${leerplicht.…(execution)}} in service tasks and
 * {@code ${leerplicht.…(task)}} in complete listeners: read the variables, record the step in the project's own
 * tables (reports and the dossier query them), write results back. A rule violation in a complete listener refuses
 * the completion with a Dutch message (Tasklist shows it) and stores nothing.
 */
@Procesbean
@Component("leerplicht")
@Transactional
public class LeerplichtWerkproces {

    private final WerkprocesRepository werkprocessen;
    private final RoutebesluitRepository routebesluiten;
    private final InterventieRepository interventies;
    private final ProcesVerbaalRepository processenVerbaal;
    private final DocumentRepository documenten;
    private final DspOverdrachtRepository overdrachten;
    private final RouteAdvies advies;
    private final Brieven brieven;
    private final Codelijsten codelijsten;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeerplichtWerkproces(WerkprocesRepository werkprocessen, RoutebesluitRepository routebesluiten,
                         InterventieRepository interventies, ProcesVerbaalRepository processenVerbaal,
                         DocumentRepository documenten, DspOverdrachtRepository overdrachten, RouteAdvies advies,
                         Brieven brieven, Codelijsten codelijsten, ApplicationEventPublisher events, Clock clock) {
        this.codelijsten = codelijsten;
        this.werkprocessen = werkprocessen;
        this.routebesluiten = routebesluiten;
        this.interventies = interventies;
        this.processenVerbaal = processenVerbaal;
        this.documenten = documenten;
        this.overdrachten = overdrachten;
        this.advies = advies;
        this.brieven = brieven;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Service task "Route adviseren": the advice of mas-route and halt-geschikt; the choice starts as the advice.
     * Unanswered yes/no facts count as no. An earlier Halt-verwijzing anywhere in the Dossier counts (MAS §4.3:
     * never before referred to Halt for verzuim), whatever the officer ticked.
     */
    public void adviseerRoute(DelegateExecution execution) {
        Map<String, Object> feiten = new HashMap<>();
        for (String naam : RouteAdvies.FEITEN) {
            Object waarde = execution.getVariable(naam);
            feiten.put(naam, waarde == null && RouteAdvies.JA_NEE.contains(naam) ? Boolean.FALSE : waarde);
        }
        if (interventies.existsByWerkprocesDossierIdAndSoort(werkprocessen.van(execution).getDossier().getId(), Soort.HALT)) {
            feiten.put("eerderHaltVoorVerzuim", true);
            execution.setVariable("eerderHaltVoorVerzuim", true);
        }
        Advies uitkomst = advies.adviseer(feiten);
        for (Route route : Route.values()) {
            boolean geadviseerd = uitkomst.routes().contains(route);
            execution.setVariable(route.adviesVariabele(), geadviseerd);
            execution.setVariable(route.variabele(), geadviseerd);
        }
        execution.setVariable("geadviseerdeRoutes", RouteAdvies.namen(uitkomst.routes()));
        execution.setVariable("adviesMotivering", uitkomst.motivering());
        execution.setVariable("haltGeschikt", uitkomst.haltGeschikt());
        execution.setVariable("haltRedenen", String.join("\n", uitkomst.haltRedenen()));
        execution.setVariable("afwijkingMotivering", null);
    }

    /** Complete listener of "Route kiezen" (MAS §4.3): at least one route; a deviation from the advice is motivated. */
    public void legRoutebesluitVast(DelegateTask task) {
        Set<Route> gekozen = EnumSet.noneOf(Route.class);
        Set<Route> geadviseerd = EnumSet.noneOf(Route.class);
        for (Route route : Route.values()) {
            if (waar(task, route.variabele())) {
                gekozen.add(route);
            }
            if (waar(task, route.adviesVariabele())) {
                geadviseerd.add(route);
            }
        }
        if (gekozen.isEmpty()) {
            throw new Weigering("routeVrijwilligeHulp", "Kies minstens één route (MAS §4.3).");
        }
        String motivering = tekst(task, "afwijkingMotivering");
        if (!gekozen.equals(geadviseerd) && motivering == null) {
            throw new Weigering("afwijkingMotivering", "U wijkt af van het advies (" + leesbaar(geadviseerd)
                    + "): geef een motivering in het veld 'Motivering' (MAS §4.3).");
        }
        routebesluiten.save(new Routebesluit(werkprocessen.van(task), RouteAdvies.namen(geadviseerd),
                RouteAdvies.namen(gekozen), motivering, task.getAssignee(), Instant.now(clock)));
    }

    /**
     * Complete listener of the task that starts an interventie (toeleiding, Halt-verwijzing, RvdK-verzoek), with the
     * note of that step (its own variable {@code toelichtingVariabele}, never another step's).
     */
    public void startInterventie(DelegateTask task, String soort, String toelichtingVariabele) {
        interventies.save(new Interventie(werkprocessen.van(task), Soort.valueOf(soort), tekst(task, toelichtingVariabele),
                Instant.now(clock)));
    }

    /** Complete listener of the task that records an interventie's outcome from variable {@code uitkomstVariabele}. */
    public void rondInterventieAf(DelegateTask task, String soort, String uitkomstVariabele) {
        Werkproces werkproces = werkprocessen.van(task);
        Interventie interventie = interventies
                .findFirstByWerkprocesIdAndSoortAndAfgerondOpIsNullOrderByGestartOpDesc(werkproces.getId(), Soort.valueOf(soort))
                .orElseThrow(() -> new IllegalStateException("Geen lopende " + soort + " in werkproces " + werkproces.getId()));
        interventie.afgerond(verplicht(task, uitkomstVariabele), Instant.now(clock));
    }

    /**
     * Candidate group of "Proces-verbaal opmaken" and "Afdoening door het OM verwerken": the BOAs of the gemeente of
     * {@code kandidaatGroep}, the werkproces's leerplicht team (Wpg, MAS §10).
     */
    public String boaGroep(String kandidaatGroep) {
        return Teams.boaVan(kandidaatGroep);
    }

    /**
     * Complete listener of "Proces-verbaal opmaken": the task completes only with the reference to the proces-verbaal
     * the BOA has drawn up through {@link ProcessenVerbaal} (Wpg, MAS §10), never with its facts as variables.
     */
    public void legProcesVerbaalVast(DelegateTask task) {
        weigerProcesVerbaalGegevens(task);
        procesVerbaal(task);
    }

    /** Complete listener of "Afdoening door het OM verwerken": only once the BOA has recorded it there. */
    public void legOmAfdoeningVast(DelegateTask task) {
        weigerProcesVerbaalGegevens(task);
        if (procesVerbaal(task).getAfgedaanOp() == null) {
            throw new BadUserRequestException("Leg de afdoening door het OM vast op de pagina Processen-verbaal van het "
                    + "dossier (alleen voor de BOA); daarmee wordt deze taak afgerond.");
        }
    }

    private ProcesVerbaal procesVerbaal(DelegateTask task) {
        Object id = task.getVariable(ProcessenVerbaal.REFERENTIE);
        Werkproces werkproces = werkprocessen.van(task);
        return (id instanceof Number nummer ? processenVerbaal.findById(nummer.longValue()) : Optional.<ProcesVerbaal>empty())
                .filter(pv -> pv.getWerkproces().getId().equals(werkproces.getId()))
                .orElseThrow(() -> new BadUserRequestException("Maak het proces-verbaal op via de pagina "
                        + "Processen-verbaal van het dossier (alleen voor de BOA); daarmee wordt deze taak afgerond."));
    }

    /** Politiegegevens as variables would be read by the whole team and kept in the history (MAS §10). */
    private static void weigerProcesVerbaalGegevens(DelegateTask task) {
        if (SchoolverzuimHistoryLevel.PROCES_VERBAAL_GEGEVENS.stream().anyMatch(task::hasVariable)) {
            throw new BadUserRequestException("Gegevens van een proces-verbaal worden niet in het werkproces opgeslagen "
                    + "(Wpg, MAS §10): leg ze vast op de pagina Processen-verbaal van het dossier.");
        }
    }

    /** Service task after the preventive talk (MAS §4.1): the letter to the ouders with a copy to the school. */
    public void schrijfBriefOuders(DelegateExecution execution) {
        Werkproces werkproces = werkprocessen.van(execution);
        documenten.save(new Document(werkproces, "BRIEF_OUDERS_PREVENTIEF_GESPREK",
                "Brief aan ouders na preventief verzuimgesprek", brieven.preventiefGesprek(execution.getVariables()),
                Instant.now(clock)));
    }

    /**
     * Complete listener of "Werkproces afsluiten" (MAS §4.5): exactly one Resultaat of decision codelijst-resultaat,
     * and the reason of afsluiten exactly when codelijst-afsluitreden has reasons for the verzuimsoort (ABSOLUUT,
     * LUXE).
     */
    public void sluitAf(DelegateTask task) {
        String resultaat = codelijsten.keuze(task, "resultaat", Codelijsten.RESULTAAT);
        String detail = codelijsten.keuzeVoorVerzuimsoort(task, "afsluitReden", Codelijsten.AFSLUITREDEN);
        Werkproces werkproces = werkprocessen.van(task);
        werkproces.afsluiten(resultaat, detail, Instant.now(clock));
        events.publishEvent(new WerkprocesAfgesloten(werkproces.getId(), resultaat));
    }

    /** Service task when triage does not take the melding on: closed as Overig with the triage decision as detail. */
    public void sluitAfZonderBehandeling(DelegateExecution execution) {
        sluitWerkprocesAf(werkprocessen.van(execution), WerkprocesResultaat.OVERIG,
                (String) execution.getVariable("triageBesluit"));
    }

    /** Service task on the 18th birthday (MAS §2): close with "Overdracht naar DSP 18+" and hand the Dossier over. */
    public void draagOverAanDsp(DelegateExecution execution) {
        Werkproces werkproces = werkprocessen.van(execution);
        sluitWerkprocesAf(werkproces, WerkprocesResultaat.OVERDRACHT_DSP, null);
        DspOverdracht overdracht = overdrachten.save(new DspOverdracht(werkproces,
                (String) execution.getVariable("overdrachtNotitie"), Instant.now(clock)));
        events.publishEvent(new OverdrachtAanDoorstroompunt(overdracht.getId(), werkproces.getDossier().getId(),
                werkproces.getId()));
    }

    private void sluitWerkprocesAf(Werkproces werkproces, WerkprocesResultaat resultaat, String detail) {
        werkproces.afsluiten(resultaat, detail, Instant.now(clock));
        events.publishEvent(new WerkprocesAfgesloten(werkproces.getId(), resultaat.name()));
    }

    private static String leesbaar(Set<Route> routes) {
        return routes.isEmpty() ? "geen route" : String.join(", ", routes.stream().map(Route::omschrijving).toList());
    }

}
