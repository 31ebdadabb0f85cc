package nl.schoolverzuim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.schoolverzuim.organisatie.Teams;

/** The header of every page: the user by name and the links their role may use. */
@ControllerAdvice(annotations = Pagina.class)
public class Navigatie {

    public record Link(String tekst, String adres) {
    }

    private final Namen namen;

    Navigatie(Namen namen) {
        this.namen = namen;
    }

    @ModelAttribute("gebruiker")
    String gebruiker(Authentication aanmelding) {
        return aanmelding == null ? null : namen.naam(aanmelding.getName());
    }

    @ModelAttribute("links")
    List<Link> links(Authentication aanmelding) {
        return aanmelding == null || !aanmelding.isAuthenticated() ? List.of() : links(aanmelding.getAuthorities()
                .stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
    }

    /** The pages and webapps a user of these groups may use, in the order of the header. */
    public static List<Link> links(Set<String> groepen) {
        boolean beheerder = groepen.contains(Teams.BEHEERDER);
        boolean teamleider = beheerder || groepen.contains(Teams.TEAMLEIDER);
        boolean werk = teamleider || groepen.contains(Teams.TAFELVOORZITTER) || groepen.stream().anyMatch(groep ->
                groep.startsWith(Teams.LEERPLICHT_PREFIX) || groep.startsWith(Teams.DOORSTROOMPUNT_PREFIX)
                        || groep.startsWith(Teams.TAFELVOORZITTER_PREFIX));
        List<Link> links = new ArrayList<>();
        if (werk) {
            links.add(new Link("Werkvoorraad", "/werkvoorraad"));
            links.add(new Link("Dossiers", "/dossiers"));
            links.add(new Link("Takenlijst", "/camunda/app/tasklist/"));
        }
        boolean leerplicht = teamleider || groepen.stream().anyMatch(groep -> groep.startsWith(Teams.LEERPLICHT_PREFIX));
        if (leerplicht) {
            links.add(new Link("Vrijstellingen", "/vrijstellingen"));
        }
        if (teamleider) {
            links.add(new Link("Toezicht", "/toezicht"));
            links.add(new Link("Thuiszitters", "/thuiszitters"));
        }
        if (leerplicht) {
            // The teamleider and the beheerder read a regio's jaarverslag, an officer that of their own gemeente.
            links.add(new Link("Jaarverslag", "/jaarverslag"));
        }
        if (teamleider || groepen.contains(Teams.PROCESONTWERPER)) {
            links.add(new Link("Cockpit", "/camunda/app/cockpit/"));
        }
        if (beheerder) {
            links.add(new Link("Beheer", "/camunda/app/admin/"));
        }
        links.add(new Link("API-documentatie", "/api-docs/ui"));
        return links;
    }
}
