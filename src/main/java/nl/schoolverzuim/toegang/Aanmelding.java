package nl.schoolverzuim.toegang;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.bind.annotation.GetMapping;

import nl.schoolverzuim.web.Pagina;

/**
 * Our login page ({@code templates/aanmelden.html}): one login for our pages and Camunda's webapps. Spring Security
 * checks the form against Camunda identity ({@link CamundaIdentityAuthenticationProvider}) and keeps the user in the
 * session; after it the user returns to the page they asked for, or the start page.
 */
@Pagina
class Aanmelding {

    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String GEBRUIKERSNAAM = "gebruikersnaam";
    static final String WACHTWOORD = "wachtwoord";
    /** The part after {@code #} of the address asked for (a browser never sends it): static/js/aanmelden.js. */
    static final String FRAGMENT = "fragment";

    @GetMapping(LOGIN)
    String aanmelden(Authentication gebruiker) {
        return gebruiker == null || gebruiker instanceof AnonymousAuthenticationToken ? "aanmelden" : "redirect:/";
    }

    /**
     * Back to the page asked for before the login, with its {@code #} part: Tasklist opens a task from
     * {@code /camunda/app/tasklist/default/#/?task=…}, which the browser keeps on the login page but does not send.
     */
    static final class TerugNaVerzoek extends SimpleUrlAuthenticationSuccessHandler {

        /** Only an in-page address of the webapps' routes: no scheme, host or script can be slipped in. */
        private static final Pattern VEILIG_FRAGMENT = Pattern.compile("#/[A-Za-z0-9/?=&_.,%:-]{0,500}");

        private final RequestCache verzoeken = new HttpSessionRequestCache();

        TerugNaVerzoek() {
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws IOException, ServletException {
            SavedRequest gevraagd = verzoeken.getRequest(request, response);
            if (gevraagd == null) {
                super.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            verzoeken.removeRequest(request, response);
            clearAuthenticationAttributes(request);
            String fragment = request.getParameter(FRAGMENT);
            String doel = gevraagd.getRedirectUrl();
            if (fragment != null && VEILIG_FRAGMENT.matcher(fragment).matches() && !doel.contains("#")) {
                doel += fragment;
            }
            getRedirectStrategy().sendRedirect(request, response, doel);
        }
    }
}
