package nl.schoolverzuim.toegang;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Users and groups live in Camunda identity (issue 2), so the same login works in Tasklist and in our API. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    CamundaIdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String gebruiker = authentication.getName();
        Object wachtwoord = authentication.getCredentials();
        if (wachtwoord == null || !identity.checkPassword(gebruiker, wachtwoord.toString())) {
            throw new BadCredentialsException("Onjuiste gebruikersnaam of wachtwoord");
        }
        List<GrantedAuthority> groepen = identity.createGroupQuery().groupMember(gebruiker).list().stream()
                .map(Group::getId)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(gebruiker, null, groepen);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
