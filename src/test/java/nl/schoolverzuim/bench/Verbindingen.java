package nl.schoolverzuim.bench;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import nl.schoolverzuim.kernel.Pijplijn;
import nl.schoolverzuim.kernel.PostgresVerbindingen;

/**
 * The benchmarks' connections: pools on the same server, the application's (with {@link PostgresVerbindingen}:
 * multi-row inserts and the {@link Pijplijn}), one with multi-row inserts only, and one as pgjdbc ships, which the
 * plain engine's rows and before/after rows use for one operation on the calling thread. A transaction keeps the
 * connection it began with.
 */
final class Verbindingen extends AbstractRoutingDataSource implements AutoCloseable {

    private enum Soort { ONS, ALLEEN_MEERRIJIG, ZOALS_GELEVERD }

    private static final ThreadLocal<Soort> SOORT = ThreadLocal.withInitial(() -> Soort.ONS);

    private final HikariDataSource ons;
    private final HikariDataSource meerrijig;
    private final HikariDataSource zoalsGeleverd;

    Verbindingen(EmbeddedPostgres server) {
        ons = pool(server, "ons");
        PostgresVerbindingen.stelIn(ons);
        meerrijig = pool(server, "alleen-meerrijig");
        PostgresVerbindingen.stelIn(meerrijig);
        zoalsGeleverd = pool(server, "zoals-geleverd");
        DataSource pijplijn = Pijplijn.om(ons);
        setTargetDataSources(Map.of(Soort.ONS, pijplijn, Soort.ALLEEN_MEERRIJIG, meerrijig,
                Soort.ZOALS_GELEVERD, zoalsGeleverd));
        setDefaultTargetDataSource(pijplijn);
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
        met(Soort.ZOALS_GELEVERD, operatie);
    }

    /** Runs {@code operatie} on this thread with multi-row inserts, but without the {@link Pijplijn}. */
    static void alleenMeerrijig(Runnable operatie) {
        met(Soort.ALLEEN_MEERRIJIG, operatie);
    }

    private static void met(Soort soort, Runnable operatie) {
        SOORT.set(soort);
        try {
            operatie.run();
        } finally {
            SOORT.remove();
        }
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return SOORT.get();
    }

    @Override
    public void close() {
        ons.close();
        meerrijig.close();
        zoalsGeleverd.close();
    }
}
