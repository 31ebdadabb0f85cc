package nl.schoolverzuim.toegang;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tasklist, Cockpit and Admin take the user of our session (Camunda's "container-based authentication"): the
 * principal Spring Security puts on the request, with the Camunda groups it signed in with, so Camunda's own login
 * form is never needed. The webapps keep their own session state, authorizations and CSRF protection.
 */
final class WebappAanmelding implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Principal principal = request.getUserPrincipal();
        if (!(principal instanceof Authentication aanmelding) || !aanmelding.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult resultaat = AuthenticationResult.successful(aanmelding.getName());
        // The groups as Camunda identity gave them at login; the tenants Camunda looks up itself (left null).
        List<String> groepen = aanmelding.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        resultaat.setGroups(groepen);
        return resultaat;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // No challenge: the browser signs in on our login page (SecurityConfiguration sends it there).
    }

    /** Camunda's filter with this provider instead of one it instantiates by class name. */
    static final class Filter extends ContainerBasedAuthenticationFilter {

        Filter() {
            this.authenticationProvider = new WebappAanmelding();
        }

        @Override
        public void init(FilterConfig filterConfig) {
            // The provider is set in the constructor.
        }
    }

    /**
     * Camunda's logout button ({@code POST /camunda/api/admin/auth/user/{engine}/logout}) signs out of the webapps
     * only; once Camunda accepted it (its CSRF check included), this ends the whole session, our pages too.
     */
    static final class Afmelden implements jakarta.servlet.Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(request, response);
            HttpServletRequest verzoek = (HttpServletRequest) request;
            int status = ((HttpServletResponse) response).getStatus();
            if ("POST".equals(verzoek.getMethod()) && verzoek.getRequestURI().endsWith("/logout")
                    && status / 100 == 2) {
                HttpSession sessie = verzoek.getSession(false);
                if (sessie != null) {
                    sessie.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
    }
}
