package nl.schoolverzuim.start;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.web.Navigatie;
import nl.schoolverzuim.web.Pagina;
import nl.schoolverzuim.werkvoorraad.Werkvoorraad;

/**
 * {@code /} ({@code templates/start.html}): what the signed-in user may open, the same links as the header
 * ({@link Navigatie}), and their open work from the werkvoorraad read model. Camunda's welcome page is not used
 * ({@code camunda.bpm.webapp.index-redirect-enabled: false}).
 */
@Pagina
class Startpagina {

    private final Werkvoorraad werkvoorraad;

    Startpagina(Werkvoorraad werkvoorraad) {
        this.werkvoorraad = werkvoorraad;
    }

    @GetMapping("/")
    String start(Authentication gebruiker, Model model) {
        Set<String> groepen = gebruiker.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        List<Navigatie.Link> links = Navigatie.links(groepen);
        model.addAttribute("paginas", links);
        // Work in numbers only for who has an inbox: the links then include the werkvoorraad.
        if (links.stream().anyMatch(link -> link.adres().equals("/werkvoorraad"))) {
            model.addAttribute("tellingen", werkvoorraad.tellingen(gebruiker.getName(), Toegang.teamsVan(gebruiker)));
        }
        return "start";
    }
}
