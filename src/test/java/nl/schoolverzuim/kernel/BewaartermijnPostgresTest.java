package nl.schoolverzuim.kernel;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** MAS §10 retention on PostgreSQL 16, the production database. */
class BewaartermijnPostgresTest extends BewaartermijnTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "bewaartermijn");
    }
}
