package nl.schoolverzuim.dossier;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.domein.NietGevondenException;

@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Dossiers", description = "Alles over één jongere")
class DossierController {

    private final DossierLezer lezer;
    private final DossierRepository dossiers;
    private final DossierInzage inzage;

    DossierController(DossierLezer lezer, DossierRepository dossiers, DossierInzage inzage) {
        this.lezer = lezer;
        this.dossiers = dossiers;
        this.inzage = inzage;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Een dossier opvragen, met meldingen, werkprocessen, besluiten en tijdlijn (de inzage wordt gelogd)")
    DossierView dossier(@PathVariable Long id) {
        return lezer.lees(id, "GET /api/dossiers/{id}");
    }

    @GetMapping("/{id}/inzage")
    @PreAuthorize("hasAuthority('privacy')")
    @Operation(summary = "Wie dit dossier wanneer heeft ingezien (alleen de privacyrol, MAS §10)")
    List<DossierInzage.Inzage> inzage(@PathVariable Long id) {
        dossiers.findById(id).orElseThrow(() -> new NietGevondenException("Dossier", id));
        return inzage.van(id);
    }
}
