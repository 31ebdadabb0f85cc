package nl.schoolverzuim.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.engine.Procesbean;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.organisatie.Teams.Team;

/**
 * Process {@code verhuizing} (MAS §10): a melding from another gemeente reports that a known Jongere moved there. The
 * old woongemeente's team confirms it, and hands over, or not. Only a confirmation changes the woongemeente and gives
 * the new team the old Dossier; a melding alone changes nobody's access.
 */
@Component("verhuizingen")
@Procesbean
public class Verhuizingen {

    static final String PROCES = "verhuizing";
    static final String VERHUIZING_ID = "verhuizingId";

    private final VerhuizingRepository verhuizingen;
    private final DossierRepository dossiers;
    private final WerkprocesStarter werkprocessen;
    private final RuntimeService runtime;
    private final AuthorizationService autorisaties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Verhuizingen(VerhuizingRepository verhuizingen, DossierRepository dossiers, WerkprocesStarter werkprocessen,
                 RuntimeService runtime, AuthorizationService autorisaties, ApplicationEventPublisher events,
                 Clock clock) {
        this.verhuizingen = verhuizingen;
        this.dossiers = dossiers;
        this.werkprocessen = werkprocessen;
        this.runtime = runtime;
        this.autorisaties = autorisaties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the move from {@code van}'s gemeente to {@code naar}'s and asks {@code team} of the old gemeente to
     * confirm it; a move to that gemeente already waiting for confirmation is not asked twice. The task carries what
     * the old team needs to recognise its Jongere and hand over, no BSN (MAS §10).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void gemeld(Dossier van, Dossier naar, Team team, LocalDate meldingsdatum) {
        if (verhuizingen.existsByNaarDossierAndStatus(naar, Verhuizing.Status.GEMELD)) {
            return;
        }
        Verhuizing verhuizing = verhuizingen.save(new Verhuizing(van, naar, meldingsdatum, Instant.now(clock)));
        Gemeente oud = van.getGemeente();
        Jongere jongere = van.getJongere();
        String groep = Teams.groepVoor(team, oud);
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(VERHUIZING_ID, verhuizing.getId());
        variabelen.put(Variabelen.DOSSIER_ID, van.getId());
        variabelen.put(Variabelen.JONGERE_NAAM, jongere.volledigeNaam());
        variabelen.put(Variabelen.GEBOORTEDATUM, Variabelen.alsDate(jongere.getGeboortedatum()));
        variabelen.put(Variabelen.LEEFTIJD, jongere.leeftijdOp(LocalDate.now(clock)));
        variabelen.put(Variabelen.GEMEENTE, oud.getNaam());
        variabelen.put("naarGemeente", naar.getGemeente().getNaam());
        variabelen.put("meldingsdatum", Variabelen.alsDate(meldingsdatum));
        variabelen.put(Variabelen.KANDIDAAT_GROEP, groep);
        variabelen.put(Variabelen.TEAMLEIDER_GROEP, Teams.teamleider(oud.getRegio()));
        variabelen.put(Variabelen.REGIO, oud.getRegio().getCode());
        ProcessInstance instantie = runtime.createProcessInstanceByKey(PROCES)
                .businessKey(PROCES + "-" + verhuizing.getId())
                .setVariables(variabelen)
                .execute();
        // Like a werkproces: the old team reads this instance and its history, no other team does.
        leesrecht(groep, Resources.PROCESS_INSTANCE, instantie.getId(), ProcessInstancePermissions.READ);
        leesrecht(groep, Resources.HISTORIC_PROCESS_INSTANCE, instantie.getId(), HistoricProcessInstancePermissions.READ);
        verhuizing.gestart(instantie.getId());
    }

    /**
     * "Verhuizing bevestigd": the Jongere lives in the new gemeente, whose team now also reads the old Dossier, and
     * what follows a move follows now ({@link JongereVerhuisd}, e.g. the Doorstroompunt's transfer, MAS §8).
     */
    public void bevestig(DelegateExecution execution) {
        Verhuizing verhuizing = verhuizing(execution);
        verhuizing.afgehandeld(Verhuizing.Status.BEVESTIGD, Instant.now(clock));
        Dossier van = verhuizing.getVanDossier();
        Dossier naar = verhuizing.getNaarDossier();
        Long vorigeGemeente = verhuizing.getJongere().getWoongemeente().getId();
        verhuizing.getJongere().verhuisNaar(naar.getGemeente());
        van.overdragen(Instant.now(clock));
        if (!vorigeGemeente.equals(naar.getGemeente().getId())) {
            events.publishEvent(new JongereVerhuisd(van.getId(), naar.getId(), vorigeGemeente, naar.getGemeente().getId()));
        }
    }

    /**
     * Triage of {@code werkproces} found that the Jongere belongs to {@code gemeente} (MAS §4 step 1): the officer's
     * decision is the confirmation a reported move waits for. The Jongere moves there, its Dossier is handed over as
     * after a confirmed move, and the same process starts for the new gemeente's team in the Jongere's Dossier there,
     * with {@code variabelenVoor} the new werkproces's variables. The caller closes {@code werkproces}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Werkproces naarAndereGemeente(Werkproces werkproces, Gemeente gemeente, LocalDate datum,
                                         Function<Werkproces, Map<String, Object>> variabelenVoor) {
        Dossier van = werkproces.getDossier();
        Jongere jongere = van.getJongere();
        Dossier naar = dossiers.findByJongereAndGemeente(jongere, gemeente)
                .orElseGet(() -> dossiers.save(new Dossier(jongere, gemeente, Instant.now(clock))));
        Verhuizing verhuizing = verhuizingen.save(new Verhuizing(van, naar, datum, Instant.now(clock)));
        verhuizing.afgehandeld(Verhuizing.Status.BEVESTIGD, Instant.now(clock));
        Long vorigeGemeente = jongere.getWoongemeente().getId();
        jongere.verhuisNaar(gemeente);
        van.overdragen(Instant.now(clock));
        Werkproces nieuw = werkprocessen.start(naar, werkproces.getVerzuimsoort(), werkproces.isPreventief(),
                werkproces.getProcesKey(), werkproces.getTeam(), werkproces.getEersteMeldingsdatum(), variabelenVoor);
        events.publishEvent(new WerkprocesOvergedragen(werkproces.getId(), nieuw.getId()));
        if (!vorigeGemeente.equals(gemeente.getId())) {
            events.publishEvent(new JongereVerhuisd(van.getId(), naar.getId(), vorigeGemeente, gemeente.getId()));
        }
        return nieuw;
    }

    /** "Niet verhuisd": the woongemeente stays, and each team keeps reading only its own Dossier. */
    public void wijsAf(DelegateExecution execution) {
        verhuizing(execution).afgehandeld(Verhuizing.Status.NIET_BEVESTIGD, Instant.now(clock));
    }

    private Verhuizing verhuizing(DelegateExecution execution) {
        Long id = ((Number) execution.getVariable(VERHUIZING_ID)).longValue();
        return verhuizingen.findById(id).orElseThrow(() -> new IllegalStateException("Verhuizing " + id + " ontbreekt"));
    }

    private void leesrecht(String groep, Resource resource, String resourceId, Permission permissie) {
        Authorization leesrecht = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        leesrecht.setGroupId(groep);
        leesrecht.setResource(resource);
        leesrecht.setResourceId(resourceId);
        leesrecht.addPermission(permissie);
        autorisaties.saveAuthorization(leesrecht);
    }
}
