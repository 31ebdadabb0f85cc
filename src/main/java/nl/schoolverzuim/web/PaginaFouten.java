package nl.schoolverzuim.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;

/**
 * A page ({@link Pagina}) that refuses answers with the error page in the shared layout, not with the
 * problem+json of {@link ApiExceptionHandler}, which is for the API. Ranked before it. The domain's sentences are
 * Dutch and hold no personal data, so the page shows them.
 */
@ControllerAdvice(annotations = Pagina.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaginaFouten {

    private final Foutpaginas foutpaginas;

    PaginaFouten(Foutpaginas foutpaginas) {
        this.foutpaginas = foutpaginas;
    }

    @ExceptionHandler(GeenToegangException.class)
    ModelAndView geenToegang(GeenToegangException e, HttpServletRequest verzoek) {
        return pagina(HttpStatus.FORBIDDEN, e.getMessage(), verzoek);
    }

    @ExceptionHandler(NietGevondenException.class)
    ModelAndView nietGevonden(NietGevondenException e, HttpServletRequest verzoek) {
        return pagina(HttpStatus.NOT_FOUND, e.getMessage(), verzoek);
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ModelAndView ongeldig(OngeldigeInvoerException e, HttpServletRequest verzoek) {
        return pagina(HttpStatus.BAD_REQUEST, String.join(" ", e.fouten().stream()
                .map(fout -> fout.field() + ": " + fout.message() + ".").toList()), verzoek);
    }

    private ModelAndView pagina(HttpStatus status, String zin, HttpServletRequest verzoek) {
        Foutpaginas.Uitleg standaard = Foutpaginas.uitleg(status);
        return foutpaginas.pagina(status, new Foutpaginas.Uitleg(standaard.titel(),
                zin == null || zin.isBlank() ? standaard.tekst() : zin), verzoek.getUserPrincipal() instanceof
                Authentication aanmelding ? aanmelding : null);
    }
}
