package nl.schoolverzuim.rapportage;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** {@link JaarverslagTests} on a real PostgreSQL 16, the production database: the report's SQL runs on both. */
class JaarverslagPostgresTest extends JaarverslagTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "jaarverslag");
    }
}
