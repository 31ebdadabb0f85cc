package nl.schoolverzuim.melding;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** Intake under concurrency and BSN-free logging on a real PostgreSQL 16, the production database. */
class IntakeGelijktijdigPostgresTest extends IntakeGelijktijdigTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "intake_gelijktijdig");
    }
}
