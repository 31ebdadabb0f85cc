package nl.schoolverzuim.thuiszitters;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.schoolverzuim.web.Pagina;

/** The page with the kept thuiszitters overviews (every 3 months by default) and their CSV downloads (MAS §6). */
@Pagina
@PreAuthorize("hasAnyAuthority('teamleider', 'camunda-admin')")
class ThuiszittersPagina {

    private final ThuiszittersOverzichten overzichten;
    private final ProcessEngine engine;

    ThuiszittersPagina(ThuiszittersOverzichten overzichten, ProcessEngine engine) {
        this.overzichten = overzichten;
        this.engine = engine;
    }

    @GetMapping("/thuiszitters")
    @Transactional(readOnly = true)
    String pagina(Authentication gebruiker, Model model) {
        model.addAttribute("overzichten", overzichten.zichtbaarVoor(gebruiker).stream()
                .map(o -> new Regel(o.getId(), o.getSamenwerkingsverband().getNaam(), o.getPeildatum(), o.getAantal()))
                .toList());
        model.addAttribute("bewaard", ThuiszittersOverzichten.BEWAARD);
        model.addAttribute("cyclus", overzichten.cyclus(engine));
        return "thuiszitters";
    }

    /** Read inside the transaction, so the template touches no lazy association. */
    record Regel(Long id, String samenwerkingsverband, LocalDate peildatum, long aantal) {
    }
}
