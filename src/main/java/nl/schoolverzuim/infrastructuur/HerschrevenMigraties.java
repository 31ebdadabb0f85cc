package nl.schoolverzuim.infrastructuur;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * History rows that an earlier text or layout of the migrations left behind, turned into the rows the present ones
 * write, before Flyway validates; without this a database that ran the earlier ones would refuse to start:
 * <ul>
 * <li>migrations whose comment was reworded after they ran (Flyway's checksum covers comments);</li>
 * <li>Java migrations that became SQL per database ({@code db/vendor/h2}, {@code db/vendor/postgresql}): the same
 * statements, now with a script and checksum. On H2 the PostgreSQL-only ones did nothing and have no migration any
 * more, so their rows go;</li>
 * <li>the engine's migrations, renumbered from 1000 so that no version means one thing in one history and another in
 * the other.</li>
 * </ul>
 * Only a row equal in every field Flyway validates (version, description, type, script, checksum) is changed; a
 * migration changed in any other way still fails validation. Registered on every Flyway of the application: the
 * project's tables ({@code flyway_schema_history}) and the engine's ({@code flyway_engine_history}).
 */
@Component
public class HerschrevenMigraties implements Callback {

    static final String PROJECT = "flyway_schema_history";
    static final String ENGINE = "flyway_engine_history";
    static final String H2 = "H2";
    static final String POSTGRESQL = "PostgreSQL";

    /** A row of a Flyway history as far as validation reads it; a Java migration has no checksum. */
    record Rij(String versie, String beschrijving, String type, String script, Integer checksum) {

        static Rij sql(String versie, String beschrijving, String script, int checksum) {
            return new Rij(versie, beschrijving, "SQL", script, checksum);
        }

        static Rij java(String versie, String klasse) {
            return new Rij(versie, klasse.substring(klasse.indexOf("__") + 2), "JDBC", "db.migration." + klasse, null);
        }
    }

    /**
     * On a database of product {@code database} ({@code null}: any), in history {@code tabel}: the earlier row and
     * the row it becomes, or {@code null} where the present layout has no migration for it on that database.
     */
    record Herschreven(String database, String tabel, Rij voor, Rij na) {
    }

    private static final Rij V7_H2 = Rij.sql("7", "historieniveau schoolverzuim",
            "V7__historieniveau_schoolverzuim.sql", -1683426590);
    private static final Rij V7_POSTGRESQL = Rij.sql("7", "historieniveau schoolverzuim",
            "V7__historieniveau_schoolverzuim.sql", 1279410032);
    private static final Rij V1001 = Rij.sql("1001", "act ru task parent task id",
            "V1001__act_ru_task_parent_task_id.sql", 1053897298);

    static final List<Herschreven> HERSCHREVEN = List.of(
            new Herschreven(null, PROJECT, Rij.sql("5", "werkvoorraad", "V5__werkvoorraad.sql", -142239718),
                    Rij.sql("5", "werkvoorraad", "V5__werkvoorraad.sql", 961411953)),
            new Herschreven(null, PROJECT, Rij.sql("8", "toezicht", "V8__toezicht.sql", 712738872),
                    Rij.sql("8", "toezicht", "V8__toezicht.sql", -899045806)),
            new Herschreven(H2, PROJECT, Rij.java("7", "V7__HistorieniveauSchoolverzuim"), V7_H2),
            new Herschreven(POSTGRESQL, PROJECT, Rij.java("7", "V7__HistorieniveauSchoolverzuim"), V7_POSTGRESQL),
            new Herschreven(H2, PROJECT, Rij.java("9", "V9__JongereOpNaamHerkennen"), null),
            new Herschreven(POSTGRESQL, PROJECT, Rij.java("9", "V9__JongereOpNaamHerkennen"),
                    Rij.sql("9", "jongere op naam herkennen", "V9__jongere_op_naam_herkennen.sql", -2124387902)),
            new Herschreven(H2, PROJECT, Rij.java("11", "V11__GemeenteOpNaamVinden"), null),
            new Herschreven(POSTGRESQL, PROJECT, Rij.java("11", "V11__GemeenteOpNaamVinden"),
                    Rij.sql("11", "gemeente op naam vinden", "V11__gemeente_op_naam_vinden.sql", -68136526)),
            new Herschreven(POSTGRESQL, ENGINE, Rij.sql("7", "act ru task parent task id",
                    "V7__act_ru_task_parent_task_id.sql", 1133376413), V1001),
            new Herschreven(POSTGRESQL, ENGINE, Rij.sql("7", "act ru task parent task id",
                    "V7__act_ru_task_parent_task_id.sql", 1053897298), V1001),
            new Herschreven(POSTGRESQL, ENGINE, Rij.sql("10", "historisch leesrecht opruimbaar",
                    "V10__historisch_leesrecht_opruimbaar.sql", -118246305),
                    Rij.sql("1002", "historisch leesrecht opruimbaar", "V1002__historisch_leesrecht_opruimbaar.sql",
                            -118246305)));

    private static final String GELIJK = " where \"version\" = ? and \"description\" = ? and \"type\" = ?"
            + " and \"script\" = ? and \"checksum\" is not distinct from ? and \"success\"";

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
            String database = verbinding.getMetaData().getDatabaseProductName();
            for (Herschreven migratie : HERSCHREVEN) {
                if (migratie.tabel().equals(tabel)
                        && (migratie.database() == null || migratie.database().equals(database))) {
                    herschrijf(verbinding, tabel, migratie);
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Eerdere migraties niet bijgewerkt in " + tabel, e);
        }
    }

    private static void herschrijf(Connection verbinding, String tabel, Herschreven migratie) throws SQLException {
        Rij na = migratie.na();
        String sql = na == null
                ? "delete from \"" + tabel + "\"" + GELIJK
                : "update \"" + tabel + "\" set \"version\" = ?, \"description\" = ?, \"type\" = ?, \"script\" = ?,"
                        + " \"checksum\" = ?" + GELIJK;
        try (PreparedStatement statement = verbinding.prepareStatement(sql)) {
            int kolom = 1;
            if (na != null) {
                kolom = zet(statement, kolom, na);
            }
            zet(statement, kolom, migratie.voor());
            statement.executeUpdate();
        }
    }

    private static int zet(PreparedStatement statement, int kolom, Rij rij) throws SQLException {
        statement.setString(kolom, rij.versie());
        statement.setString(kolom + 1, rij.beschrijving());
        statement.setString(kolom + 2, rij.type());
        statement.setString(kolom + 3, rij.script());
        if (rij.checksum() == null) {
            statement.setNull(kolom + 4, Types.INTEGER);
        } else {
            statement.setInt(kolom + 4, rij.checksum());
        }
        return kolom + 5;
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
