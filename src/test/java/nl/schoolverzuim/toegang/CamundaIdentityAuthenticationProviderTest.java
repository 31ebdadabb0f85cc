package nl.schoolverzuim.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** The remembered API login: only a correct password is remembered, only for its window. */
class CamundaIdentityAuthenticationProviderTest {

    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);

    @BeforeEach
    void camunda() {
        Group groep = mock(Group.class);
        when(groep.getId()).thenReturn("leerplicht-aalten");
        when(identity.checkPassword("lpa-aalten", "goed")).thenReturn(true);
        when(identity.createGroupQuery().groupMember("lpa-aalten").list()).thenReturn(List.of(groep));
    }

    static UsernamePasswordAuthenticationToken login(String wachtwoord) {
        return UsernamePasswordAuthenticationToken.unauthenticated("lpa-aalten", wachtwoord);
    }

    @Test
    void eenGoedeLoginWordtBinnenHetVensterNietOpnieuwBijCamundaGecontroleerd() {
        var provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ofMinutes(1));

        for (int i = 0; i < 3; i++) {
            assertThat(provider.authenticate(login("goed")).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("leerplicht-aalten");
        }
        verify(identity, times(1)).checkPassword("lpa-aalten", "goed");
    }

    @Test
    void eenFoutWachtwoordGaatAltijdNaarCamundaOokNaEenGoedeLogin() {
        var provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ofMinutes(1));
        provider.authenticate(login("goed"));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("fout"))).isInstanceOf(BadCredentialsException.class);
        }
        verify(identity, times(2)).checkPassword("lpa-aalten", "fout");
        assertThatThrownBy(() -> provider.authenticate(login(null))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void naHetVensterOfZonderVensterControleertCamundaOpnieuw() {
        var zonder = new CamundaIdentityAuthenticationProvider(identity, Duration.ZERO);
        zonder.authenticate(login("goed"));
        zonder.authenticate(login("goed"));
        verify(identity, times(2)).checkPassword("lpa-aalten", "goed");

        // A locked or changed password: Camunda now refuses, and the expired window no longer lets it through.
        var kort = new CamundaIdentityAuthenticationProvider(identity, Duration.ofNanos(1));
        kort.authenticate(login("goed"));
        when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
        assertThatThrownBy(() -> kort.authenticate(login("goed"))).isInstanceOf(BadCredentialsException.class);
    }
}
