package nl.schoolverzuim.doorstroompunt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.DossierRepository;
import nl.schoolverzuim.dossier.JongereVerhuisd;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesStarter;
import nl.schoolverzuim.leerplicht.DspOverdrachtRepository;
import nl.schoolverzuim.leerplicht.OverdrachtAanDoorstroompunt;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Teams.Team;

/**
 * Starts doorstroompunt-vsv werkprocessen: on the hand-off at 18 (MAS §2), after a re-approach or transfer, and after
 * a de-registration during verzuim 18+ or zorg en preventie (MAS §8); and transfers a traject when the Jongere moves
 * to another regio. Listeners run in the transaction that published the event, so nothing is half-done.
 */
@Component
public class VsvWerkprocessen {

    public static final String PROCES = "doorstroompunt-vsv";
    static final String VERHUISD = "verhuisd-andere-regio";
    /** The new woongemeente's Dossier of the Jongere, where the transferred traject continues. */
    static final String NIEUW_DOSSIER = "nieuwDossierId";

    private final WerkprocesStarter starter;
    private final DossierRepository dossiers;
    private final DspOverdrachtRepository overdrachten;
    private final GemeenteRepository gemeenten;
    private final VsvTrajectRepository trajecten;
    private final RuntimeService runtime;
    private final Clock clock;

    VsvWerkprocessen(WerkprocesStarter starter, DossierRepository dossiers, DspOverdrachtRepository overdrachten,
                     GemeenteRepository gemeenten, VsvTrajectRepository trajecten, RuntimeService runtime, Clock clock) {
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

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void overdrachtOpAchttien(OverdrachtAanDoorstroompunt overdracht) {
        Dossier dossier = dossiers.findWithJongereById(overdracht.dossierId()).orElseThrow();
        start(dossier, LocalDate.now(clock));
        overdrachten.findById(overdracht.overdrachtId()).orElseThrow().opgepakt(Instant.now(clock));
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
