package nl.schoolverzuim.toegang;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.schoolverzuim.web.ApiExceptionHandler;

/**
 * Checks every request before anything reads it:
 * <ul>
 * <li>A Content-Type that names no format ({@code *}{@code /*}) or cannot be read is 415, not a 500 further on.</li>
 * <li>{@code /engine-rest} answers personal data: never stored by a browser or proxy ({@code Cache-Control: no-store}).
 * </li>
 * <li>A change through {@code /engine-rest} (POST, PUT, PATCH, DELETE) comes from a script, the Camunda Modeler or
 * the same site, never from another website: a browser would send the officer's remembered HTTP Basic login along
 * with a form posted from elsewhere. It is refused when the browser says it comes from another site
 * ({@code Sec-Fetch-Site}, {@code Origin}), and its body must be JSON, which no form can send without the browser
 * asking the server first (no CORS is allowed). Only the uploads (a deployment, a file variable, an attachment) take
 * {@code multipart/form-data}, guarded by the origin check.</li>
 * </ul>
 */
class VerzoekFilter extends OncePerRequestFilter {

    static final String ENGINE_REST = "/engine-rest";

    private static final Set<String> WIJZIGINGEN = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Camunda REST endpoints that take an upload as multipart/form-data by design. */
    private static final Pattern UPLOADS = Pattern.compile(ENGINE_REST
            + "(/deployment/create|/.+/(variables|localVariables)/[^/]+/data|/task/[^/]+/attachment/create)");

    private final ObjectMapper json;

    VerzoekFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MediaType formaat;
        try {
            formaat = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException onleesbaar) {
            schrijf(response, ApiExceptionHandler.nietOndersteundFormaat(MediaType.APPLICATION_JSON_VALUE));
            return;
        }
        if (formaat != null && (formaat.isWildcardType() || formaat.isWildcardSubtype())) {
            schrijf(response, ApiExceptionHandler.nietOndersteundFormaat(MediaType.APPLICATION_JSON_VALUE));
            return;
        }
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (pad.equals(ENGINE_REST) || pad.startsWith(ENGINE_REST + "/")) {
            response = new NietBewaren(response);
            if (WIJZIGINGEN.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
                if (vanAndereSite(request)) {
                    schrijf(response, ApiExceptionHandler.probleem(HttpStatus.FORBIDDEN, "Geen toegang",
                            "Een wijziging via /engine-rest kan niet vanaf een andere website worden verstuurd"));
                    return;
                }
                boolean upload = UPLOADS.matcher(pad).matches();
                if (heeftBody(request, formaat) && !MediaType.APPLICATION_JSON.isCompatibleWith(formaat)
                        && !(upload && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(formaat))) {
                    schrijf(response, ApiExceptionHandler.nietOndersteundFormaat(upload
                            ? MediaType.APPLICATION_JSON_VALUE + " of " + MediaType.MULTIPART_FORM_DATA_VALUE
                            : MediaType.APPLICATION_JSON_VALUE));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Cache-Control no-store, whatever Camunda's resources set (they send no-cache, which still stores). */
    private static final class NietBewaren extends HttpServletResponseWrapper {

        NietBewaren(HttpServletResponse response) {
            super(response);
            super.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }

        @Override
        public void setHeader(String naam, String waarde) {
            if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(naam)) {
                super.setHeader(naam, waarde);
            }
        }

        @Override
        public void addHeader(String naam, String waarde) {
            if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(naam)) {
                super.addHeader(naam, waarde);
            }
        }
    }

    private static boolean heeftBody(HttpServletRequest request, MediaType formaat) {
        return formaat != null || request.getContentLengthLong() > 0
                || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /**
     * Whether a browser says the request comes from another site. Browsers send {@code Sec-Fetch-Site} (and
     * {@code Origin} with every cross-site POST); scripts and the Modeler send neither and pass.
     */
    static boolean vanAndereSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String herkomst = request.getHeader(HttpHeaders.ORIGIN);
        if (herkomst == null) {
            return false;
        }
        try {
            URI uri = URI.create(herkomst);
            int poort = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return !(request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == poort);
        } catch (IllegalArgumentException onleesbaar) {
            return true; // "null" (a sandboxed page) or garbage: not this site
        }
    }

    private void schrijf(HttpServletResponse response, ProblemDetail probleem) throws IOException {
        response.setStatus(probleem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), probleem);
    }
}
