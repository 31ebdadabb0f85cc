package nl.schoolverzuim.dossier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.toegang.Toegang;

/**
 * Who reads a Dossier (MAS §10): the teams of its gemeente, and after a confirmed move those of the Jongere's new
 * woongemeente ({@link Dossier#gemeentenMetInzage}); who works for a gemeente is {@link Toegang}'s rule. Read access
 * follows the Dossier and so its werkprocessen, not the Jongere's woongemeente alone: a melding from another gemeente
 * changes neither. The Doorstroompunt of the regio reads it only where it has a part in it (MAS §10).
 */
@Component
public class DossierToegang {

    private final Toegang toegang;
    private final DoorstroompuntBetrokken doorstroompunt;

    DossierToegang(Toegang toegang, DoorstroompuntBetrokken doorstroompunt) {
        this.toegang = toegang;
        this.doorstroompunt = doorstroompunt;
    }

    /** The Doorstroompunt only where it has a part in the Dossier ({@link DoorstroompuntBetrokken}). */
    public boolean magLezen(Authentication gebruiker, Dossier dossier) {
        return dossier.gemeentenMetInzage().stream().anyMatch(gemeente -> toegang.magDossierZien(gebruiker, gemeente,
                () -> doorstroompunt.bij(dossier.getId())));
    }

    /** Throws unless the current user may read the Dossier; the refusal names no gemeente (MAS §10). */
    public void controleer(Dossier dossier) {
        if (!magLezen(SecurityContextHolder.getContext().getAuthentication(), dossier)) {
            throw new GeenToegangException("U mag dit dossier niet inzien: het hoort niet bij een gemeente of regio "
                    + "waarvoor u werkt");
        }
    }
}
