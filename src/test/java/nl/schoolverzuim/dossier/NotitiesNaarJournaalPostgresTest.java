package nl.schoolverzuim.dossier;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** The move of earlier versions' notes into the journal on a real PostgreSQL, the production database. */
class NotitiesNaarJournaalPostgresTest extends NotitiesNaarJournaalTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "notities_journaal");
    }
}
