package nl.schoolverzuim.dossier;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.organisatie.Teams.Team;

/**
 * Whether the Doorstroompunt has a part in a Dossier (MAS §2, §8, §10): a DSP werkproces of the Jongere, running or
 * ended, or the hand-off at 18 being prepared by the LPA. Only then does a consulent read the Dossier; the
 * leerplicht Dossiers of the rest of the regio (a 5-year-old's too) stay with the LPAs.
 */
@Service
public class DoorstroompuntBetrokken {

    /** A module whose werkproces prepares a hand-off to the Doorstroompunt (the LPA's task a month before 18). */
    public interface Overdracht {

        boolean inVoorbereiding(Long dossierId);
    }

    private final WerkprocesRepository werkprocessen;
    private final List<Overdracht> overdrachten;

    DoorstroompuntBetrokken(WerkprocesRepository werkprocessen, List<Overdracht> overdrachten) {
        this.werkprocessen = werkprocessen;
        this.overdrachten = overdrachten;
    }

    @Transactional(readOnly = true)
    public boolean bij(Long dossierId) {
        return werkprocessen.existsByDossierIdAndTeam(dossierId, Team.DOORSTROOMPUNT)
                || overdrachten.stream().anyMatch(overdracht -> overdracht.inVoorbereiding(dossierId));
    }
}
