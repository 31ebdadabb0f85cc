package nl.schoolverzuim.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Camunda's REST API gets the remembered login with groups and tenants, so its filter queries neither. */
class CamundaRestAanmeldingTest {

    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    ProcessEngine engine = mock(ProcessEngine.class);
    CamundaRestAanmelding aanmelding = new CamundaRestAanmelding(
            new CamundaIdentityAuthenticationProvider(identity, Duration.ofMinutes(1)));

    @BeforeEach
    void camunda() {
        Group groep = mock(Group.class);
        when(groep.getId()).thenReturn("leerplicht-aalten");
        Tenant tenant = mock(Tenant.class);
        when(tenant.getId()).thenReturn("achterhoek");
        when(identity.checkPassword("lpa-aalten", "goed:met:dubbelepunt")).thenReturn(true);
        when(identity.createGroupQuery().groupMember("lpa-aalten").list()).thenReturn(List.of(groep));
        when(identity.createTenantQuery().userMember("lpa-aalten").includingGroupsOfUser(true).list())
                .thenReturn(List.of(tenant));
    }

    AuthenticationResult met(String kop) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("Authorization")).thenReturn(kop);
        return aanmelding.extractAuthenticatedUser(request, engine);
    }

    static String basic(String gebruikerEnWachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString(gebruikerEnWachtwoord.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eenGoedeLoginGeeftGebruikerGroepenEnTenantsEnWordtOnthouden() {
        for (int i = 0; i < 2; i++) {
            AuthenticationResult resultaat = met(basic("lpa-aalten:goed:met:dubbelepunt"));
            assertThat(resultaat.isAuthenticated()).isTrue();
            assertThat(resultaat.getAuthenticatedUser()).isEqualTo("lpa-aalten");
            assertThat(resultaat.getGroups()).containsExactly("leerplicht-aalten");
            assertThat(resultaat.getTenants()).containsExactly("achterhoek");
        }
        verify(identity, times(1)).checkPassword("lpa-aalten", "goed:met:dubbelepunt");
    }

    @Test
    void zonderGeldigeBasicKopGeenLogin() {
        assertThat(met(null).isAuthenticated()).isFalse();
        assertThat(met("Bearer abc").isAuthenticated()).isFalse();
        assertThat(met("Basic !!geen-base64!!").isAuthenticated()).isFalse();
        assertThat(met(basic("zonder-dubbelepunt")).isAuthenticated()).isFalse();
        assertThat(met(basic(":alleen-wachtwoord")).isAuthenticated()).isFalse();
        AuthenticationResult fout = met(basic("lpa-aalten:fout"));
        assertThat(fout.isAuthenticated()).isFalse();
        assertThat(fout.getAuthenticatedUser()).isEqualTo("lpa-aalten");
    }
}
