package nl.schoolverzuim.kernel;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Flyway migrations on Camunda's own tables ({@code db/engine/<vendor>}, history in {@code flyway_engine_history}).
 * They cannot live in {@code db/migration}: Spring Boot runs that Flyway before JPA, and JPA before the engine, which
 * creates its {@code ACT_*} tables only when it starts. This runs right after the engine is built, on every start, so
 * a new database and an existing one end up the same. Only PostgreSQL needs anything so far; H2 has no such folder.
 */
@Component
class EngineIndexMigration extends AbstractProcessEnginePlugin {

    static final String HISTORY_TABLE = "flyway_engine_history";

    private final DataSource dataSource;

    EngineIndexMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (!isPostgresql()) {
            return;
        }
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/engine/postgresql")
                .table(HISTORY_TABLE)
                // The schema already holds our tables and the engine's; these migrations start from there.
                .baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
    }

    private boolean isPostgresql() {
        try (Connection verbinding = dataSource.getConnection()) {
            return verbinding.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("Database van de engine niet te bepalen", e);
        }
    }
}
