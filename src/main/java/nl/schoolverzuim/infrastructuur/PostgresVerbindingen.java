package nl.schoolverzuim.infrastructuur;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL connections send a batch of inserts as multi-row inserts (pgjdbc {@code reWriteBatchedInserts}). The
 * engine flushes a command as JDBC batches, one per kind of row: starting a werkproces inserts its 17 variables into
 * ACT_RU_VARIABLE and again into ACT_HI_VARINST, which PostgreSQL otherwise executes one statement at a time (measured
 * in {@code DoorvoerBench}). Camunda accepts the "success, count unknown" that pgjdbc then answers for
 * inserts only; updates and deletes, whose row counts detect concurrent changes, are not rewritten.
 * <p>
 * <p>
 * Nor does pgjdbc put the server's detail of an error into its exception text ({@code logServerErrorDetail}): for a
 * broken unique key that detail quotes the key's value, a BSN for {@code uk_jongere_bsn}, and exception texts end up
 * in logs (MAS §10). Forced, not a default an installation's URL could switch back.
 * <p>
 * Set on every pool the application gets, whatever its URL came from (production, tests, benchmarks), unless
 * the pool sets it itself. H2 keeps its own batching.
 */
@Component
public class PostgresVerbindingen implements BeanPostProcessor {

    static final String HERSCHRIJF_INSERTS = "reWriteBatchedInserts";
    static final String FOUTDETAIL = "logServerErrorDetail";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            stelIn(pool);
        }
        return bean;
    }

    /** Applies the setting to a pool not yet started: what every pool of the application gets. */
    public static void stelIn(HikariConfig pool) {
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            pool.getDataSourceProperties().putIfAbsent(HERSCHRIJF_INSERTS, "true");
            pool.getDataSourceProperties().put(FOUTDETAIL, "false");
        }
    }
}
