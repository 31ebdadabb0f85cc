package nl.schoolverzuim.thuiszitters;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


/**
 * The kept 3-monthly thuiszitters overviews (MAS §6), for the teamleider (of the samenwerkingsverbanden of their
 * teams) and the beheerder.
 */
@RestController
@RequestMapping("/api/thuiszitters/overzichten")
@Tag(name = "Thuiszitters", description = "Overzichten per samenwerkingsverband")
@PreAuthorize("hasAnyAuthority('teamleider', 'camunda-admin')")
class ThuiszittersController {

    record Overzicht(Long id, String samenwerkingsverband, LocalDate peildatum, int aantal, String csv) {
    }

    private final ThuiszittersOverzichten overzichten;

    ThuiszittersController(ThuiszittersOverzichten overzichten) {
        this.overzichten = overzichten;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "De bewaarde overzichten, nieuwste eerst")
    List<Overzicht> lijst(Authentication gebruiker) {
        return overzichten.zichtbaarVoor(gebruiker).stream()
                .map(o -> new Overzicht(o.getId(), o.getSamenwerkingsverband().getNaam(), o.getPeildatum(), o.getAantal(),
                        "/api/thuiszitters/overzichten/" + o.getId() + ".csv"))
                .toList();
    }

    @GetMapping(value = "/{id}.csv", produces = "text/csv")
    @Transactional(readOnly = true)
    @Operation(summary = "Een overzicht als CSV (puntkomma, UTF-8)")
    ResponseEntity<byte[]> csv(@PathVariable Long id, Authentication gebruiker) {
        ThuiszittersOverzicht overzicht = overzichten.lees(id, gebruiker);
        String bestand = "thuiszitters-" + overzicht.getSamenwerkingsverband().getCode() + "-" + overzicht.getPeildatum() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bestand).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(overzicht.getCsv().getBytes(StandardCharsets.UTF_8));
    }
}
