package nl.schoolverzuim.melding;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** Who may send and read what the intake stored on a real PostgreSQL 16, the production database. */
class IntakeToegangPostgresTest extends IntakeToegangTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "intake_toegang");
    }
}
