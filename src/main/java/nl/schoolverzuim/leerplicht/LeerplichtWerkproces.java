package nl.schoolverzuim.leerplicht;

import static nl.schoolverzuim.domein.Variabelen.tekst;
import static nl.schoolverzuim.domein.Variabelen.waar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.domein.Leerplichtfase;
import nl.schoolverzuim.domein.Leerplichtfase.Fase;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.dossier.Jongere;
import nl.schoolverzuim.dossier.Verhuizingen;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesAfgesloten;
import nl.schoolverzuim.dossier.WerkprocesRepository;
import nl.schoolverzuim.dossier.WerkprocesResultaat;
import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.Procesbean;
import nl.schoolverzuim.engine.SchoolverzuimHistoryLevel;
import nl.schoolverzuim.leerplicht.Interventie.Soort;
import nl.schoolverzuim.leerplicht.RouteAdvies.Advies;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Gemeenten;
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

    /** What the Doorstroompunt gets on the 18th birthday (MAS §2). */
    static final String DSP_OVERDRACHT = "dsp-overdracht";
    /** Whom the LPA talks to in the onderzoek and whether the school is informed (MAS §4 step 2). */
    static final String ONDERZOEK_GESPREKKEN = "onderzoek-gesprekken";

    private final WerkprocesRepository werkprocessen;
    private final RoutebesluitRepository routebesluiten;
    private final InterventieRepository interventies;
    private final ProcesVerbaalRepository processenVerbaal;
    private final DspOverdrachtRepository overdrachten;
    private final RouteAdvies advies;
    private final Verhuizingen verhuizingen;
    private final Gemeenten gemeenten;
    private final DecisionCache beslissingen;
    private final Codelijsten codelijsten;
    private final Leerplichtfase leerplichtfase;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeerplichtWerkproces(WerkprocesRepository werkprocessen, RoutebesluitRepository routebesluiten,
                         InterventieRepository interventies, ProcesVerbaalRepository processenVerbaal,
                         DspOverdrachtRepository overdrachten, RouteAdvies advies, Verhuizingen verhuizingen,
                         Gemeenten gemeenten, DecisionCache beslissingen, Codelijsten codelijsten,
                         Leerplichtfase leerplichtfase,
                         ApplicationEventPublisher events, Clock clock) {
        this.leerplichtfase = leerplichtfase;
        this.verhuizingen = verhuizingen;
        this.gemeenten = gemeenten;
        this.beslissingen = beslissingen;
        this.codelijsten = codelijsten;
        this.werkprocessen = werkprocessen;
        this.routebesluiten = routebesluiten;
        this.interventies = interventies;
        this.processenVerbaal = processenVerbaal;
        this.overdrachten = overdrachten;
        this.advies = advies;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Service task "Route adviseren": the advice of mas-route and halt-geschikt; the choice starts as the advice.
     * A yes/no fact answered "onbekend" (or not at all) goes in as null, which meets no criterion (MAS §4.3). An
     * earlier Halt-verwijzing anywhere in the Dossier counts (never before referred to Halt for verzuim), whatever
     * the officer answered; the routes already started in this werkproces tell the decision which lighter routes
     * were tried, so the follow-up escalation (MAS §4.4) is the model's rule.
     */
    public void adviseerRoute(DelegateExecution execution) {
        Werkproces werkproces = werkprocessen.van(execution);
        Map<String, Object> feiten = new HashMap<>();
        for (String naam : RouteAdvies.FEITEN) {
            Object waarde = execution.getVariable(naam);
            feiten.put(naam, RouteAdvies.JA_NEE.containsKey(naam) ? RouteAdvies.jaNee(waarde) : waarde);
        }
        if (interventies.existsByWerkprocesDossierIdAndSoort(werkproces.getDossier().getId(), Soort.HALT)) {
            feiten.put("eerderHaltVoorVerzuim", true);
            execution.setVariable("eerderHaltVoorVerzuim", true);
        }
        boolean eerderVrijwilligeHulp = interventies.existsByWerkprocesIdAndSoort(werkproces.getId(), Soort.VRIJWILLIGE_HULP);
        boolean eerderCivielKader = interventies.existsByWerkprocesIdAndSoort(werkproces.getId(), Soort.RVDK);
        feiten.put("eerderVrijwilligeHulp", eerderVrijwilligeHulp);
        feiten.put("eerderCivielKader", eerderCivielKader);
        execution.setVariable("eerderVrijwilligeHulp", eerderVrijwilligeHulp);
        execution.setVariable("eerderCivielKader", eerderCivielKader);
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
        // read by gateway "OM adviseert proces-verbaal na negatieve Halt?" after this round's routes
        execution.setVariable("omAdviseertProcesVerbaal", false);
    }

    /**
     * Service task after a negative Halt when the OM advises a proces-verbaal (MAS §4.3): the strafrechtelijke route
     * starts at once instead of after the next 6-week follow-up; recorded as a route decision like any other.
     */
    public void kiesProcesVerbaalNaOmOverleg(DelegateExecution execution) {
        for (Route route : Route.values()) {
            boolean gekozen = route == Route.STRAFRECHTELIJK_KADER;
            execution.setVariable(route.adviesVariabele(), gekozen);
            execution.setVariable(route.variabele(), gekozen);
        }
        String motivering = "Halt negatief en het OM adviseert een proces-verbaal (MAS §4.3).";
        execution.setVariable("adviesMotivering", motivering);
        routebesluiten.save(new Routebesluit(werkprocessen.van(execution), Route.STRAFRECHTELIJK_KADER.name(),
                Route.STRAFRECHTELIJK_KADER.name(), motivering, null, Instant.now(clock)));
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

    /**
     * Complete listener of "Toeleiden naar vrijwillige (jeugd)hulp": no toeleiding without recorded consent, who gave
     * it and when (MAS §10); refused in Dutch naming the field.
     */
    public void leidToe(DelegateTask task) {
        if (!Boolean.TRUE.equals(RouteAdvies.jaNee(task.getVariable("toestemmingHulp")))) {
            throw new Weigering("toestemmingHulp", "Zonder toestemming geen toeleiding naar vrijwillige hulp: leg in het "
                    + "veld 'Toestemming' vast dat er toestemming is (MAS §10).");
        }
        String door = codelijsten.keuze(task, "toestemmingHulpDoor", Codelijsten.TOESTEMMING);
        Object datum = task.getVariable("toestemmingHulpDatum");
        if (datum == null) {
            throw new Weigering("toestemmingHulpDatum", "Vul in het veld 'Datum toestemming' in wanneer de toestemming "
                    + "is gegeven (MAS §10).");
        }
        LocalDate op = Variabelen.datum(datum);
        if (op.isAfter(LocalDate.now(clock.withZone(Termijnen.ZONE)))) {
            throw new Weigering("toestemmingHulpDatum", "De datum van de toestemming ligt in de toekomst (MAS §10).");
        }
        interventies.save(new Interventie(werkprocessen.van(task), Soort.VRIJWILLIGE_HULP,
                tekst(task, "toeleidingToelichting"), Instant.now(clock)).metToestemming(door, op));
    }

    /**
     * Complete listener of the task that records an interventie's outcome from variable {@code uitkomstVariabele}: a
     * code of {@code codelijst} (codelijsten.dmn), refused in Dutch naming the field otherwise, so an unknown code never
     * reaches a gateway or the table.
     */
    public void rondInterventieAf(DelegateTask task, String soort, String uitkomstVariabele, String codelijst) {
        String uitkomst = codelijsten.keuze(task, uitkomstVariabele, codelijst);
        Werkproces werkproces = werkprocessen.van(task);
        Interventie interventie = interventies
                .findFirstByWerkprocesIdAndSoortAndAfgerondOpIsNullOrderByGestartOpDesc(werkproces.getId(), Soort.valueOf(soort))
                .orElseThrow(() -> new IllegalStateException("Geen lopende " + soort + " in werkproces " + werkproces.getId()));
        interventie.afgerond(uitkomst, Instant.now(clock));
    }

    /**
     * Complete listener of "Verzoek indienen bij de Raad voor de Kinderbescherming" (MAS §4.3): no request without the
     * decision on Veilig Thuis per the meldcode (a code of codelijst-veiligthuis), its date and the afweging; then
     * the RvdK interventie starts with the request's grounds.
     */
    public void dienRvdkVerzoekIn(DelegateTask task) {
        codelijsten.keuze(task, "veiligThuis", Codelijsten.VEILIGTHUIS);
        Object datum = task.getVariable("veiligThuisDatum");
        if (datum == null) {
            throw new Weigering("veiligThuisDatum", "Vul in het veld 'Datum van melding, advies of afweging' in wanneer "
                    + "u volgens de meldcode over Veilig Thuis hebt besloten (MAS §4.3).");
        }
        if (Variabelen.datum(datum).isAfter(LocalDate.now(clock.withZone(Termijnen.ZONE)))) {
            throw new Weigering("veiligThuisDatum", "De datum van melding, advies of afweging ligt in de toekomst "
                    + "(MAS §4.3).");
        }
        if (tekst(task, "veiligThuisAfweging") == null) {
            throw new Weigering("veiligThuisAfweging", "Vul in het veld 'Afweging volgens de meldcode' in waarom u Veilig "
                    + "Thuis wel of niet hebt ingeschakeld (MAS §4.3).");
        }
        startInterventie(task, Soort.RVDK.name(), "rvdkGrond");
    }

    /**
     * Input mapping of "Onderzoek" ({@code gesprekJongereVereist}, ...): whether decision {@value #ONDERZOEK_GESPREKKEN}
     * requires {@code uitkomst} (gesprekJongere, gesprekOuders, schoolInformeren) for this Jongere, so the form asks
     * for it.
     */
    public boolean onderzoekVereist(VariableScope scope, String uitkomst) {
        return Boolean.TRUE.equals(onderzoekGesprekken(scope).get(uitkomst));
    }

    /**
     * Complete listener of "Onderzoek" (MAS §4 step 2): every talk and the informing of the school that decision
     * {@value #ONDERZOEK_GESPREKKEN} requires is recorded as done, or with the reason why it was not possible. The
     * decision is evaluated again here, never taken from the form's variables.
     */
    public void legOnderzoekVast(DelegateTask task) {
        Map<String, Object> vereist = onderzoekGesprekken(task);
        controleerGedaan(task, vereist, "gesprekJongere", "gesprekJongereGevoerd", "gesprekJongereGeenReden",
                "het gesprek met de jongere is gevoerd", "Waarom geen gesprek met de jongere?");
        controleerGedaan(task, vereist, "gesprekOuders", "gesprekOudersGevoerd", "gesprekOudersGeenReden",
                "het gesprek met de ouders is gevoerd", "Waarom geen gesprek met de ouders?");
        controleerGedaan(task, vereist, "schoolInformeren", "schoolGeinformeerd", "schoolNietGeinformeerdReden",
                "de school is geïnformeerd", "Waarom is de school niet geïnformeerd?");
    }

    private static void controleerGedaan(DelegateTask task, Map<String, Object> vereist, String uitkomst, String gedaan,
                                         String reden, String wat, String redenLabel) {
        if (Boolean.TRUE.equals(vereist.get(uitkomst)) && !waar(task, gedaan) && tekst(task, reden) == null) {
            throw new Weigering(reden, "Leg vast dat " + wat + ", of geef in het veld '" + redenLabel
                    + "' de reden waarom dat niet kon (MAS §4 stap 2).");
        }
    }

    private Map<String, Object> onderzoekGesprekken(VariableScope scope) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put(Variabelen.LEEFTIJD, scope.getVariable(Variabelen.LEEFTIJD));
        invoer.put(Variabelen.VERZUIMSOORT, scope.getVariable(Variabelen.VERZUIMSOORT));
        ProcessEngineServices services = ((ProcessEngineServicesAware) scope).getProcessEngineServices();
        return beslissingen.eersteRij(services, ONDERZOEK_GESPREKKEN, invoer)
                .orElseThrow(() -> new IllegalStateException(ONDERZOEK_GESPREKKEN + " gaf geen regel"));
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

    /** What the routing decision is asked about a reclassified melding, with the soort put in by the caller. */
    private static final String ROUTERING = "werkproces-routering";

    /** What a werkproces handed to another gemeente carries over: the melding's facts, not this gemeente's steps. */
    private static final List<String> MELDINGFEITEN = List.of("meldingsdatum", Variabelen.LEEFTIJD, "urenVerzuim",
            "kerenTeLaat", "preventiefGesprek", "actieGewenst", Variabelen.SCHOOL_NAAM, "uitschrijfdatum");

    /**
     * Complete listener of "Melding triëren" (MAS §4 step 1). A triage decision from the list; taken on as another
     * verzuimsoort only with a reason, and only one that decision werkproces-routering gives to this werkproces for this Jongere
     * (so leerplicht soorten, not a question or a Doorstroompunt soort): the werkproces goes on as that soort, the
     * melding keeps the one it was reported with, {@code oorspronkelijkeVerzuimsoort} and the reason stay in the
     * history. "Andere gemeente" names a known gemeente other than this one.
     */
    public void legTriageVast(DelegateTask task) {
        Triagebesluit besluit = Variabelen.keuze(task, "triageBesluit", Triagebesluit.class);
        String nieuw = tekst(task, "nieuweVerzuimsoort");
        String huidig = (String) task.getVariable(Variabelen.VERZUIMSOORT);
        if (besluit == Triagebesluit.IN_BEHANDELING && nieuw != null && !nieuw.equals(huidig)) {
            herclassificeer(task, Variabelen.keuze(task, "nieuweVerzuimsoort", Verzuimsoort.class), huidig);
        }
        if (besluit == Triagebesluit.ANDERE_GEMEENTE) {
            task.setVariable("andereGemeente", andereGemeente(task).getNaam());
        }
    }

    private void herclassificeer(DelegateTask task, Verzuimsoort nieuw, String huidig) {
        if (tekst(task, "herclassificatieReden") == null) {
            throw new Weigering("herclassificatieReden", "U wijzigt de verzuimsoort van " + huidig + " naar "
                    + nieuw.name() + ": geef de reden in het veld 'Reden van de andere verzuimsoort' (MAS §4 stap 1).");
        }
        // The phase on the meldingsdatum by what is known of the Jongere now (MAS §2), as the intake asks it.
        Jongere jongere = werkprocessen.van(task).getDossier().getJongere();
        Map<String, Object> invoer = new HashMap<>();
        invoer.put(Variabelen.LEEFTIJD, task.getVariable(Variabelen.LEEFTIJD));
        invoer.put(Leerplichtfase.FASE, leerplichtfase.op(jongere.feiten(),
                datumOfNull(task.getVariable("meldingsdatum"))).map(Fase::fase).orElse(null));
        invoer.put("startkwalificatie", jongere.getStartkwalificatie());
        invoer.put(Variabelen.VERZUIMSOORT, nieuw.name());
        String procesKey = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        boolean hierGoed = beslissingen.eersteRij(task.getProcessEngineServices(), ROUTERING, invoer)
                .map(rij -> procesKey.equals(rij.get("procesKey"))).orElse(false);
        if (!hierGoed) {
            throw new Weigering("nieuweVerzuimsoort", "Een melding " + nieuw.name() + " hoort volgens de routering "
                    + "niet in dit werkproces voor deze jongere (MAS §2, §3); kies een andere verzuimsoort.");
        }
        task.setVariable("oorspronkelijkeVerzuimsoort", huidig);
        task.setVariable(Variabelen.VERZUIMSOORT, nieuw.name());
        if (nieuw != Verzuimsoort.OVERIG) {
            task.setVariable("preventiefGesprek", false); // MAS §4.1: the preventive talk is for OVERIG only
        }
        werkprocessen.van(task).herclassificeer(nieuw);
    }

    private static LocalDate datumOfNull(Object waarde) {
        return waarde == null ? null : Variabelen.datum(waarde);
    }

    private Gemeente andereGemeente(DelegateTask task) {
        String opgegeven = tekst(task, "andereGemeente");
        if (opgegeven == null) {
            throw new Weigering("andereGemeente", "Kies bij 'Hoort bij een andere gemeente' ook de gemeente in het veld "
                    + "'Andere gemeente' (MAS §4 stap 1).");
        }
        Gemeente gemeente = gemeenten.zoek(opgegeven).orElseThrow(() -> new Weigering("andereGemeente",
                "Gemeente '" + opgegeven + "' is onbekend: geef de naam of CBS-code van een bekende gemeente."));
        if (gemeente.getId().equals(werkprocessen.van(task).getDossier().getGemeente().getId())) {
            throw new Weigering("andereGemeente", "Dat is de gemeente van dit dossier; kies een andere gemeente of een "
                    + "ander besluit.");
        }
        return gemeente;
    }

    /** Service task when triage finds the melding a duplicate: closed as Overig with DUBBEL as detail. */
    public void sluitAfZonderBehandeling(DelegateExecution execution) {
        sluitWerkprocesAf(werkprocessen.van(execution), WerkprocesResultaat.OVERIG,
                (String) execution.getVariable("triageBesluit"));
    }

    /**
     * Service task when triage finds the absence geoorloofd (MAS §3): no verzuim, so no Resultaat of the verzuim list
     * but GEOORLOOFD, which every count of verzuim leaves out; {@code afsluiting} tells the retention decision (MAS
     * §10) that the record is kept only as long as needed.
     */
    public void legGeoorloofdVast(DelegateExecution execution) {
        sluitWerkprocesAf(werkprocessen.van(execution), WerkprocesResultaat.GEOORLOOFD, null);
        execution.getProcessInstance().setVariable("afsluiting", "GEOORLOOFD");
    }

    /**
     * Service task when the Jongere belongs to another gemeente (MAS §4 step 1): the Dossier and the meldingen go to
     * that gemeente's team, which gets this werkproces's process from its start with the melding's facts; this one
     * closes as overgedragen.
     */
    public void draagOverAanAndereGemeente(DelegateExecution execution) {
        Werkproces werkproces = werkprocessen.van(execution);
        Gemeente gemeente = gemeenten.zoek((String) execution.getVariable("andereGemeente")).orElseThrow();
        Map<String, Object> feiten = new HashMap<>();
        for (String naam : MELDINGFEITEN) {
            if (execution.hasVariable(naam)) {
                feiten.put(naam, execution.getVariable(naam));
            }
        }
        feiten.put("overgedragenVanWerkproces", werkproces.getId());
        feiten.put("overdrachtToelichting", execution.getVariable("triageToelichting"));
        Werkproces nieuw = verhuizingen.naarAndereGemeente(werkproces, gemeente, LocalDate.now(clock), w -> feiten);
        execution.setVariable("overgedragenNaarWerkproces", nieuw.getId());
        sluitWerkprocesAf(werkproces, WerkprocesResultaat.OVERGEDRAGEN, Triagebesluit.ANDERE_GEMEENTE.name());
    }

    /**
     * Service task on the 18th birthday (MAS §2): the LPA's werkproces ends. What the Doorstroompunt gets is decision
     * {@value #DSP_OVERDRACHT}: verzuim 18+ for an enrolled pupil, a VsvTraject only without school and without
     * startkwalificatie (falling out on the de-registration date, never the birthday), nothing with one; without
     * school and with the startkwalificatie unknown, contact work in which the Doorstroompunt establishes it, carrying
     * the de-registration date for the VsvTraject that may follow.
     */
    public void draagOverAanDsp(DelegateExecution execution) {
        Werkproces werkproces = werkprocessen.van(execution);
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("verzuimsoort", werkproces.verzuimsoortCode());
        invoer.put("startkwalificatie", execution.getVariable("startkwalificatie"));
        Map<String, Object> uitkomst = execution.getProcessEngineServices().getDecisionService()
                .evaluateDecisionByKey(DSP_OVERDRACHT).variables(invoer).evaluate().getSingleResult().getEntryMap();
        String dspWerk = (String) uitkomst.get("dspWerkproces");
        if ("GEEN".equals(dspWerk)) {
            sluitWerkprocesAf(werkproces, WerkprocesResultaat.OVERIG, "GEEN_DOELGROEP_DSP");
            return;
        }
        sluitWerkprocesAf(werkproces, WerkprocesResultaat.OVERDRACHT_DSP, null);
        String notitie = (String) execution.getVariable("overdrachtNotitie");
        DspOverdracht overdracht = overdrachten.save(new DspOverdracht(werkproces, notitie, Instant.now(clock)));
        Verzuimsoort werk = Verzuimsoort.valueOf(dspWerk);
        boolean vaststellen = Boolean.TRUE.equals(uitkomst.get("startkwalificatieVaststellen"));
        Object uitval = execution.getVariable("uitschrijfdatum") != null ? execution.getVariable("uitschrijfdatum")
                : execution.getVariable("meldingsdatum");
        events.publishEvent(new OverdrachtAanDoorstroompunt(overdracht.getId(), werkproces.getDossier().getId(),
                werkproces.getId(), werk, werk == Verzuimsoort.VSV || vaststellen ? Variabelen.datum(uitval) : null,
                vaststellen, notitie));
    }

    private void sluitWerkprocesAf(Werkproces werkproces, WerkprocesResultaat resultaat, String detail) {
        werkproces.afsluiten(resultaat, detail, Instant.now(clock));
        events.publishEvent(new WerkprocesAfgesloten(werkproces.getId(), resultaat.name()));
    }

    private static String leesbaar(Set<Route> routes) {
        return routes.isEmpty() ? "geen route" : String.join(", ", routes.stream().map(Route::omschrijving).toList());
    }

}
