package nl.schoolverzuim.toegang;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Samenwerkingsverband;
import nl.schoolverzuim.organisatie.Teams;

/**
 * Who may see whose data (MAS §10): an LPA the Jongeren of their own gemeente, a consulent those of their regio, a
 * teamleider those of the teams they are a member of, the beheerder everyone; a procesontwerper no Dossier at all.
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

    /** The teams whose work {@code gebruiker} sees: their own groups, or null for the beheerder (every team). */
    public static Set<String> teamsVan(Authentication gebruiker) {
        Set<String> groepen = groepen(gebruiker);
        return groepen.contains(Teams.BEHEERDER) ? null : groepen;
    }

    public boolean magDossierZien(Authentication gebruiker, Gemeente woongemeente) {
        Set<String> groepen = groepen(gebruiker);
        return groepen.contains(Teams.BEHEERDER) || werktVoor(groepen, woongemeente);
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

    private static Set<String> groepen(Authentication gebruiker) {
        if (gebruiker == null) {
            return Set.of();
        }
        return gebruiker.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
