package nl.schoolverzuim.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DossierService {

    private final JongereRepository jongeren;
    private final DossierRepository dossiers;
    private final ApplicationEventPublisher events;
    private final JongereSloten sloten;
    private final Clock clock;

    DossierService(JongereRepository jongeren, DossierRepository dossiers, ApplicationEventPublisher events,
                   JongereSloten sloten, Clock clock) {
        this.sloten = sloten;
        this.jongeren = jongeren;
        this.dossiers = dossiers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The one Dossier of this Jongere (MAS §1), created with the Jongere on the first melding.
     * Recognised by BSN, or else by name and date of birth when neither side contradicts by BSN. Concurrent intakes
     * about the same Jongere take turns here ({@link JongereSloten}) until their transactions end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Dossier dossierVoor(Persoonsgegevens gegevens) {
        // Before looking: meldingen about one new Jongere arriving together must find the one the first created.
        sloten.vergrendel(List.of(gegevens));
        Jongere jongere = herken(gegevens);
        if (jongere == null) {
            jongere = jongeren.save(new Jongere(gegevens.bsn(), gegevens.voornaam(), gegevens.achternaam(),
                    gegevens.geboortedatum(), gegevens.woongemeente()));
            return dossiers.save(new Dossier(jongere, Instant.now(clock)));
        }
        Long vorigeGemeente = jongere.getWoongemeente().getId();
        jongere.werkBij(gegevens);
        Jongere bekend = jongere;
        Dossier dossier = dossiers.findByJongere(bekend).orElseGet(() -> dossiers.save(new Dossier(bekend, Instant.now(clock))));
        if (!vorigeGemeente.equals(gegevens.woongemeente().getId())) {
            events.publishEvent(new JongereVerhuisd(dossier.getId(), vorigeGemeente, gegevens.woongemeente().getId()));
        }
        return dossier;
    }

    /** By BSN first; else by name and date of birth, unless both sides have a BSN (then they are different people). */
    private Jongere herken(Persoonsgegevens gegevens) {
        List<Jongere> kandidaten = jongeren.findKandidaten(gegevens.bsn(), gegevens.voornaam(), gegevens.achternaam(),
                gegevens.geboortedatum());
        return kandidaten.stream()
                .filter(kandidaat -> gegevens.bsn() != null && gegevens.bsn().equals(kandidaat.getBsn()))
                .findFirst()
                .or(() -> kandidaten.stream()
                        .filter(kandidaat -> kandidaat.getBsn() == null || gegevens.bsn() == null)
                        .findFirst())
                .orElse(null);
    }
}
