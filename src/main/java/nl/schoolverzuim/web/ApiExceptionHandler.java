package nl.schoolverzuim.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;

/**
 * Every error of the project's own REST API as application/problem+json (RFC 9457), in Dutch.
 * Rejected values are never echoed: they may hold a BSN (MAS §10).
 */
@RestControllerAdvice(basePackages = "nl.schoolverzuim")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException e) {
        return ResponseEntity.badRequest().body(ongeldigeInvoer(e.fouten()));
    }

    @ExceptionHandler(NietGevondenException.class)
    ResponseEntity<ProblemDetail> nietGevonden(NietGevondenException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(probleem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage()));
    }

    @ExceptionHandler(GeenToegangException.class)
    ResponseEntity<ProblemDetail> geenToegang(GeenToegangException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(probleem(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> verkeerdType(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ongeldigeInvoer(
                List.of(new VeldFout(e.getName(), "heeft niet de verwachte vorm"))));
    }

    @ExceptionHandler(VerzoekTeGrootException.class)
    ResponseEntity<ProblemDetail> teGroot(VerzoekTeGrootException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(probleem(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot", e.getMessage()));
    }

    /** A body in another format than the endpoint reads (text/plain, a form, XML). */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(nietOndersteundFormaat(e.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
                        : e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                        .collect(Collectors.joining(" of "))));
    }

    /** 415 in Dutch, naming the format the endpoint does read. */
    public static ProblemDetail nietOndersteundFormaat(String ondersteund) {
        return probleem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Formaat niet ondersteund",
                "Stuur de body als " + ondersteund + " (kop Content-Type)");
    }

    /** Unreadable JSON or a value of the wrong type: name the field Jackson stopped at. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof VerzoekTeGrootException teGroot) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(probleem(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot", teGroot.getMessage()));
        }
        VeldFout fout = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? new VeldFout(veldpad(mapping), "heeft niet het verwachte type")
                : new VeldFout("", "de body is geen geldige JSON");
        return ResponseEntity.badRequest().body(ongeldigeInvoer(List.of(fout)));
    }

    public static ProblemDetail ongeldigeInvoer(List<VeldFout> fouten) {
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "Een of meer velden voldoen niet aan de regels: "
                        + fouten.stream().map(VeldFout::field).distinct().collect(Collectors.joining(", ")));
        probleem.setProperty("errors", fouten);
        return probleem;
    }

    public static ProblemDetail probleem(HttpStatus status, String titel, String detail) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, detail);
        probleem.setTitle(titel);
        probleem.setType(URI.create("about:blank"));
        return probleem;
    }

    /** The field Jackson stopped at, written as the errors list names fields: {@code jongere.bsn}, {@code regels[2]}. */
    public static String veldpad(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
