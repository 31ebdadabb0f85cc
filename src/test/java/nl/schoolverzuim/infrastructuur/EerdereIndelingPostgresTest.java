package nl.schoolverzuim.infrastructuur;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** {@link EerdereIndelingTests} on PostgreSQL 16, with the expression indexes and the engine's own migrations. */
class EerdereIndelingPostgresTest extends EerdereIndelingTests {

    @Override
    String nieuweDatabase(String naam) {
        return EmbeddedPostgresDatabase.nieuweDatabase(naam);
    }

    @Override
    boolean postgresql() {
        return true;
    }

    @Override
    List<String> indexen(JdbcTemplate jdbc) {
        return jdbc.queryForList("select indexname from pg_indexes where schemaname = 'public'"
                + " and tablename not like 'act\\_%' and tablename not like 'flyway%'", String.class);
    }
}
