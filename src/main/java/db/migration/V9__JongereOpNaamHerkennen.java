package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 8: every intake asks whether the Jongere is known, by BSN or else by name and date of birth in any case
 * ({@code JongereRepository.findKandidaten}). The index of V1 on (geboortedatum, achternaam) cannot serve
 * {@code lower(achternaam)}, so PostgreSQL read every Jongere born that day. On PostgreSQL the index is on the
 * lower-cased names instead: one probe. H2 (demo and tests) has no expression indexes and keeps V1's.
 */
public class V9__JongereOpNaamHerkennen extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create index ix_jongere_geboortedatum_naam on jongere "
                    + "(geboortedatum, lower(achternaam), lower(voornaam))");
            statement.execute("drop index ix_jongere_naam_geboortedatum");
        }
    }
}
