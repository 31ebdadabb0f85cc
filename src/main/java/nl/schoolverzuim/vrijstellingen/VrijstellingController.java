package nl.schoolverzuim.vrijstellingen;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Gemeenten;
import nl.schoolverzuim.web.ApiExceptionHandler;
import nl.schoolverzuim.web.Paginering;

/** The public vrijstellingen contract, {@code ../shared/api/vrijstellingen.md} (MAS §7). */
@RestController
@RequestMapping("/api/vrijstellingen")
@Tag(name = "Vrijstellingen", description = "Beroep op vrijstelling, besluit, intrekking en export naar DUO")
class VrijstellingController {

    private final VrijstellingAanvragen aanvragen;
    private final VrijstellingTellingen tellingen;
    private final Gemeenten gemeenten;

    VrijstellingController(VrijstellingAanvragen aanvragen, VrijstellingTellingen tellingen, Gemeenten gemeenten) {
        this.aanvragen = aanvragen;
        this.tellingen = tellingen;
        this.gemeenten = gemeenten;
    }

    record BesluitVerzoek(String besluit, String motivering) {
    }

    record IntrekkingVerzoek(String reden) {
    }

    record Lijst(List<VrijstellingView> vrijstellingen, int pagina, int grootte, long totaal) {
    }

    @PostMapping
    @Operation(summary = "Een beroep op vrijstelling registreren, toetsen aan de wet en het werkproces starten")
    ResponseEntity<VrijstellingView> registreer(@RequestBody NieuweVrijstelling aanvraag) {
        Vrijstelling vrijstelling = aanvragen.registreer(aanvraag);
        return ResponseEntity.created(URI.create("/api/vrijstellingen/" + vrijstelling.getId()))
                .body(VrijstellingView.van(vrijstelling, aanvragen.label(vrijstelling.getGrond())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Een vrijstelling opvragen (de inzage in het dossier wordt gelogd)")
    VrijstellingView vrijstelling(@PathVariable Long id) {
        Vrijstelling vrijstelling = aanvragen.lees(id, "GET /api/vrijstellingen/{id}");
        return VrijstellingView.van(vrijstelling, aanvragen.label(vrijstelling.getGrond()));
    }

    @GetMapping
    @Operation(summary = "Vrijstellingen van de eigen gemeenten, te filteren op gemeente, actief op een dag en grond")
    Lijst lijst(@RequestParam(required = false) String gemeente, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actiefOp,
                @RequestParam(required = false) String grond, @RequestParam(defaultValue = "0") int pagina,
                @RequestParam(defaultValue = "50") int grootte) {
        Paginering.controleer(pagina, grootte);
        Gemeente gekozen = null;
        if (gemeente != null && !gemeente.isBlank()) {
            gekozen = gemeenten.zoek(gemeente).orElseThrow(() -> new OngeldigeInvoerException(List.of(
                    new VeldFout("gemeente", "is geen bekende gemeente (naam of CBS-code)"))));
        }
        Grond gekozenGrond = null;
        if (grond != null && !grond.isBlank()) {
            try {
                gekozenGrond = Grond.valueOf(grond.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new OngeldigeInvoerException(List.of(new VeldFout("grond",
                        "is onbekend; kies uit ART_3B, ART_5A, ART_5B, ART_5C, ART_15")));
            }
        }
        Page<Vrijstelling> gevonden = aanvragen.zoek(gekozen, actiefOp, gekozenGrond, pagina, grootte);
        return new Lijst(gevonden.getContent().stream()
                .map(v -> VrijstellingView.van(v, aanvragen.label(v.getGrond()))).toList(),
                pagina, grootte, gevonden.getTotalElements());
    }

    @PostMapping("/{id}/besluit")
    @Operation(summary = "Het besluit van de leerplichtambtenaar: VERLENEN of AFWIJZEN, met motivering")
    VrijstellingView besluit(@PathVariable Long id, @RequestBody BesluitVerzoek verzoek) {
        Vrijstelling vrijstelling = aanvragen.besluit(id, verzoek.besluit(), verzoek.motivering());
        return VrijstellingView.van(vrijstelling, aanvragen.label(vrijstelling.getGrond()));
    }

    @PostMapping("/{id}/intrekking")
    @Operation(summary = "Een verleende vrijstelling intrekken, met reden")
    VrijstellingView intrekking(@PathVariable Long id, @RequestBody IntrekkingVerzoek verzoek) {
        Vrijstelling vrijstelling = aanvragen.trekIn(id, verzoek.reden());
        return VrijstellingView.van(vrijstelling, aanvragen.label(vrijstelling.getGrond()));
    }

    /**
     * DUO's vrijstellingenregister (MAS §7): exactly the granted vrijstellingen in force on some day of the period, in
     * the contract's columns; the gemeentecode is the 4-digit CBS code of the woongemeente.
     */
    @GetMapping(value = "/duo-export", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "Export voor het vrijstellingenregister van DUO (CSV)")
    ResponseEntity<byte[]> duoExport(@RequestParam(required = false) String van,
                                     @RequestParam(required = false) String tot) {
        List<VeldFout> fouten = new java.util.ArrayList<>();
        LocalDate begin = datum(van, "van", fouten);
        LocalDate einde = datum(tot, "tot", fouten);
        if (begin != null && einde != null && einde.isBefore(begin)) {
            fouten.add(new VeldFout("tot", "mag niet voor van liggen"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        StringBuilder csv = new StringBuilder("bsn;grond;ingangsdatum;einddatum;gemeentecode;besluitdatum\n");
        for (Vrijstelling v : aanvragen.actiefTussen(begin, einde)) {
            csv.append(tekst(v.getDossier().getJongere().getBsn())).append(';')
                    .append(v.getGrond().name()).append(';')
                    .append(v.getIngangsdatum()).append(';')
                    .append(tekst(v.getEinddatum())).append(';')
                    .append(v.getDossier().getBekendeWoongemeente().getCbsCode().replaceFirst("^GM", "")).append(';')
                    .append(tekst(v.getBesluitdatum())).append('\n');
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** MAS §9: vrijstellingen per article and gemeente in a school year, the shape of [000] Tabel 2A. */
    @GetMapping("/tellingen")
    @Operation(summary = "Vrijstellingen per artikel en gemeente in een schooljaar, voor het jaarverslag")
    VrijstellingTellingen.Tellingen tellingen(@RequestParam(required = false) String schooljaar,
                                              @RequestParam(required = false) String regio) {
        return tellingen.tel(schooljaar, regio);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiExceptionHandler.probleem(HttpStatus.CONFLICT, "Niet mogelijk", e.getMessage()));
    }

    private static LocalDate datum(String waarde, String veld, List<VeldFout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new VeldFout(veld, "is verplicht"));
            return null;
        }
        try {
            return LocalDate.parse(waarde.strip());
        } catch (java.time.format.DateTimeParseException e) {
            fouten.add(new VeldFout(veld, "is geen geldige datum (JJJJ-MM-DD)"));
            return null;
        }
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : waarde.toString();
    }
}
