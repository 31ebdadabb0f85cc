package nl.schoolverzuim.toezicht;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** The same oversight on PostgreSQL 16, the production database the aggregate queries are tuned for. */
class ToezichtPostgresTest extends ToezichtTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "toezicht");
    }
}
