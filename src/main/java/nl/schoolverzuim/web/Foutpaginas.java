package nl.schoolverzuim.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the servlet container sends to {@code /error} (a refused role, an unknown address, a failure): a page
 * in the shared layout ({@code templates/error/fout.html}) for a browser, application/problem+json in Dutch for our
 * API, {@code /engine-rest} and anything that does not ask for HTML. Replaces Spring Boot's English error page and
 * its JSON, which is not problem+json. A failure's own text never reaches the page: it may hold a BSN (MAS §10).
 */
@Pagina
class Foutpaginas implements ErrorController {

    /** What a status means to the reader: a heading and a sentence. */
    record Uitleg(String titel, String tekst) {
    }

    private final Navigatie navigatie;

    Foutpaginas(Navigatie navigatie) {
        this.navigatie = navigatie;
    }

    @RequestMapping("/error")
    Object fout(HttpServletRequest verzoek, Authentication aanmelding) {
        HttpStatus status = status(verzoek.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        Uitleg uitleg = uitleg(status);
        if (!wilHtml(verzoek, (String) verzoek.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiExceptionHandler.probleem(status, uitleg.titel(), uitleg.tekst()));
        }
        return pagina(status, uitleg, aanmelding);
    }

    /** The page for {@code status}, with the header of every page. */
    ModelAndView pagina(HttpStatus status, Uitleg uitleg, Authentication aanmelding) {
        ModelAndView pagina = new ModelAndView("error/fout", status);
        pagina.addObject("status", status.value());
        pagina.addObject("uitleg", uitleg);
        pagina.addObject("gebruiker", navigatie.gebruiker(aanmelding));
        pagina.addObject("links", navigatie.links(aanmelding));
        return pagina;
    }

    static Uitleg uitleg(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> new Uitleg("Ongeldige invoer", "Het verzoek klopt niet. Ga terug en probeer het opnieuw.");
            case UNAUTHORIZED -> new Uitleg("Niet ingelogd", "Log in om deze pagina te zien.");
            case FORBIDDEN -> new Uitleg("Geen toegang", "U hebt geen toegang tot deze pagina. Denkt u dat u die wel "
                    + "nodig hebt voor uw werk, vraag het dan aan uw teamleider.");
            case NOT_FOUND -> new Uitleg("Niet gevonden", "Deze pagina bestaat niet (meer). Controleer het adres of ga "
                    + "terug naar de vorige pagina.");
            case METHOD_NOT_ALLOWED -> new Uitleg("Niet toegestaan", "Deze handeling kan op deze pagina niet.");
            case PAYLOAD_TOO_LARGE -> new Uitleg("Verzoek te groot", "Wat u verstuurt is te groot.");
            default -> status.is4xxClientError()
                    ? new Uitleg("Verzoek niet uitgevoerd", "Het verzoek kon niet worden uitgevoerd.")
                    : new Uitleg("Er ging iets mis", "Er ging bij ons iets mis; er is niets half opgeslagen. Probeer "
                    + "het later opnieuw. Blijft het misgaan, meld het dan aan de beheerder.");
        };
    }

    private static HttpStatus status(Object code) {
        HttpStatus status = code instanceof Integer getal ? HttpStatus.resolve(getal) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** Scripts and the REST APIs get problem+json whatever they accept; a browser asks for HTML. */
    private static boolean wilHtml(HttpServletRequest verzoek, String pad) {
        if (pad != null && (pad.startsWith("/api/") || pad.equals("/api") || pad.startsWith("/engine-rest")
                || pad.startsWith("/camunda/api/"))) {
            return false;
        }
        String accept = verzoek.getHeader(HttpHeaders.ACCEPT);
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }
}
