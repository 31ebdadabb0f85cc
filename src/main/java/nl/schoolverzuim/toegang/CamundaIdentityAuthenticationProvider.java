package nl.schoolverzuim.toegang;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Users and groups live in Camunda identity, so the same login works in Tasklist, in our API and in
 * Camunda's REST API ({@link CamundaRestAanmelding}).
 * <p>
 * API clients send HTTP Basic with every request; checking it against Camunda costs three database transactions each
 * time (password, groups, tenants). A successful login is therefore remembered for
 * {@code schoolverzuim.api.aanmelding-geldig} (default 60 s):
 * under a keyed hash of user and password (the password itself is never kept), so only the same correct password
 * hits it. A wrong password always goes to Camunda, with its lock-out. A changed password, a locked user or a changed
 * membership takes effect within that window.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    /** Bounded memory: when this many logins are remembered, the next one starts afresh. */
    static final int MAXIMUM_ONTHOUDEN = 10_000;

    /** A correct login: the user's groups and tenants as Camunda knows them. */
    record Aanmelding(List<String> groepen, List<String> tenants) {
    }

    private record Onthouden(Aanmelding aanmelding, long geldigTot) {
    }

    private final IdentityService identity;
    private final long geldigNanos;
    private final SecretKeySpec sleutel;
    private final Map<String, Onthouden> recent = new ConcurrentHashMap<>();

    CamundaIdentityAuthenticationProvider(IdentityService identity,
                                          @Value("${schoolverzuim.api.aanmelding-geldig:60s}") Duration geldig) {
        this.identity = identity;
        this.geldigNanos = geldig.toNanos();
        byte[] geheim = new byte[32];
        new SecureRandom().nextBytes(geheim);
        this.sleutel = new SecretKeySpec(geheim, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object wachtwoord = authentication.getCredentials();
        Aanmelding aanmelding = wachtwoord == null ? null : controleer(authentication.getName(), wachtwoord.toString());
        if (aanmelding == null) {
            throw new BadCredentialsException("Onjuiste gebruikersnaam of wachtwoord");
        }
        return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                aanmelding.groepen().stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList());
    }

    /** The login of {@code gebruiker} if {@code wachtwoord} is correct (remembered within the window), else null. */
    Aanmelding controleer(String gebruiker, String wachtwoord) {
        String kenmerk = kenmerk(gebruiker, wachtwoord);
        Onthouden bekend = recent.get(kenmerk);
        if (bekend != null && bekend.geldigTot() - System.nanoTime() > 0) {
            return bekend.aanmelding();
        }
        if (!identity.checkPassword(gebruiker, wachtwoord)) {
            recent.remove(kenmerk);
            return null;
        }
        Aanmelding aanmelding = new Aanmelding(
                identity.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).toList(),
                identity.createTenantQuery().userMember(gebruiker).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId).toList());
        if (geldigNanos > 0) {
            if (recent.size() >= MAXIMUM_ONTHOUDEN) {
                recent.clear();
            }
            recent.put(kenmerk, new Onthouden(aanmelding, System.nanoTime() + geldigNanos));
        }
        return aanmelding;
    }

    private String kenmerk(String gebruiker, String wachtwoord) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            byte[] kenmerk = mac.doFinal((gebruiker + '\u0000' + wachtwoord).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(kenmerk);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 ontbreekt in deze Java-installatie", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
