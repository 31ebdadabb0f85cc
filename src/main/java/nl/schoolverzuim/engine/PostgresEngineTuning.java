package nl.schoolverzuim.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.stereotype.Component;

/**
 * What Camunda 7.24 lacks on PostgreSQL at national scale, measured in {@code DoorvoerBench}:
 * <ul>
 * <li>Flyway migrations on the engine's own tables ({@code db/engine/postgresql}, history in
 * {@code flyway_engine_history}), such as the missing index on ACT_RU_TASK(PARENT_TASK_ID_). They cannot live in
 * {@code db/migration}: Spring Boot runs that Flyway before JPA, and JPA before the engine, which creates its
 * {@code ACT_*} tables only when it starts. These run right after the engine is built, on every start, so a new
 * database and an existing one end up the same.</li>
 * <li>Which of a user's groups have any authorization, asked in every command of a logged-in user: Camunda reads every
 * group that appears in ACT_RU_AUTHORIZATION ({@code select distinct GROUP_ID_}) and keeps the user's. With a READ
 * grant per werkproces and one per task that table grows with the open work, and with a team per gemeente the
 * distinct groups number in the hundreds. {@link GroepenMetAutorisatie} asks only about the user's own groups, one
 * index probe each.</li>
 * </ul>
 * H2 (demo and tests) keeps the engine as shipped.
 */
@Component
class PostgresEngineTuning extends AbstractProcessEnginePlugin {

    static final String HISTORY_TABLE = "flyway_engine_history";
    static final String GROEPEN_MAPPING = "authorization-group-ids.xml";
    static final String GROEPEN_STATEMENT = "nl.schoolverzuim.engine.PostgresEngineTuning.selectGroupsWithAuthorizations";

    private final DataSource dataSource;
    private final List<Callback> callbacks;

    /** {@code callbacks}: the application's Flyway callbacks, which the project's own Flyway gets too. */
    PostgresEngineTuning(DataSource dataSource, List<Callback> callbacks) {
        this.dataSource = dataSource;
        this.callbacks = callbacks;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        DbSqlSessionFactory sessies = configuration.getDbSqlSessionFactory();
        if (!DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
            return;
        }
        Configuration mybatis = sessies.getSqlSessionFactory().getConfiguration();
        try (InputStream xml = PostgresEngineTuning.class.getResourceAsStream(GROEPEN_MAPPING)) {
            new XMLMapperBuilder(xml, mybatis, GROEPEN_MAPPING, mybatis.getSqlFragments()).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.getSessionFactories().put(AuthorizationManager.class,
                new EigenManager(AuthorizationManager.class, GroepenMetAutorisatie::new));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        if (!DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
            return;
        }
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/engine/postgresql")
                .table(HISTORY_TABLE)
                .callbacks(callbacks.toArray(Callback[]::new))
                // The schema already holds our tables and the engine's; these migrations start from there.
                .baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
    }

    /** Opens our subclass of one of Camunda's managers once per command, as Camunda's own factory opens its manager. */
    private record EigenManager(Class<?> type, Supplier<Session> nieuw) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return type;
        }

        @Override
        public Session openSession() {
            return nieuw.get();
        }
    }
}
