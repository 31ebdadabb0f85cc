package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.testsupport.IntegratieTest;

/**
 * Passwords are stored as bcrypt, older hashes are replaced at the next login, and wrong passwords delay the account
 * for a while instead of locking it for good. Pins what the engine package assumes of Camunda's internal API: the
 * password manager picks the checker by the stored prefix and keeps {@code {SHA-512}}, the identity provider comes
 * from the session factory, the salt goes before the password, and the lock-out follows the login-delay settings.
 */
@IntegratieTest
class WachtwoordTest {

    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Value("${schoolverzuim.wachtwoord.bcrypt-sterkte}")
    int sterkte;

    @AfterEach
    void klok() {
        ClockUtil.reset();
    }

    String nieuweGebruiker(String wachtwoord) {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        User gebruiker = identity.newUser(id);
        gebruiker.setPassword(wachtwoord);
        identity.saveUser(gebruiker);
        return id;
    }

    String opgeslagen(String gebruiker) {
        return jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, gebruiker);
    }

    HttpStatus login(String gebruiker, String wachtwoord) {
        return HttpStatus.valueOf(http.withBasicAuth(gebruiker, wachtwoord).getForEntity("/api/werkvoorraad",
                String.class).getStatusCode().value());
    }

    @Test
    void eenNieuwWachtwoordWordtAlsBcryptOpgeslagen() {
        String gebruiker = nieuweGebruiker("geheim-1");

        assertThat(opgeslagen(gebruiker)).startsWith("{BCRYPT}$2a$%02d$".formatted(sterkte));
        assertThat(identity.checkPassword(gebruiker, "geheim-1")).isTrue();
        assertThat(identity.checkPassword(gebruiker, "geheim-2")).isFalse();
    }

    @Test
    void eenLangWachtwoordTeltHelemaalMee() {
        String lang = "x".repeat(100);
        String gebruiker = nieuweGebruiker(lang + "a");

        assertThat(identity.checkPassword(gebruiker, lang + "a")).isTrue();
        assertThat(identity.checkPassword(gebruiker, lang + "b")).isFalse();
    }

    @Test
    void eenOudeSha512HashWerktNogEnWordtBijDeVolgendeLoginBcrypt() {
        String gebruiker = nieuweGebruiker("tijdelijk");
        String zout = "0123456789abcdef";
        String sha512 = "{SHA-512}" + new Sha512HashDigest().encrypt(EncryptionUtil.saltPassword("oud-wachtwoord", zout));
        jdbc.update("update ACT_ID_USER set PWD_ = ?, SALT_ = ? where ID_ = ?", sha512, zout, gebruiker);

        assertThat(login(gebruiker, "fout")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(opgeslagen(gebruiker)).isEqualTo(sha512);
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 61_000L));
        // After a failed attempt the login clears the counter first; the one after replaces the hash.
        assertThat(identity.checkPassword(gebruiker, "oud-wachtwoord")).isTrue();
        assertThat(opgeslagen(gebruiker)).isEqualTo(sha512);
        assertThat(login(gebruiker, "oud-wachtwoord")).isEqualTo(HttpStatus.OK);

        assertThat(opgeslagen(gebruiker)).startsWith("{BCRYPT}");
        assertThat(identity.checkPassword(gebruiker, "oud-wachtwoord")).isTrue();
        assertThat(identity.checkPassword(gebruiker, "tijdelijk")).isFalse();
    }

    @Test
    void deEngineHashtMetBcryptVernieuwtBijInloggenEnLaatWachten() {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        assertThat(configuratie.getPasswordEncryptor()).isInstanceOf(BcryptWachtwoord.class);
        assertThat(configuratie.getIdentityProviderSessionFactory().getSessionType())
                .isEqualTo(WachtwoordVernieuwendeIdentiteit.class);
        assertThat(List.of(configuratie.getLoginMaxAttempts(), configuratie.getLoginDelayBase(),
                configuratie.getLoginDelayFactor(), configuratie.getLoginDelayMaxTime()))
                .containsExactly(Integer.MAX_VALUE, 3, 2, 60);
    }

    @Test
    void naVeleFouteWachtwoordenWerktHetGoedeWeerNaDeWachttijd() {
        String gebruiker = nieuweGebruiker("goed");
        ClockUtil.setCurrentTime(new Date());

        for (int i = 0; i < 25; i++) {
            assertThat(identity.checkPassword(gebruiker, "fout-" + i)).isFalse();
            // Each wrong password is counted, also while the account waits: move past the current delay.
            ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61_000L));
        }
        assertThat(identity.checkPassword(gebruiker, "fout")).isFalse();

        // During the delay even the right password is refused.
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 59_000L));
        assertThat(identity.checkPassword(gebruiker, "goed")).isFalse();
        assertThat(login(gebruiker, "goed")).isEqualTo(HttpStatus.UNAUTHORIZED);

        // Never for good: after at most 60 seconds the right password works again.
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 2_000L));
        assertThat(login(gebruiker, "goed")).isEqualTo(HttpStatus.OK);
        assertThat(identity.checkPassword(gebruiker, "goed")).isTrue();
    }

    @Test
    void deWachttijdGroeitMetElkFoutWachtwoord() {
        String gebruiker = nieuweGebruiker("goed");
        ClockUtil.setCurrentTime(new Date());
        long begin = ClockUtil.getCurrentTime().getTime();

        identity.checkPassword(gebruiker, "fout");
        ClockUtil.setCurrentTime(new Date(begin + 2_900L));
        assertThat(identity.checkPassword(gebruiker, "goed")).as("3 s na 1 fout").isFalse();
        ClockUtil.setCurrentTime(new Date(begin + 3_100L));
        identity.checkPassword(gebruiker, "fout");
        ClockUtil.setCurrentTime(new Date(begin + 3_100L + 5_900L));
        assertThat(identity.checkPassword(gebruiker, "goed")).as("6 s na 2 fouten").isFalse();
        ClockUtil.setCurrentTime(new Date(begin + 3_100L + 6_100L));
        assertThat(identity.checkPassword(gebruiker, "goed")).isTrue();
    }
}
