package nl.schoolverzuim.vrijstellingen;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.dossier.DossierInzage;
import nl.schoolverzuim.dossier.DossierToegang;
import nl.schoolverzuim.web.ApiExceptionHandler;

/** Verlof outside the school holidays, {@code ../shared/api/vrijstellingen.md} (MAS §7). */
@RestController
@RequestMapping("/api/verlofaanvragen")
@Tag(name = "Verlof", description = "Verlof buiten de schoolvakanties van meer dan 10 schooldagen")
class VerlofController {

    private final VerlofAanvragen verlof;
    private final VerlofAanvraagRepository aanvragen;
    private final DossierToegang toegang;
    private final DossierInzage inzage;

    VerlofController(VerlofAanvragen verlof, VerlofAanvraagRepository aanvragen, DossierToegang toegang,
                     DossierInzage inzage) {
        this.verlof = verlof;
        this.aanvragen = aanvragen;
        this.toegang = toegang;
        this.inzage = inzage;
    }

    record Aangemaakt(Long id, Long dossierId, Long werkprocesId, int schooldagen) {
    }

    record VerlofView(Long id, Long dossierId, Long werkprocesId, LocalDate van, LocalDate tot, int schooldagen,
                      String reden, LocalDate aanvraagdatum, String status, LocalDate besluitdatum,
                      String motivering) {
    }

    @PostMapping
    @Operation(summary = "Verlof van meer dan 10 schooldagen aanvragen; tot en met 10 beslist de directeur (422)")
    ResponseEntity<Aangemaakt> aanvragen(@RequestBody NieuweVerlofaanvraag aanvraag) {
        VerlofAanvragen.Aangevraagd nieuw = verlof.aanvragen(aanvraag);
        return ResponseEntity.created(URI.create("/api/verlofaanvragen/" + nieuw.id()))
                .body(new Aangemaakt(nieuw.id(), nieuw.dossierId(), nieuw.werkprocesId(), nieuw.schooldagen()));
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    @Operation(summary = "Een verlofaanvraag opvragen (de inzage in het dossier wordt gelogd)")
    VerlofView aanvraag(@PathVariable Long id) {
        VerlofAanvraag aanvraag = aanvragen.findById(id).orElseThrow(() -> new NietGevondenException("Verlofaanvraag", id));
        toegang.controleer(aanvraag.getDossier());
        inzage.registreer(aanvraag.getDossier().getId(), "GET /api/verlofaanvragen/{id}");
        return new VerlofView(aanvraag.getId(), aanvraag.getDossier().getId(),
                aanvraag.getWerkproces() == null ? null : aanvraag.getWerkproces().getId(), aanvraag.getVan(),
                aanvraag.getTot(), aanvraag.getSchooldagen(), aanvraag.getReden(), aanvraag.getAanvraagdatum(),
                aanvraag.getStatus().name(), aanvraag.getBesluitdatum(), aanvraag.getMotivering());
    }

    /** Contract: up to 10 school days is the director's; 422 naming the number, nothing stored. */
    @ExceptionHandler(VerlofAanvragen.VoorDeDirecteur.class)
    ResponseEntity<ProblemDetail> voorDeDirecteur(VerlofAanvragen.VoorDeDirecteur e) {
        ProblemDetail probleem = ApiExceptionHandler.probleem(HttpStatus.UNPROCESSABLE_ENTITY,
                "Verlof beslist door de directeur", e.getMessage());
        probleem.setProperty("schooldagen", e.schooldagen());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
    }
}
