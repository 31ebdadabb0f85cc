package nl.schoolverzuim.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * New passwords as bcrypt ({@link BcryptWachtwoord}); older hashes ({@code {SHA-512}}, {@code {SHA}}) still verify,
 * since Camunda always keeps its own algorithms for checking, and are replaced at the next correct login
 * ({@link WachtwoordVernieuwendeIdentiteit}). The lock-out after wrong passwords is configured in application.yml.
 */
@Component
class WachtwoordPlugin extends AbstractProcessEnginePlugin {

    private final int sterkte;

    WachtwoordPlugin(@Value("${schoolverzuim.wachtwoord.bcrypt-sterkte:10}") int sterkte) {
        this.sterkte = sterkte;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setPasswordEncryptor(new BcryptWachtwoord(sterkte));
        configuratie.setIdentityProviderSessionFactory(
                new GenericManagerFactory(WachtwoordVernieuwendeIdentiteit.class));
    }
}
