package nl.schoolverzuim.vrijstellingen;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** {@link VrijstellingTellingenTests} on a real PostgreSQL 16, the production database. */
class VrijstellingTellingenPostgresTest extends VrijstellingTellingenTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "vrijstellingtellingen");
    }
}
