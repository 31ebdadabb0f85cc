package nl.schoolverzuim.toegang;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * HTTP Basic for Camunda's REST API ({@code /engine-rest}) through the same remembered login as our own API: Camunda's
 * own provider checks the password and then queries groups and tenants on every request, three transactions per
 * task an officer completes (issue 8). The engine still applies its authorizations to the user and groups given.
 */
class CamundaRestAanmelding implements AuthenticationProvider {

    private final CamundaIdentityAuthenticationProvider aanmeldingen;

    CamundaRestAanmelding(CamundaIdentityAuthenticationProvider aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        String kop = request.getHeader("Authorization");
        if (kop == null || !kop.regionMatches(true, 0, "Basic ", 0, 6)) {
            return AuthenticationResult.unsuccessful();
        }
        String gebruikerEnWachtwoord;
        try {
            gebruikerEnWachtwoord = new String(Base64.getDecoder().decode(kop.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException onleesbaar) {
            return AuthenticationResult.unsuccessful();
        }
        int scheiding = gebruikerEnWachtwoord.indexOf(':');
        if (scheiding < 1) {
            return AuthenticationResult.unsuccessful();
        }
        String gebruiker = gebruikerEnWachtwoord.substring(0, scheiding);
        CamundaIdentityAuthenticationProvider.Aanmelding aanmelding =
                aanmeldingen.controleer(gebruiker, gebruikerEnWachtwoord.substring(scheiding + 1));
        if (aanmelding == null) {
            return AuthenticationResult.unsuccessful(gebruiker);
        }
        AuthenticationResult resultaat = AuthenticationResult.successful(gebruiker);
        resultaat.setGroups(aanmelding.groepen());
        resultaat.setTenants(aanmelding.tenants());
        return resultaat;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + engine.getName() + "\"");
    }

    /** Camunda's filter, with this provider instead of one it instantiates by class name (which Spring cannot wire). */
    static class Filter extends ProcessEngineAuthenticationFilter {

        Filter(CamundaRestAanmelding aanmelding) {
            this.authenticationProvider = aanmelding;
        }

        @Override
        public void init(FilterConfig filterConfig) {
            servletPathPrefix = filterConfig.getInitParameter(SERVLET_PATH_PREFIX);
        }
    }
}
