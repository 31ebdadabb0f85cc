package nl.schoolverzuim.infrastructuur;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL connections never put the server's detail of an error into the exception text (pgjdbc
 * {@code logServerErrorDetail}): for a broken unique key that detail quotes the key's value, a BSN for
 * {@code uk_jongere_bsn}, and exception texts end up in logs (MAS §10). Forced here rather than set in
 * {@code application.yml}, where an installation's URL or properties could switch it back.
 * <p>
 * Set on every pool the application gets, whatever its URL came from (production, tests, benchmarks). Driver options
 * that are only tuning, such as {@code reWriteBatchedInserts}, are in {@code application.yml}.
 */
@Component
public class PostgresVerbindingen implements BeanPostProcessor {

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
            pool.getDataSourceProperties().put(FOUTDETAIL, "false");
        }
    }
}
