package nl.schoolverzuim.vrijstellingen;

import static nl.schoolverzuim.domein.Variabelen.verplicht;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Leeftijd;
import nl.schoolverzuim.domein.NaBewaartermijn;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.engine.Procesbean;

/**
 * Vrijstellingen (MAS §7), called from {@code processes/vrijstelling.bpmn} as {@code ${vrijstellingen.…}}: keeps the
 * vrijstelling in step with its werkproces (toets, besluit, renewal, expiry, revocation). Which legal requirements a
 * ground has and whether it may be renewed are decisions in {@code processes/vrijstelling-toets.dmn}; this class only
 * supplies their facts and records their outcome. Other capabilities ask {@link #actief} (MAS §6: an active
 * vrijstelling ends thuiszitter status; triage of a new melding shows it).
 */
@Procesbean
@Component("vrijstellingen")
@Transactional
public class Vrijstellingen implements NaBewaartermijn {

    static final String PROCES = "vrijstelling";
    static final String TOETS = "vrijstelling-toets";
    static final String GROND = "vrijstelling-grond";
    static final String INTREKKEN = "VrijstellingIntrekken";
    /** The process variable triage shows (leerplicht-verzuim, form melding-trieren). */
    static final String ACTIEF_BIJ_MELDING = "vrijstellingActief";
    /** Dossiers per query; keeps the IN list well below database limits. */
    private static final int PER_KEER = 500;

