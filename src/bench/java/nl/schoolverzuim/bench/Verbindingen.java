package nl.schoolverzuim.bench;

import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import nl.schoolverzuim.infrastructuur.PostgresVerbindingen;

/**
 * The benchmarks' connections: two pools on the same server, the application's (its driver options from
 * {@code application.yml} and {@link PostgresVerbindingen})
 * and one as pgjdbc ships, which the plain engine's rows and before/after rows use for one operation on the calling
 * thread. A transaction keeps the connection it began with.
 */
final class Verbindingen extends AbstractRoutingDataSource implements AutoCloseable {

    private static final ThreadLocal<Boolean> ZOALS_GELEVERD = ThreadLocal.withInitial(() -> false);

    private final HikariDataSource ons;
    private final HikariDataSource zoalsGeleverd;

    Verbindingen(EmbeddedPostgres server) {
        ons = pool(server, "ons");
        ons.addDataSourceProperty("reWriteBatchedInserts", "true");
        PostgresVerbindingen.stelIn(ons);
        zoalsGeleverd = pool(server, "zoals-geleverd");
        setTargetDataSources(Map.of(false, ons, true, zoalsGeleverd));
        setDefaultTargetDataSource(ons);
        afterPropertiesSet();
    }

    private static HikariDataSource pool(EmbeddedPostgres server, String naam) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(naam);
        pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(4);
        return pool;
    }

    /** Runs {@code operatie} on this thread with connections as pgjdbc ships them. */
    static void zoalsGeleverd(Runnable operatie) {
        ZOALS_GELEVERD.set(true);
        try {
            operatie.run();
        } finally {
            ZOALS_GELEVERD.set(false);
        }
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return ZOALS_GELEVERD.get();
    }

    @Override
    public void close() {
        ons.close();
        zoalsGeleverd.close();
    }
}
