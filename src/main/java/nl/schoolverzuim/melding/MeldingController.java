package nl.schoolverzuim.melding;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.dossier.DossierInzage;
import nl.schoolverzuim.dossier.DossierToegang;
import nl.schoolverzuim.web.ApiExceptionHandler;

/** The public intake contract, {@code ../shared/api/meldingen.md}. */
@RestController
@RequestMapping("/api/meldingen")
@Tag(name = "Meldingen", description = "Ontvangst van verzuimmeldingen")
class MeldingController {

    private final IntakeService intake;
    private final MeldingRepository meldingen;
    private final DossierToegang toegang;
    private final DossierInzage inzage;

    MeldingController(IntakeService intake, MeldingRepository meldingen, DossierToegang toegang, DossierInzage inzage) {
        this.intake = intake;
        this.meldingen = meldingen;
        this.toegang = toegang;
        this.inzage = inzage;
    }

    record Aangemaakt(Long id, Long dossierId, Long werkprocesId) {
    }

    @PostMapping
    @Operation(summary = "Een melding ontvangen, aan het dossier koppelen en het werkproces starten")
    ResponseEntity<Aangemaakt> ontvang(@RequestBody NieuweMelding melding) {
        IntakeService.Ontvangen ontvangen = intake.ontvang(melding);
        return ResponseEntity.created(locatie(ontvangen.meldingId()))
                .body(new Aangemaakt(ontvangen.meldingId(), ontvangen.dossierId(), ontvangen.werkprocesId()));
    }

    @GetMapping("/{id}")
    @Transactional
    @Operation(summary = "Een melding opvragen (de inzage in het dossier wordt gelogd)")
    MeldingView melding(@PathVariable Long id) {
        Melding melding = meldingen.findDetailById(id).orElseThrow(() -> new NietGevondenException("Melding", id));
        toegang.controleer(melding.getDossier());
        inzage.registreer(melding.getDossier().getId(), "GET /api/meldingen/{id}");
        return MeldingView.van(melding);
    }

    /**
     * Where the existing melding is, only to whom may read it: a meldingnummer another gemeente received names
     * neither that melding nor its Jongere (MAS §10).
     */
    @ExceptionHandler(DubbeleMeldingException.class)
    ResponseEntity<ProblemDetail> dubbel(DubbeleMeldingException e) {
        boolean leesbaar = meldingen.findDossierVanMelding(e.bestaandeMeldingId())
                .filter(dossier -> toegang.magLezen(SecurityContextHolder.getContext().getAuthentication(), dossier))
                .isPresent();
        ProblemDetail probleem = ApiExceptionHandler.probleem(HttpStatus.CONFLICT, "Melding al ontvangen",
                leesbaar ? e.getMessage() : "Deze melding is al ontvangen");
        probleem.setProperty("errors", List.of(new VeldFout("meldingnummer", leesbaar
                ? "is al ontvangen; zie de bestaande melding" : "is al ontvangen")));
        ResponseEntity.BodyBuilder antwoord = ResponseEntity.status(HttpStatus.CONFLICT);
        if (leesbaar) {
            antwoord.location(locatie(e.bestaandeMeldingId()));
        }
        return antwoord.body(probleem);
    }

    /** Where a melding is read, as the Location of 201 and 409 and in every row of a bulk answer. */
    static URI locatie(Long meldingId) {
        return URI.create("/api/meldingen/" + meldingId);
    }
}
