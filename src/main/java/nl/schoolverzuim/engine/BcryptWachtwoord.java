package nl.schoolverzuim.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords of Camunda identity as bcrypt, stored as {@code {BCRYPT}$2a$...}: slow on purpose, so a stolen user table
 * does not give the passwords away as Camunda's default single round of salted SHA-512 does.
 * <p>
 * Camunda hands over its own salt followed by the password. bcrypt reads at most 72 bytes (Spring refuses more), so
 * the input is first condensed to its SHA-256 (44 characters in Base64): a long password counts in full.
 */
public class BcryptWachtwoord implements PasswordEncryptor {

    /** The prefix Camunda stores before the hash, and by which it picks this encryptor to check it. */
    public static final String ALGORITME = "BCRYPT";

    private final BCryptPasswordEncoder bcrypt;

    public BcryptWachtwoord(int sterkte) {
        this.bcrypt = new BCryptPasswordEncoder(sterkte);
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(verkort(password));
    }

    @Override
    public boolean check(String password, String encrypted) {
        return bcrypt.matches(verkort(password), encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITME;
    }

    private static String verkort(String wachtwoord) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(wachtwoord.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java-installatie", e);
        }
    }
}
