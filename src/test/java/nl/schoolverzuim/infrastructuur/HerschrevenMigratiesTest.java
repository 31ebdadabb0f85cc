package nl.schoolverzuim.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.infrastructuur.HerschrevenMigraties.Herschreven;
import nl.schoolverzuim.infrastructuur.HerschrevenMigraties.Rij;
import nl.schoolverzuim.testsupport.IntegratieTest;

/**
 * A database that ran a migration before its comment was reworded, or as a Java migration, starts on the present
 * migrations; one whose migration was changed in another way still does not. On H2; the whole earlier layout on H2 and
 * PostgreSQL is in {@link EerdereIndelingTests}.
 */
@IntegratieTest
class HerschrevenMigratiesTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;

    private static List<Herschreven> opH2() {
        return HerschrevenMigraties.HERSCHREVEN.stream()
                .filter(m -> m.tabel().equals(HerschrevenMigraties.PROJECT))
                .filter(m -> m.database() == null || m.database().equals(HerschrevenMigraties.H2))
                .toList();
    }

    @Test
    void eenEerdereRijWordtDeRijVanNuEnEenAndereWijzigingNiet() {
        assertThat(opH2()).hasSize(5);
        for (Herschreven migratie : opH2()) {
            if (migratie.na() != null) {
                assertThat(rij(migratie.na().versie())).as("wat Flyway nu schrijft").isEqualTo(migratie.na());
                zet(migratie.na().versie(), migratie.voor());
            } else {
                assertThat(aantal(migratie.voor().versie())).as("op H2 geen migratie meer").isZero();
                voegToe(migratie.voor());
            }
        }

        flyway.validate();

        for (Herschreven migratie : opH2()) {
            if (migratie.na() != null) {
                assertThat(rij(migratie.na().versie())).isEqualTo(migratie.na());
            } else {
                assertThat(aantal(migratie.voor().versie())).isZero();
            }
        }
        Rij v5 = opH2().get(0).na();
        zet("5", new Rij("5", v5.beschrijving(), v5.type(), v5.script(), 12345));
        try {
            assertThatThrownBy(flyway::validate).isInstanceOf(FlywayValidateException.class);
        } finally {
            zet("5", v5);
        }
    }

    /** A Java migration's row that differs from the earlier one (here: it has a checksum) is not taken for it. */
    @Test
    void eenJavamigratieDieNietPreciesDeEerdereIsFaaltNog() {
        Rij v9 = opH2().stream().filter(m -> m.voor().versie().equals("9")).findFirst().orElseThrow().voor();
        voegToe(new Rij("9", v9.beschrijving(), v9.type(), v9.script(), 1));
        try {
            assertThatThrownBy(flyway::validate).isInstanceOf(FlywayValidateException.class);
        } finally {
            jdbc.update("delete from \"flyway_schema_history\" where \"version\" = '9'");
        }
    }

    private Rij rij(String versie) {
        return jdbc.queryForObject("select \"version\", \"description\", \"type\", \"script\", \"checksum\""
                        + " from \"flyway_schema_history\" where \"version\" = ?",
                (rs, n) -> new Rij(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5)), versie);
    }

    private int aantal(String versie) {
        return jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"version\" = ?",
                Integer.class, versie);
    }

    private void zet(String versie, Rij rij) {
        jdbc.update("update \"flyway_schema_history\" set \"version\" = ?, \"description\" = ?, \"type\" = ?,"
                        + " \"script\" = ?, \"checksum\" = ? where \"version\" = ?",
                rij.versie(), rij.beschrijving(), rij.type(), rij.script(), rij.checksum(), versie);
    }

    private void voegToe(Rij rij) {
        jdbc.update("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                        + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                        + " select max(\"installed_rank\") + 1, ?, ?, ?, ?, ?, 'sa', 0, true from \"flyway_schema_history\"",
                rij.versie(), rij.beschrijving(), rij.type(), rij.script(), rij.checksum());
    }
}
