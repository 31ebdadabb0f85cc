package nl.schoolverzuim.doorstroompunt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.DossierRepository;
import nl.schoolverzuim.dossier.JongereVerhuisd;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesRepository;
import nl.schoolverzuim.dossier.WerkprocesStarter;
import nl.schoolverzuim.leerplicht.DspOverdrachtRepository;
import nl.schoolverzuim.leerplicht.OverdrachtAanDoorstroompunt;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Teams.Team;

/**
 * Starts the Doorstroompunt's werkprocessen: on the hand-off at 18 (MAS §2: verzuim 18+ or a vsv-traject), and a
 * vsv-traject after a re-approach or transfer and after a de-registration during verzuim 18+ or zorg en preventie
 * (MAS §8); and transfers a traject when the Jongere moves to another regio. Listeners run in the transaction that published the event, so nothing is half-done.
 */
@Component
public class VsvWerkprocessen {

    public static final String PROCES = "doorstroompunt-vsv";
    static final String VERZUIM18 = "doorstroompunt-verzuim18";
    static final String VERHUISD = "verhuisd-andere-regio";
    /** The form of "Contact met jongere en school" asks the consulent to establish the startkwalificatie. */
    static final String SK_VASTSTELLEN = "startkwalificatieVaststellen";
    /** The new woongemeente's Dossier of the Jongere, where the transferred traject continues. */
    static final String NIEUW_DOSSIER = "nieuwDossierId";

    private final WerkprocesStarter starter;
    private final DossierRepository dossiers;
    private final DspOverdrachtRepository overdrachten;
    private final GemeenteRepository gemeenten;
    private final VsvTrajectRepository trajecten;
    private final WerkprocesRepository werkprocessen;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    VsvWerkprocessen(WerkprocesStarter starter, DossierRepository dossiers, DspOverdrachtRepository overdrachten,
                     GemeenteRepository gemeenten, VsvTrajectRepository trajecten, WerkprocesRepository werkprocessen,
                     RuntimeService runtime, JdbcTemplate jdbc, Clock clock) {
        this.werkprocessen = werkprocessen;
        this.jdbc = jdbc;
        this.starter = starter;
        this.dossiers = dossiers;
        this.overdrachten = overdrachten;
        this.gemeenten = gemeenten;
        this.trajecten = trajecten;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Werkproces start(Dossier dossier, LocalDate uitvaldatum) {
        Date uitval = Variabelen.alsDate(uitvaldatum);
        return starter.start(dossier, Verzuimsoort.VSV, false, PROCES, Team.DOORSTROOMPUNT, LocalDate.now(clock),
                werkproces -> Map.of("uitvaldatum", uitval, "meldingsdatum", Date.from(Instant.now(clock))));
    }

    /**
     * The hand-off on the 18th birthday (MAS §2): the Doorstroompunt gets what decision dsp-overdracht chose, as one
     * werkproces per Jongere. Two leerplicht werkprocessen of one Jongere hand over on the same day; the Dossier's
     * row lock orders them, and the second joins the Doorstroompunt werkproces the first started (decision
     * melding-koppeling: the consulent looks at it, or a de-registration turns verzuim 18+ into a vsv-traject), or,
     * when that werkproces does not wait for it, is part of it without a step.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void overdrachtOpAchttien(OverdrachtAanDoorstroompunt overdracht) {
        jdbc.queryForObject("select id from dossier where id = ? for update", Long.class, overdracht.dossierId());
        Dossier dossier = dossiers.findWithJongereById(overdracht.dossierId()).orElseThrow();
        Map<String, Object> aanvulling = new HashMap<>();
        aanvulling.put("nieuweMeldingSoort", overdracht.dspWerk().name());
        aanvulling.put("nieuweMeldingToelichting", overdracht.notitie());
        if (overdracht.uitvaldatum() != null) {
            aanvulling.put(Variabelen.NIEUWE_UITSCHRIJFDATUM, Variabelen.alsDate(overdracht.uitvaldatum()));
        }
        if (overdracht.startkwalificatieVaststellen()) {
            aanvulling.put(SK_VASTSTELLEN, true);
        }
        if (starter.voegToeAanLopend(dossier, overdracht.dspWerk(), VsvWerkprocessen::vanHetDoorstroompunt,
                () -> aanvulling).isEmpty() && werkprocessen.findByDossierIdAndAfgeslotenOpIsNullOrderByGestartOp(
                dossier.getId()).stream().noneMatch(VsvWerkprocessen::vanHetDoorstroompunt)) {
            if (overdracht.dspWerk() == Verzuimsoort.VSV) {
                start(dossier, overdracht.uitvaldatum());
            } else {
                startVerzuim18(dossier, overdracht);
            }
        }
        overdrachten.findById(overdracht.overdrachtId()).orElseThrow().opgepakt(Instant.now(clock));
    }

    /**
     * An enrolled pupil handed over at 18 (MAS §2): verzuim 18+ work on which the LPA was acting, so the Doorstroompunt
     * contacts Jongere and school as when a school wants action (MAS §8). The same contact for a Jongere without school
     * whose startkwalificatie is unknown: the consulent establishes it, and the de-registration date is there for the
     * VsvTraject that starts when there is none (decision dsp-overdracht Rule_05).
     */
    private void startVerzuim18(Dossier dossier, OverdrachtAanDoorstroompunt overdracht) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("actieGewenst", true);
        variabelen.put("meldingsdatum", Variabelen.alsDate(LocalDate.now(clock)));
        variabelen.put("overdrachtNotitie", overdracht.notitie());
        variabelen.put(SK_VASTSTELLEN, overdracht.startkwalificatieVaststellen());
        if (overdracht.uitvaldatum() != null) {
            variabelen.put(Variabelen.NIEUWE_UITSCHRIJFDATUM, Variabelen.alsDate(overdracht.uitvaldatum()));
        }
        starter.start(dossier, Verzuimsoort.VERZUIM_18PLUS, false, VERZUIM18, Team.DOORSTROOMPUNT, LocalDate.now(clock),
                werkproces -> variabelen);
    }

    private static boolean vanHetDoorstroompunt(Werkproces werkproces) {
        return PROCES.equals(werkproces.getProcesKey()) || VERZUIM18.equals(werkproces.getProcesKey());
    }

    /** A move within the regio changes nothing here; to another regio the open traject is handed over. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void verhuisd(JongereVerhuisd verhuizing) {
        var vorige = gemeenten.findById(verhuizing.vorigeGemeenteId()).orElseThrow();
        var nieuwe = gemeenten.findById(verhuizing.nieuweGemeenteId()).orElseThrow();
        if (vorige.getRegio().getId().equals(nieuwe.getRegio().getId())) {
            return;
        }
        trajecten.findByDossierId(verhuizing.dossierId())
                .map(VsvTraject::getWerkproces)
                .filter(w -> w != null && w.isOpen())
                .ifPresent(w -> runtime.createMessageCorrelation(VERHUISD)
                        .processInstanceId(w.getProcessInstanceId())
                        .setVariable(NIEUW_DOSSIER, verhuizing.nieuwDossierId())
                        .correlateAllWithResult());
    }
}
