package nl.schoolverzuim.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.testsupport.IntegratieTest;

/**
 * A database that ran a migration before its comment was reworded starts on the new text; one whose migration was
 * changed in another way still does not.
 */
@IntegratieTest
class HerschrevenMigratiesTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eenEerdereToelichtingWordtAanvaardEnEenAndereWijzigingNiet() {
        for (HerschrevenMigraties.Herschreven migratie : HerschrevenMigraties.HERSCHREVEN) {
            if (migratie.tabel().equals("flyway_schema_history")) {
                assertThat(checksum(migratie.versie())).as("wat Flyway nu berekent").isEqualTo(migratie.na());
                zet(migratie.versie(), migratie.voor());
            }
        }

        flyway.validate();

        for (HerschrevenMigraties.Herschreven migratie : HerschrevenMigraties.HERSCHREVEN) {
            if (migratie.tabel().equals("flyway_schema_history")) {
                assertThat(checksum(migratie.versie())).isEqualTo(migratie.na());
            }
        }
        zet("5", 12345);
        try {
            assertThatThrownBy(flyway::validate).isInstanceOf(FlywayValidateException.class);
        } finally {
            zet("5", HerschrevenMigraties.HERSCHREVEN.get(0).na());
        }
    }

    private Integer checksum(String versie) {
        return jdbc.queryForObject("select \"checksum\" from \"flyway_schema_history\" where \"version\" = ?",
                Integer.class, versie);
    }

    private void zet(String versie, int checksum) {
        jdbc.update("update \"flyway_schema_history\" set \"checksum\" = ? where \"version\" = ?", checksum, versie);
    }
}
