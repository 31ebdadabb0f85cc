package nl.schoolverzuim.brieven;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.dossier.Document;
import nl.schoolverzuim.dossier.DocumentRepository;
import nl.schoolverzuim.dossier.DossierInzage;
import nl.schoolverzuim.dossier.DossierToegang;

/**
 * A document of the Dossier as PDF, or as HTML for the preview, and recording that a final letter was sent: only for
 * who may read the Dossier, and logged as a read of it (MAS §10). A final letter is its stored PDF; a draft is
 * rendered from its HTML on request, and a text document from before the templates from its text.
 */
@RestController
@RequestMapping("/api/documenten")
@Tag(name = "Documenten", description = "Brieven en andere documenten van een dossier")
class DocumentenController {

    private final DocumentRepository documenten;
    private final DossierToegang toegang;
    private final DossierInzage inzage;
    private final Verzending verzending;

    DocumentenController(DocumentRepository documenten, DossierToegang toegang, DossierInzage inzage,
                         Verzending verzending) {
        this.documenten = documenten;
        this.toegang = toegang;
        this.inzage = inzage;
        this.verzending = verzending;
    }

    @GetMapping(value = "/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Transactional
    @Operation(summary = "Een document als PDF (de inzage wordt gelogd)")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        Document document = lees(id, "GET /api/documenten/{id}.pdf");
        byte[] pdf = document.getPdf() != null ? document.getPdf() : Pdf.van(html(document));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("document-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    @GetMapping(value = "/{id}.html", produces = MediaType.TEXT_HTML_VALUE)
    @Transactional
    @Operation(summary = "Een document als HTML, de voorvertoning (de inzage wordt gelogd)")
    ResponseEntity<String> html(@PathVariable Long id) {
        Document document = lees(id, "GET /api/documenten/{id}.html");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                // the letter's own styles only; no script runs in a preview
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(html(document));
    }

    /** What the client sends to record the sending of a final letter: ISO date and channel. */
    record VerzendingInvoer(String datum, String kanaal) {
    }

    /** The letter's line after recording: status, date and channel. */
    record VerzendingView(Long id, String status, String verzondenOp, String verzendkanaal) {
    }

    @PostMapping(value = "/{id}/verzending", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Vastleggen dat een definitieve brief is verzonden, met datum en kanaal (POST, EMAIL, OVERHANDIGD)")
    VerzendingView verzending(@PathVariable Long id, @RequestBody(required = false) VerzendingInvoer invoer) {
        VerzendingInvoer gegeven = invoer == null ? new VerzendingInvoer(null, null) : invoer;
        Document document = verzending.vastleggen(null, id, gegeven.datum(), gegeven.kanaal(),
                "POST /api/documenten/{id}/verzending");
        return new VerzendingView(document.getId(), document.getStatus().name(), document.getVerzondenOp().toString(),
                document.getVerzendkanaal().name());
    }

    private Document lees(Long id, String via) {
        Document document = documenten.findById(id).orElseThrow(() -> new NietGevondenException("Document", id));
        toegang.controleer(document.getDossier());
        inzage.registreer(document.getDossier().getId(), via);
        return document;
    }

    private static String html(Document document) {
        if (document.getHtml() != null) {
            return document.getHtml();
        }
        String tekst = HtmlUtils.htmlEscape(document.getInhoud() == null ? "" : document.getInhoud(), "UTF-8");
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + HtmlUtils.htmlEscape(document.getTitel(), "UTF-8") + "</title><style>* { font-family: '"
                + Pdf.LETTERTYPE + "'; } body { white-space: pre-wrap; font-size: 10.5pt; }</style></head><body>"
                + tekst + "</body></html>";
    }
}
