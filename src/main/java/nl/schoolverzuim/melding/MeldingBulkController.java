package nl.schoolverzuim.melding;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.web.ApiExceptionHandler;

/**
 * {@code POST /api/meldingen/bulk}: many meldingen at once, for instance a DUO batch, with an outcome per row.
 * Same role as single intake (SecurityConfiguration guards every POST under /api/meldingen).
 */
@RestController
@RequestMapping("/api/meldingen")
@Tag(name = "Meldingen")
class MeldingBulkController {

    private final BulkIntake bulk;
    private final ObjectMapper json;
    private final int maxMeldingen;
    private final long maxBytes;

    MeldingBulkController(BulkIntake bulk, ObjectMapper json,
                          @Value("${schoolverzuim.bulk.max-meldingen:10000}") int maxMeldingen,
                          @Value("${schoolverzuim.bulk.max-grootte:16MB}") DataSize maxGrootte) {
        this.bulk = bulk;
        this.json = json;
        this.maxMeldingen = maxMeldingen;
        this.maxBytes = maxGrootte.toBytes();
    }

    /** The request body, for the API description; the rows are read one by one so a bad row spoils only itself. */
    record BulkVerzoek(List<NieuweMelding> meldingen) {
    }

    @PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Veel meldingen tegelijk ontvangen, met een uitkomst per regel",
            description = """
                    Elke regel wordt beoordeeld als een losse melding (POST /api/meldingen) en krijgt status AANGEMAAKT \
                    (met id en location), DUBBEL (meldingnummer al ontvangen, of eerder in dezelfde invoer), ONGELDIG \
                    (met errors per veld) of MISLUKT (onverwachte fout; niets van die regel bewaard, later opnieuw \
                    sturen). Een meldingnummer is hier verplicht, zodat dezelfde invoer nogmaals sturen niets dubbel \
                    aanmaakt. Geldige regels worden per batch in één transactie opgeslagen.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = BulkVerzoek.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Uitkomst per regel met samenvatting"),
                    @ApiResponse(responseCode = "400", description = "Geen JSON, of geen lijst meldingen",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "413", description = "Te veel meldingen of te groot verzoek",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<BulkIntake.Resultaat> ontvang(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new TeGrootException();
        }
        JsonNode body;
        try (InputStream invoer = new BegrensdeInvoer(request.getInputStream(), maxBytes, TeGrootException::new)) {
            body = json.readTree(invoer);
        } catch (JsonProcessingException e) {
            throw new OngeldigeInvoerException(List.of(new VeldFout("", "de body is geen geldige JSON")));
        }
        JsonNode rijen = body == null ? null : body.get("meldingen");
        if (rijen == null || !rijen.isArray() || rijen.isEmpty()) {
            throw new OngeldigeInvoerException(List.of(new VeldFout("meldingen", "is verplicht: een lijst van meldingen")));
        }
        if (rijen.size() > maxMeldingen) {
            throw new TeGrootException();
        }
        return ResponseEntity.ok(bulk.ontvang(rijen.valueStream().toList()));
    }

    @ExceptionHandler(TeGrootException.class)
    ResponseEntity<ProblemDetail> teGroot() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiExceptionHandler.probleem(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot",
                        "Stuur hoogstens " + maxMeldingen + " meldingen en " + DataSize.ofBytes(maxBytes).toMegabytes()
                                + " MB per verzoek; verdeel de invoer over meer verzoeken"));
    }

    /** Over the size limit, also when the client sends no Content-Length (chunked). */
    private static final class TeGrootException extends IOException {
    }
}
