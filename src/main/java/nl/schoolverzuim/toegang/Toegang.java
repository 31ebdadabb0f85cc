package nl.schoolverzuim.toegang;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Samenwerkingsverband;
import nl.schoolverzuim.organisatie.Teams;

/**
 * Who may see whose data (MAS §10): an LPA the Jongeren of their own gemeente, a consulent those of their regio the
 * Doorstroompunt has a part in, a teamleider those of the teams they are a member of, the beheerder everyone; a
 * procesontwerper no Dossier at all; processen-verbaal only the BOAs of the gemeente.
 */
@Component
public class Toegang {

    private final GemeenteRepository gemeenten;

    Toegang(GemeenteRepository gemeenten) {
        this.gemeenten = gemeenten;
    }

    public boolean magMeldingenInvoeren(Authentication gebruiker) {
        return groepen(gebruiker).stream().anyMatch(groep -> groep.startsWith(Teams.LEERPLICHT_PREFIX)
                || groep.startsWith(Teams.DOORSTROOMPUNT_PREFIX)
                || groep.equals(Teams.TEAMLEIDER) || groep.equals(Teams.BEHEERDER)
                || groep.equals(Teams.MELDINGEN_INVOER));
    }

    /**
     * Whether {@code gebruiker} may send a melding about a Jongere of {@code woongemeente}: a delivering system and the
     * beheerder for every gemeente, an officer only for the gemeenten they work for (MAS §10). Decided from the
     * gemeente the sender names alone, so a refusal tells nothing about a Jongere.
     */
    public boolean magMeldingenInvoerenVoor(Authentication gebruiker, Gemeente woongemeente) {
        Set<String> groepen = groepen(gebruiker);
        return groepen.contains(Teams.BEHEERDER) || groepen.contains(Teams.MELDINGEN_INVOER)
                || werktVoor(groepen, woongemeente);
    }

    /** The teams whose work {@code gebruiker} sees: their own groups, or null for the beheerder (every team). */
    public static Set<String> teamsVan(Authentication gebruiker) {
        Set<String> groepen = groepen(gebruiker);
        return groepen.contains(Teams.BEHEERDER) ? null : groepen;
    }

    /**
     * Least privilege (MAS §2, §10): the LPAs of the woongemeente read every Dossier of its Jongeren; the
     * Doorstroompunt of its regio only where {@code doorstroompuntBetrokken} says it has a part in it (a DSP
     * werkproces, running or ended, or the hand-off at 18 being prepared), never every leerplicht Dossier of the
     * regio. Asked only when the Doorstroompunt is the user's one way in, so an LPA's read costs no query.
     */
    public boolean magDossierZien(Authentication gebruiker, Gemeente woongemeente,
                                  BooleanSupplier doorstroompuntBetrokken) {
        Set<String> groepen = groepen(gebruiker);
        if (groepen.contains(Teams.BEHEERDER) || groepen.contains(Teams.leerplicht(woongemeente))) {
            return true;
        }
        return groepen.contains(Teams.doorstroompunt(woongemeente.getRegio())) && doorstroompuntBetrokken.getAsBoolean();
    }

    /**
     * The gemeenten whose Jongeren these teams work for, with their regio; every gemeente for {@code groepen} null
     * (the beheerder, see {@link #teamsVan}).
     */
    public List<Gemeente> gemeentenVan(Collection<String> groepen) {
        return gemeenten.findAllMetRegio().stream().filter(g -> groepen == null || werktVoor(groepen, g)).toList();
    }

    /** Whether these teams work for the Jongeren of {@code gemeente}: its LPAs or its regio's Doorstroompunt. */
    private static boolean werktVoor(Collection<String> groepen, Gemeente gemeente) {
        return groepen.contains(Teams.leerplicht(gemeente)) || groepen.contains(Teams.doorstroompunt(gemeente.getRegio()));
    }

    /**
     * The thuiszitters overview of a samenwerkingsverband names Jongeren of its gemeenten: only for the teams of
     * those gemeenten (a teamleider through their membership) and the beheerder (MAS §6, §10).
     */
    public boolean magSamenwerkingsverbandZien(Authentication gebruiker, Samenwerkingsverband samenwerkingsverband) {
        Set<String> groepen = groepen(gebruiker);
        return groepen.contains(Teams.BEHEERDER) || gemeenten.findBySamenwerkingsverbandId(samenwerkingsverband.getId())
                .stream().anyMatch(gemeente -> groepen.contains(Teams.leerplicht(gemeente)));
    }

    /**
     * Proces-verbaal data are politiegegevens (Wpg, MAS §4.3, §10): read and written only by the BOAs of the gemeente
     * whose leerplicht team ({@code teamVanWerkproces}) handles the werkproces. Not the rest of that team, not the
     * teamleider, not the beheerder: none of them is authorised under the Wpg.
     */
    public boolean isBoaVoor(Authentication gebruiker, String teamVanWerkproces) {
        String boa = Teams.boaVan(teamVanWerkproces);
        return boa != null && groepen(gebruiker).contains(boa);
    }

    /** Throws unless the current user is a BOA for this werkproces ({@link #isBoaVoor}); names no gemeente. */
    public void controleerProcesVerbaal(String teamVanWerkproces) {
        if (!isBoaVoor(SecurityContextHolder.getContext().getAuthentication(), teamVanWerkproces)) {
            throw new GeenToegangException("Alleen een BOA van de gemeente van dit werkproces mag processen-verbaal "
                    + "opmaken en inzien (Wpg, MAS §10)");
        }
    }

    private static Set<String> groepen(Authentication gebruiker) {
        if (gebruiker == null) {
            return Set.of();
        }
        return gebruiker.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
