package nl.schoolverzuim.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.engine.ExpressieFouten;

/**
 * Camunda's REST API ({@code /engine-rest}) answers 500 for every engine exception around a completion or start,
 * including an officer's bad input: a listener's refusal ({@link BadUserRequestException} thrown by our process beans,
 * wrapped by the engine as ENGINE-03051) and a variable the model needs but the request left out (the expression
 * cannot resolve it). Those are 400 here, and an id that names nothing ("Cannot find ...") is 404, as
 * application/problem+json in Dutch like our own API, with the sentence also as {@code message}, the member Camunda's
 * webapps show; a {@link Weigering} names its field in {@code errors}. Everything else keeps Camunda's own answer.
 * Registered on the starter's Jersey application and on the webapps' engine API through which Tasklist completes a
 * task ({@link WebappEngineApi}), ranked before Camunda's mappers of the same exception types.
 */
@Component
class EngineRestFouten implements ResourceConfigCustomizer {

    private static final Pattern IDENTIFIER = Pattern.compile("identifier '([^']+)'");

    private final ObjectMapper json;

    EngineRestFouten(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        registreer(config);
    }

    /** Our mappers in a Jersey application of Camunda's REST resources: /engine-rest and Tasklist's engine API. */
    void registreer(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new RestFouten());
        config.register(new EngineFouten());
    }

    /** The Dutch 400 for bad input somewhere in the causes of {@code fout}, or null when it is something else. */
    Response alsInvoerfout(Throwable fout) {
        BadUserRequestException weigering = null;
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            // The innermost refusal is the listener's own sentence; the engine may wrap it in one of its own.
            if (oorzaak instanceof BadUserRequestException gevonden) {
                weigering = gevonden;
            }
            if (oorzaak.getCause() == oorzaak) {
                break;
            }
        }
        if (weigering instanceof Weigering veld) {
            ProblemDetail probleem = ApiExceptionHandler.probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                    veld.getMessage());
            probleem.setProperty("errors", List.of(new VeldFout(veld.veld(), veld.getMessage())));
            return antwoord(probleem);
        }
        if (weigering != null) {
            return antwoord(ApiExceptionHandler.probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                    weigering.getMessage()));
        }
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof NullValueException onbekend
                    && String.valueOf(onbekend.getMessage()).startsWith("Cannot find")) {
                // The engine's own words for an id that names nothing: the caller's error, not the server's.
                return antwoord(ApiExceptionHandler.probleem(HttpStatus.NOT_FOUND, "Niet gevonden",
                        "Wat u opvraagt of wijzigt bestaat niet (meer)"));
            }
            if (ExpressieFouten.isOntbrekendeEigenschap(oorzaak)) {
                Matcher naam = IDENTIFIER.matcher(String.valueOf(oorzaak.getMessage()));
                return antwoord(ApiExceptionHandler.ongeldigeInvoer(List.of(
                        new VeldFout(naam.find() ? naam.group(1) : "variables", "is verplicht"))));
            }
            if (oorzaak.getCause() == oorzaak) {
                break;
            }
        }
        return null;
    }

    private Response antwoord(ProblemDetail probleem) {
        // Camunda's webapps show the member "message" of an error answer (Tasklist's toast): the same Dutch sentence.
        probleem.setProperty("message", probleem.getDetail());
        try {
            // Serialized here with Spring's mapper: Camunda's Jersey mapper knows no ProblemDetail.
            return Response.status(probleem.getStatus()).type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .entity(json.writeValueAsString(probleem)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Camunda's resources throw around an engine call (a completion, a start, a correlation). */
    @Priority(1)
    private class RestFouten implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException fout) {
            Response invoer = fout.getStatus() == null || fout.getStatus().getStatusCode() >= 500
                    ? alsInvoerfout(fout) : null;
            return invoer != null ? invoer : camunda.toResponse(fout);
        }
    }

    /** An engine exception that reaches Jersey unwrapped. */
    @Priority(1)
    private class EngineFouten implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException fout) {
            Response invoer = fout instanceof BadUserRequestException ? null : alsInvoerfout(fout);
            return invoer != null ? invoer : camunda.toResponse(fout);
        }
    }
}
