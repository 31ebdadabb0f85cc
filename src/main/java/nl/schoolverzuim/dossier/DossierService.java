package nl.schoolverzuim.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Teams.Team;

@Service
public class DossierService {

    private final JongereRepository jongeren;
    private final DossierRepository dossiers;
    private final Verhuizingen verhuizingen;
    private final JongereSloten sloten;
    private final Clock clock;

    DossierService(JongereRepository jongeren, DossierRepository dossiers, Verhuizingen verhuizingen,
                   JongereSloten sloten, Clock clock) {
        this.sloten = sloten;
        this.jongeren = jongeren;
        this.dossiers = dossiers;
        this.verhuizingen = verhuizingen;
        this.clock = clock;
    }

    /**
     * The Dossier of this Jongere in the melding's woongemeente (MAS §1), created with the Jongere on the first
     * melding. Recognised by BSN, or else by name and date of birth within that gemeente when neither side
     * contradicts by BSN. Concurrent intakes about the same Jongere take turns here ({@link JongereSloten}) until
     * their transactions end.
     * <p>
     * A melding never changes who reads existing werkprocessen (MAS §10). One about a known Jongere that names
     * another woongemeente is that gemeente's: it gets its own Dossier of the Jongere, and the move is reported to
     * {@code team} of the old woongemeente, whose confirmation alone moves the Jongere ({@link Verhuizingen}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Dossier dossierVoor(Persoonsgegevens gegevens, Team team, LocalDate meldingsdatum) {
        // Before looking: meldingen about one new Jongere arriving together must find the one the first created.
        sloten.vergrendel(List.of(gegevens));
        Gemeente gemeente = gegevens.woongemeente();
        Jongere jongere = herken(gegevens);
        if (jongere == null) {
            jongere = new Jongere(gegevens.bsn(), gegevens.voornaam(), gegevens.achternaam(),
                    gegevens.geboortedatum(), gemeente);
            jongere.neemFeitenOver(gegevens);
            jongere = jongeren.save(jongere);
            return dossiers.save(new Dossier(jongere, gemeente, Instant.now(clock)));
        }
        if (jongere.woontIn(gemeente)) {
            jongere.werkBij(gegevens);
            return dossierIn(jongere, gemeente);
        }
        jongere.neemFeitenOver(gegevens);
        Dossier nieuw = dossierIn(jongere, gemeente);
        verhuizingen.gemeld(dossierIn(jongere, jongere.getWoongemeente()), nieuw, team, meldingsdatum);
        return nieuw;
    }

    private Dossier dossierIn(Jongere jongere, Gemeente gemeente) {
        return dossiers.findByJongereAndGemeente(jongere, gemeente)
                .orElseGet(() -> dossiers.save(new Dossier(jongere, gemeente, Instant.now(clock))));
    }

    /**
     * By BSN first, in any gemeente; else by name and date of birth among the Jongeren this gemeente has a Dossier
     * of, unless both sides have a BSN (then they are different people). Never by name across gemeenten: a
     * namesake elsewhere is no reason to tell another gemeente about this melding (MAS §10).
     */
    private Jongere herken(Persoonsgegevens gegevens) {
        List<Jongere> kandidaten = jongeren.findKandidaten(gegevens.bsn(), gegevens.voornaam(), gegevens.achternaam(),
                gegevens.geboortedatum(), gegevens.woongemeente());
        return kandidaten.stream()
                .filter(kandidaat -> gegevens.bsn() != null && gegevens.bsn().equals(kandidaat.getBsn()))
                .findFirst()
                .or(() -> kandidaten.stream()
                        .filter(kandidaat -> kandidaat.getBsn() == null || gegevens.bsn() == null)
                        .findFirst())
                .orElse(null);
    }
}
