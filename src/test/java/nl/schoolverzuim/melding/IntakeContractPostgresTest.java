package nl.schoolverzuim.melding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** The same intake contract on a real PostgreSQL 16, the production database. */
class IntakeContractPostgresTest extends IntakeContractTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "intake");
    }

    @Test
    void draaitOpPostgresql16() {
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("16.");
    }
}
