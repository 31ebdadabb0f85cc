package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The werkvoorraad page and the Dossier list find a Jongere by any part of the name ({@code lower(naam) like
 * '%noor%'}). On PostgreSQL trigram indexes (extension pg_trgm, trusted since PostgreSQL 13, so the database owner may
 * create it) serve that search for the beheerder's whole country too. Without the extension (or the right to create
 * it) the search reads the rows of the user's own teams, which their team index finds; so does H2 (demo and tests).
 */
public class V40_1__NaamZoekenOpPostgresql extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection verbinding = context.getConnection();
        if (!"PostgreSQL".equals(verbinding.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = verbinding.createStatement()) {
            if (trigrammen(verbinding, sql)) {
                sql.execute("create index ix_werkvoorraad_naam_trgm on werkvoorraad_taak "
                        + "using gin (lower(jongere_naam) gin_trgm_ops)");
                sql.execute("create index ix_jongere_naam_trgm on jongere "
                        + "using gin (lower(voornaam || ' ' || achternaam) gin_trgm_ops)");
            }
        }
    }

    /** Whether pg_trgm is there or could be created; a refusal (no right to create it) leaves the migration going. */
    private static boolean trigrammen(Connection verbinding, Statement sql) throws SQLException {
        try (ResultSet beschikbaar = sql.executeQuery("select 1 from pg_available_extensions where name = 'pg_trgm'")) {
            if (!beschikbaar.next()) {
                return false;
            }
        }
        Savepoint voor = verbinding.setSavepoint();
        try {
            sql.execute("create extension if not exists pg_trgm");
            verbinding.releaseSavepoint(voor);
            return true;
        } catch (SQLException geweigerd) {
            verbinding.rollback(voor);
            return false;
        }
    }
}