    private final VrijstellingRepository vrijstellingen;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    Vrijstellingen(VrijstellingRepository vrijstellingen, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.vrijstellingen = vrijstellingen;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** Whether the Dossier's Jongere has a granted vrijstelling in force on {@code op} (contract of hV1). */
    @Transactional(readOnly = true)
    public boolean actief(Long dossierId, LocalDate op) {
        return dossierId != null && vrijstellingen.actief(dossierId, op);
    }

    /** Of these Dossiers, those with a vrijstelling in force on {@code op}; one query per {@value #PER_KEER}. */
    @Transactional(readOnly = true)
    public Set<Long> actieveDossiers(Collection<Long> dossierIds, LocalDate op) {
        List<Long> alle = List.copyOf(dossierIds);
        Set<Long> actief = new HashSet<>();
        for (int van = 0; van < alle.size(); van += PER_KEER) {
            actief.addAll(vrijstellingen.actieveDossiers(alle.subList(van, Math.min(van + PER_KEER, alle.size())), op));
        }
        return actief;
    }

    /**
     * Start listener of a leerplicht werkproces: flags at triage a new verzuim melding about a Jongere with an
     * active vrijstelling (MAS §7), as process variable {@value #ACTIEF_BIJ_MELDING}.
     */
    public void bijMelding(DelegateExecution execution) {
        Object dossier = execution.getVariable(Variabelen.DOSSIER_ID);
        execution.setVariable(ACTIEF_BIJ_MELDING,
                dossier != null && actief(((Number) dossier).longValue(), LocalDate.now(clock)));
    }

    /**
     * Service task WettelijkeEisenToetsen: decision vrijstelling-toets on the facts the aanvraag brought (process
     * variables {@link ToetsFeiten#NAMEN}); its redenen are stored with the aanvraag and kept as process variables
     * {@code toetsRedenen} (one per line) and {@code toetsVoldoet} for the forms. Evaluated by the engine's decision
     * service, so each toets stays in the decision history of the werkproces.
     */
    public void toetsen(DelegateExecution execution) {
        Map<String, Object> feiten = new HashMap<>();
        ToetsFeiten.NAMEN.forEach(naam -> feiten.put(naam, execution.getVariable(naam)));
        List<String> redenen = execution.getProcessEngineServices().getDecisionService()
                .evaluateDecisionTableByKey(TOETS, feiten).collectEntries("reden");
        vrijstelling(execution).getoetst(redenen);
        execution.setVariable("toetsRedenen", String.join("\n", redenen));
        execution.setVariable("toetsVoldoet", redenen.isEmpty());
    }

    /** Complete listener of SociaalMedischAdviesVastleggen (art. 5 onder a): advice, perspective and review date. */
    public void adviesVastgelegd(DelegateTask task) {
        verplicht(task, "sociaalMedischAdvies");
        verplicht(task, "onderwijskundigPerspectief");
        verplicht(task, "herbeoordelingsdatum");
        LocalDate herbeoordeling = Variabelen.datum(task.getVariable("herbeoordelingsdatum"));
        if (!herbeoordeling.isAfter(LocalDate.now(clock))) {
            throw new Weigering("herbeoordelingsdatum", "De herbeoordelingsdatum moet na vandaag liggen.");
        }
        // The form sends text; the review timer reads a date.
        task.setVariable("herbeoordelingsdatum", Variabelen.alsDate(herbeoordeling));
    }

    /**
     * Complete listener of VrijstellingBesluiten, for the Tasklist form and {@code POST /api/vrijstellingen/{id}/besluit}
     * alike: a besluit with a motivering; VERLENEN only when the toets found every requirement met (contract).
     */
    public void besloten(DelegateTask task) {
        Vrijstelling vrijstelling = vrijstelling(task);
        if (vrijstelling.isBesloten()) {
            throw new Weigering("besluit", "Over deze vrijstelling is al besloten.");
        }
        Besluit besluit = Variabelen.keuze(task, "besluit", Besluit.class);
        String motivering = verplicht(task, "motivering");
        if (besluit == Besluit.VERLENEN && !redenen(task).isEmpty()) {
            throw new Weigering("besluit", "De aanvraag voldoet niet aan de wettelijke eisen en kan niet worden "
                    + "verleend: " + String.join("; ", redenen(task)) + ".");
        }
        LocalDate vandaag = LocalDate.now(clock);
        vrijstelling.besloten(besluit == Besluit.VERLENEN, motivering, vandaag);
        task.setVariable("besluitdatum", Variabelen.alsDate(vandaag));
        if (besluit == Besluit.VERLENEN) {
            // MAS §6: the Jongere is no thuiszitter from the ingangsdatum (thuiszitters listens).
            gebeurtenissen.publishEvent(new VrijstellingVerleend(vrijstelling.getDossier() == null ? null
                    : vrijstelling.getDossier().getId(), vrijstelling.getIngangsdatum()));
        }
    }

    /** The moment the vrijstelling has ended: the day after its einddatum, else (art. 5 onder a) the 18th birthday. */
    public Date einde(DelegateExecution execution) {
        Vrijstelling vrijstelling = vrijstelling(execution);
        return Variabelen.alsDate(eindeVan(vrijstelling, Variabelen.datum(execution.getVariable(Variabelen.GEBOORTEDATUM))));
    }

    static LocalDate eindeVan(Vrijstelling vrijstelling, LocalDate geboortedatum) {
        return vrijstelling.getEinddatum() != null ? vrijstelling.getEinddatum().plusDays(1) : geboortedatum.plusYears(18);
    }

    /** At the end: the Jongere's age on the first day without the vrijstelling, input of vrijstelling-verlengbaar. */
    public void eindeBereikt(DelegateExecution execution) {
        LocalDate geboortedatum = Variabelen.datum(execution.getVariable(Variabelen.GEBOORTEDATUM));
        execution.setVariable("leeftijdNaEinde", Leeftijd.op(geboortedatum,
                eindeVan(vrijstelling(execution), geboortedatum)));
    }

    /**
     * Complete listener of VrijstellingVerlengen: renewed with a new einddatum after the old one (and for art. 5 onder
     * c new proof of enrolment and attendance abroad, MAS §7), or not, and then it expires.
     */
    public void verlengingBeoordeeld(DelegateTask task) {
        if (!Variabelen.waar(task, "verlengen")) {
            return;
        }
        Vrijstelling vrijstelling = vrijstelling(task);
        verplicht(task, "nieuweEinddatum");
        LocalDate nieuw = Variabelen.datum(task.getVariable("nieuweEinddatum"));
        LocalDate huidig = eindeVan(vrijstelling, Variabelen.datum(task.getVariable(Variabelen.GEBOORTEDATUM)))
                .minusDays(1);
        if (!nieuw.isAfter(huidig)) {
            throw new Weigering("nieuweEinddatum", "De nieuwe einddatum moet na de huidige einddatum ("
                    + huidig + ") liggen.");
        }
        if (vrijstelling.getGrond() == Grond.ART_5C && !(Variabelen.waar(task, "bewijsInschrijvingBuitenland")
                && Variabelen.waar(task, "bewijsAanwezigheidBuitenland"))) {
            throw new Weigering("bewijsInschrijvingBuitenland", "Verlengen van een vrijstelling op grond van "
                    + "art. 5 onder c vraagt nieuw bewijs van inschrijving bij en aanwezigheid op de school in het "
                    + "buitenland (MAS §7).");
        }
        vrijstelling.verlengd(nieuw, Variabelen.tekst(task, "nieuwSchooljaar"));
        task.setVariable("einddatum", Variabelen.alsDate(nieuw));
    }

    /** Complete listener of VrijstellingHerbeoordelen (art. 5 onder a): go on until a new review date, or revoke. */
    public void herbeoordeeld(DelegateTask task) {
        verplicht(task, "herbeoordelingUitkomst");
        if (Variabelen.waar(task, "herbeoordelingIntrekken")) {
            task.setVariable("intrekkingsreden", verplicht(task, "herbeoordelingUitkomst"));
            return;
        }
        verplicht(task, "volgendeHerbeoordelingsdatum");
        LocalDate volgende = Variabelen.datum(task.getVariable("volgendeHerbeoordelingsdatum"));
        if (!volgende.isAfter(LocalDate.now(clock))) {
            throw new Weigering("volgendeHerbeoordelingsdatum", "De volgende herbeoordelingsdatum moet na vandaag "
                    + "liggen.");
        }
        task.setVariable("herbeoordelingsdatum", Variabelen.alsDate(volgende));
    }

    public void afgewezen(DelegateExecution execution) {
        sluitAf(vrijstelling(execution));
    }

    public void verlopen(DelegateExecution execution) {
        Vrijstelling vrijstelling = vrijstelling(execution);
        vrijstelling.verlopen();
        sluitAf(vrijstelling);
    }

    /** Revoked with a reason (MAS §7), from the API's message or the art. 5 onder a review. */
    public void ingetrokken(DelegateExecution execution) {
        Vrijstelling vrijstelling = vrijstelling(execution);
        vrijstelling.ingetrokken(verplicht(execution, "intrekkingsreden"));
        sluitAf(vrijstelling);
    }

    private void sluitAf(Vrijstelling vrijstelling) {
        vrijstelling.getWerkproces().afsluiten(vrijstelling.getStatus().name(), null, Instant.now(clock));
    }

    @Override
    public void verwijderVanWerkprocessen(Collection<Long> werkprocesIds, Collection<String> processInstanceIds) {
        vrijstellingen.verwijderVanWerkprocessen(werkprocesIds);
    }

    private static List<String> redenen(VariableScope scope) {
        String redenen = Variabelen.tekst(scope, "toetsRedenen");
        return redenen == null ? List.of() : List.of(redenen.split("\n"));
    }

    private Vrijstelling vrijstelling(VariableScope scope) {
        Long id = ((Number) scope.getVariable("vrijstellingId")).longValue();
        return vrijstellingen.findById(id).orElseThrow(() -> new IllegalStateException("Vrijstelling " + id + " ontbreekt"));
    }
}
