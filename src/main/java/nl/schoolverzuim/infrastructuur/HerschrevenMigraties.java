package nl.schoolverzuim.infrastructuur;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Applied SQL migrations whose comment was reworded after they ran. Flyway's checksum covers comments, so a database
 * that ran the earlier text would refuse to start on the new one; before Flyway validates, the stored checksum of
 * exactly that earlier text becomes the new one. A migration changed in any other way still fails validation.
 * Registered on every Flyway of the application: the project's tables and the engine's ({@code flyway_engine_history}).
 */
@Component
public class HerschrevenMigraties implements Callback {

    /** One reworded migration: the history table it ran in, its version, and its checksum before and after. */
    record Herschreven(String tabel, String versie, int voor, int na) {
    }

    static final List<Herschreven> HERSCHREVEN = List.of(
            new Herschreven("flyway_schema_history", "5", -142239718, 961411953),
            new Herschreven("flyway_schema_history", "8", 712738872, -899045806),
            new Herschreven("flyway_engine_history", "7", 1133376413, 1053897298));

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String tabel = context.getConfiguration().getTable();
        Connection verbinding = context.getConnection();
        try {
            if (!bestaat(verbinding, tabel)) {
                return;
            }
            for (Herschreven migratie : HERSCHREVEN) {
                if (migratie.tabel().equals(tabel)) {
                    try (PreparedStatement update = verbinding.prepareStatement("update \"" + tabel
                            + "\" set \"checksum\" = ? where \"version\" = ? and \"checksum\" = ?")) {
                        update.setInt(1, migratie.na());
                        update.setString(2, migratie.versie());
                        update.setInt(3, migratie.voor());
                        update.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Checksums van herschreven migraties niet bijgewerkt in " + tabel, e);
        }
    }

    /** Flyway creates its history table on the first migrate; before that there is nothing to mend. */
    private static boolean bestaat(Connection verbinding, String tabel) throws SQLException {
        try (ResultSet tabellen = verbinding.getMetaData().getTables(verbinding.getCatalog(), null, tabel, null)) {
            return tabellen.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "herschreven-migraties";
    }
}
