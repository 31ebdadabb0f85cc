package nl.schoolverzuim.toegang;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * HTTP Basic for Camunda's REST API ({@code /engine-rest}) through the same remembered login as our own API: Camunda's
 * own provider checks the password and then queries groups and tenants on every request, three transactions per
 * task an officer completes. The engine still applies its authorizations to the user and groups given.
 */
class CamundaRestAanmelding implements AuthenticationProvider {

    /** The same reading of the HTTP Basic header as on our own API. */
    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    private final CamundaIdentityAuthenticationProvider aanmeldingen;

    CamundaRestAanmelding(CamundaIdentityAuthenticationProvider aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        UsernamePasswordAuthenticationToken basic;
        try {
            basic = BASIC.convert(request);
        } catch (AuthenticationException onleesbaar) {
            return AuthenticationResult.unsuccessful();
        }
        if (basic == null || basic.getName().isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        String gebruiker = basic.getName();
        CamundaIdentityAuthenticationProvider.Aanmelding aanmelding =
                aanmeldingen.controleer(gebruiker, String.valueOf(basic.getCredentials()));
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
