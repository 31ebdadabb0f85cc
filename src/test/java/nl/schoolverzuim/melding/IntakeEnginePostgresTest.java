package nl.schoolverzuim.melding;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** The engine and persistence extensions an intake runs through on a real PostgreSQL 16, the production database. */
class IntakeEnginePostgresTest extends IntakeEngineTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "intake_engine");
    }
}
