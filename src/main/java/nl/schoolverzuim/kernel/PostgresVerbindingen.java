package nl.schoolverzuim.kernel;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL connections send a batch of inserts as multi-row inserts (pgjdbc {@code reWriteBatchedInserts}), and
 * the inserts of one flush together ({@link Pijplijn}). The engine flushes a command as JDBC batches, one per kind of
 * row: starting a werkproces inserts its 17 variables into ACT_RU_VARIABLE and again into ACT_HI_VARINST, which
 * PostgreSQL otherwise executes one statement at a time, and about fifteen tables one round trip each (issue 8,
 * measured in {@code DoorvoerBench}). Camunda accepts the "success, count unknown" that is then answered for inserts
 * only; updates and deletes, whose row counts detect concurrent changes, are neither rewritten nor kept.
 * <p>
 * Set on every pool the application gets, whatever its URL came from (production, tests, benchmarks), unless
 * the pool sets it itself. H2 keeps its own batching.
 */
@Component
public class PostgresVerbindingen implements BeanPostProcessor {

    static final String HERSCHRIJF_INSERTS = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            stelIn(pool);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof HikariDataSource pool && isPostgres(pool) ? Pijplijn.om(pool) : bean;
    }

    /** Applies the setting to a pool not yet started: what every pool of the application gets. */
    public static void stelIn(HikariConfig pool) {
        if (isPostgres(pool)) {
            pool.getDataSourceProperties().putIfAbsent(HERSCHRIJF_INSERTS, "true");
        }
    }

    private static boolean isPostgres(HikariConfig pool) {
        return pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:");
    }
}
