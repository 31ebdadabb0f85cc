package nl.schoolverzuim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.schoolverzuim.organisatie.Teams;

/** The header of every page: the user by name and the links their role may use. */
@ControllerAdvice(annotations = Pagina.class)
class Navigatie {

    record Link(String tekst, String adres) {
    }

    private final IdentityService identity;

    Navigatie(IdentityService identity) {
        this.identity = identity;
    }

    @ModelAttribute("gebruiker")
    String gebruiker(Authentication aanmelding) {
        if (aanmelding == null) {
            return null;
        }
        User gebruiker = identity.createUserQuery().userId(aanmelding.getName()).singleResult();
        String naam = gebruiker == null ? null : Stream.of(gebruiker.getFirstName(), gebruiker.getLastName())
                .filter(deel -> deel != null && !deel.isBlank()).collect(Collectors.joining(" "));
        return naam == null || naam.isEmpty() ? aanmelding.getName() : naam;
    }

    @ModelAttribute("links")
    List<Link> links(Authentication aanmelding) {
        Set<String> groepen = aanmelding == null ? Set.of() : aanmelding.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        boolean beheerder = groepen.contains(Teams.BEHEERDER);
        boolean teamleider = beheerder || groepen.contains(Teams.TEAMLEIDER);
        boolean werk = teamleider || groepen.contains(Teams.TAFELVOORZITTER) || groepen.stream().anyMatch(groep ->
                groep.startsWith(Teams.LEERPLICHT_PREFIX) || groep.startsWith(Teams.DOORSTROOMPUNT_PREFIX));
        List<Link> links = new ArrayList<>();
        if (werk) {
            links.add(new Link("Werkvoorraad", "/camunda/app/tasklist/"));
        }
        if (teamleider) {
            links.add(new Link("Toezicht", "/toezicht"));
            links.add(new Link("Thuiszitters", "/thuiszitters"));
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
