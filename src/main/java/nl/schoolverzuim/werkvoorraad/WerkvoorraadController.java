package nl.schoolverzuim.werkvoorraad;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.web.Paginering;

/**
 * {@code GET /api/werkvoorraad}: the inbox from the read model. An officer sees the tasks of their own teams only
 * (MAS §10), a teamleider those of every team they are a member of; only the beheerder sees every team.
 */
@RestController
@RequestMapping("/api/werkvoorraad")
@Tag(name = "Werkvoorraad", description = "Open taken, snel, op vervaldatum")
class WerkvoorraadController {

    record Pagina(int pagina, int grootte, List<Werkvoorraad.Taak> taken) {
    }

    private final Werkvoorraad werkvoorraad;

    WerkvoorraadController(Werkvoorraad werkvoorraad) {
        this.werkvoorraad = werkvoorraad;
    }

    @GetMapping
    @Operation(summary = "Open taken op vervaldatum, gefilterd op team, behandelaar, te laat en verzuimsoort")
    Pagina werkvoorraad(Authentication gebruiker,
                        @RequestParam(required = false) String groep,
                        @RequestParam(required = false) String toegewezenAan,
                        @RequestParam(defaultValue = "false") boolean teLaat,
                        @RequestParam(required = false) String verzuimsoort,
                        @RequestParam(defaultValue = "0") int pagina,
                        @RequestParam(defaultValue = "50") int grootte) {
        Paginering.controleer(pagina, grootte);
        Set<String> eigen = Toegang.teamsVan(gebruiker);
        if (groep != null && eigen != null && !eigen.contains(groep)) {
            throw new GeenToegangException("U hoort niet bij team " + groep + " en mag die werkvoorraad niet inzien");
        }
        Set<String> groepen = groep != null ? Set.of(groep) : eigen;
        return new Pagina(pagina, grootte, werkvoorraad.pagina(
                new Werkvoorraad.Filter(groepen, toegewezenAan, teLaat, verzuimsoort), pagina, grootte));
    }
}
