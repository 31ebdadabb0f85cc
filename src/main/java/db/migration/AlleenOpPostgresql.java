package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration for PostgreSQL only: indexes on expressions such as {@code lower(naam)}, which H2 (demo and tests)
 * does not have; H2 keeps the plain indexes of the SQL migrations. Abstract, so Flyway does not take it for a version.
 */
abstract class AlleenOpPostgresql extends BaseJavaMigration {

    @Override
    public final void migrate(Context context) throws SQLException {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }

    abstract List<String> statements();
}
