package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The engine moves from history level {@code full} (id 3) to {@code schoolverzuim} (id 20,
 * nl.schoolverzuim.engine.SchoolverzuimHistoryLevel). The engine refuses to start when its configured level differs
 * from the one stored in ACT_GE_PROPERTY, so an existing database is told first; Flyway runs before the engine. A new
 * database has no engine tables yet and the engine stores the level itself.
 */
public class V7__HistorieniveauSchoolverzuim extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection verbinding = context.getConnection();
        if (!bestaat(verbinding, "act_ge_property") && !bestaat(verbinding, "ACT_GE_PROPERTY")) {
            return;
        }
        try (Statement statement = verbinding.createStatement()) {
            statement.executeUpdate("update ACT_GE_PROPERTY set VALUE_ = '20' where NAME_ = 'historyLevel' and VALUE_ = '3'");
        }
    }

    private static boolean bestaat(Connection verbinding, String tabel) throws SQLException {
        try (ResultSet tabellen = verbinding.getMetaData().getTables(verbinding.getCatalog(), null, tabel, null)) {
            return tabellen.next();
        }
    }
}
