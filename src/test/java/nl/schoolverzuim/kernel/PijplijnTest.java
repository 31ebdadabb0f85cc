package nl.schoolverzuim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.ibatis.executor.BatchExecutorException;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Invocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/**
 * Issue 8: the inserts of one flush go to PostgreSQL in one execute ({@link Pijplijn}), on the real server. Every
 * execute that reaches the driver is counted, so the tests see round trips, not only the rows stored.
 */
class PijplijnTest {

    private static HikariDataSource pool;
    private static final AtomicInteger UITGEVOERD = new AtomicInteger();
    private static DataSource pijplijn;

    @BeforeAll
    static void database() throws SQLException {
        try (Connection beheer = EmbeddedPostgresDatabase.server().getPostgresDatabase().getConnection();
             Statement statement = beheer.createStatement()) {
            statement.execute("drop database if exists pijplijn");
            statement.execute("create database pijplijn");
        }
        pool = new HikariDataSource();
        pool.setJdbcUrl(EmbeddedPostgresDatabase.server().getJdbcUrl("postgres", "pijplijn"));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        PostgresVerbindingen.stelIn(pool);
        pijplijn = Pijplijn.om(tellend(pool));
    }

    @AfterAll
    static void sluit() {
        pool.close();
    }

    @BeforeEach
    void tabellen() throws SQLException {
        try (Connection verbinding = pool.getConnection(); Statement statement = verbinding.createStatement()) {
            statement.execute("drop table if exists b; drop table if exists a");
            statement.execute("create table a (id bigint primary key, naam varchar(20), op timestamp)");
            statement.execute("create table b (id bigint primary key, a_id bigint not null references a (id),"
                    + " aantal int)");
        }
        UITGEVOERD.set(0);
    }

    @Test
    void deInsertsVanEenFlushGaanInEenExecuteInDeGegevenVolgorde() throws SQLException {
        Timestamp op = Timestamp.valueOf("2026-11-23 10:15:00");
        try (Connection verbinding = transactie()) {
            alsFlush(() -> {
                PreparedStatement a = verbinding.prepareStatement("insert into a (id, naam, op) values (?, ?, ?)");
                for (long id = 1; id <= 3; id++) {
                    a.setLong(1, id);
                    if (id == 2) {
                        a.setNull(2, Types.VARCHAR);
                    } else {
                        a.setString(2, "rij " + id);
                    }
                    a.setTimestamp(3, op);
                    a.addBatch();
                }
                assertThat(a.executeBatch()).containsExactly(Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO,
                        Statement.SUCCESS_NO_INFO);
                a.close();
                // b refers to a: only correct if a's rows are inserted first
                assertThat(voegBToe(verbinding, 3, false)).isEqualTo(1);
                assertThat(UITGEVOERD).as("nothing sent while the flush runs").hasValue(0);
            });
            assertThat(UITGEVOERD).as("one execute for both tables").hasValue(1);
            verbinding.commit();
        }
        assertThat(rijen("select id, naam, op from a order by id")).containsExactly(
                "1|rij 1|2026-11-23 10:15:00.0", "2|null|2026-11-23 10:15:00.0", "3|rij 3|2026-11-23 10:15:00.0");
        assertThat(rijen("select id, a_id, aantal from b")).containsExactly("10|3|7");
    }

    @Test
    void eenAnderStatementVerstuurtEerstWatWachtte() throws SQLException {
        try (Connection verbinding = transactie()) {
            alsFlush(() -> {
                voegToe(verbinding, 1);
                assertThat(aantal(verbinding, "a")).isEqualTo(1);
            });
            assertThat(UITGEVOERD).hasValue(2);
            verbinding.rollback();
        }
    }

    @Test
    void buitenEenFlushEnInAutocommitWachtNiets() throws SQLException {
        try (Connection verbinding = transactie()) {
            voegToe(verbinding, 1);
            assertThat(UITGEVOERD).hasValue(1);
            verbinding.commit();
        }
        try (Connection verbinding = pijplijn.getConnection()) {
            alsFlush(() -> {
                voegToe(verbinding, 2);
                assertThat(UITGEVOERD).as("auto-commit: each statement its own transaction").hasValue(2);
            });
        }
        assertThat(rijen("select id from a order by id")).containsExactly("1", "2");
    }

    @Test
    void eenRollbackLaatVallenWatWachtte() throws SQLException {
        try (Connection verbinding = transactie()) {
            afgebrokenFlush(() -> voegToe(verbinding, 1));
            verbinding.rollback();
            voegToe(verbinding, 2);
            verbinding.commit();
        }
        assertThat(UITGEVOERD).hasValue(1);
        assertThat(rijen("select id from a")).containsExactly("2");
    }

    @Test
    void watNaEenAfgebrokenFlushWachtGaatVoorDeCommitMee() throws SQLException {
        try (Connection verbinding = transactie()) {
            afgebrokenFlush(() -> voegToe(verbinding, 1));
            verbinding.commit();
        }
        assertThat(rijen("select id from a")).containsExactly("1");
    }

    @Test
    void eenMislukteRijNoemtZijnBatchEnBewaartNiets() throws SQLException {
        try (Connection verbinding = transactie()) {
            assertThatThrownBy(() -> alsFlush(() -> {
                voegToeAlsBatch(verbinding, 1);
                voegBToe(verbinding, 99, true); // no such a
            })).isInstanceOfSatisfying(Pijplijn.Pijplijnfout.class, fout -> {
                assertThat(fout.batch()).as("the second batch of the flush").isEqualTo(1);
                assertThat(fout.getSQLState()).isEqualTo("23503");
                assertThat(fout.sql()).startsWith("insert into b");
                assertThat(fout.getUpdateCounts()).isEmpty();
            });
            verbinding.rollback();
        }
        assertThat(rijen("select id from a")).isEmpty();
    }

    @Test
    void meerRijenDanEenStatementMagKrijgenGaanInDelen() throws SQLException {
        int rijen = 40_000; // 80,000 parameters: three statements of at most 32,767
        try (Connection verbinding = transactie()) {
            alsFlush(() -> {
                PreparedStatement a = verbinding.prepareStatement("insert into a (id, naam) values (?, ?)");
                for (int id = 1; id <= rijen; id++) {
                    a.setLong(1, id);
                    a.setString(2, "r" + id);
                    a.addBatch();
                }
                a.executeBatch();
            });
            verbinding.commit();
        }
        assertThat(UITGEVOERD).hasValue(3);
        assertThat(rijen("select count(*), count(distinct naam), max(id) from a")).containsExactly("40000|40000|40000");
    }

    @Test
    void eenInsertDieIetsTeruggeeftOfSelecteertWachtNiet() throws SQLException {
        try (Connection verbinding = transactie()) {
            afgebrokenFlush(() -> {
                verbinding.prepareStatement("insert into a (id, naam) values (1, 'een')").executeUpdate();
                verbinding.prepareStatement("insert into a (id) select 2").executeUpdate();
                PreparedStatement terug = verbinding.prepareStatement("insert into a (id) values (?) returning id");
                terug.setLong(1, 3);
                terug.execute();
                assertThat(UITGEVOERD).hasValue(3);
            });
            verbinding.commit();
        }
        assertThat(rijen("select naam from a where id = 1")).containsExactly("een");
    }

    @Test
    void eenInsertMetTekstInDeWaardenWachtOokEnKrijgtZijnParameters() throws SQLException {
        try (Connection verbinding = transactie()) {
            alsFlush(() -> {
                // as Camunda's insert of a timer job: a literal among the parameters, here with a question mark
                PreparedStatement a = verbinding.prepareStatement("insert into a (id, naam) values (?, 'wat?')");
                a.setLong(1, 1);
                a.addBatch();
                a.setLong(1, 2);
                a.addBatch();
                a.executeBatch();
                voegToe(verbinding, 3);
                assertThat(UITGEVOERD).hasValue(0);
            });
            verbinding.commit();
        }
        assertThat(UITGEVOERD).hasValue(1);
        assertThat(rijen("select id, naam from a order by id")).containsExactly("1|wat?", "2|wat?", "3|rij 3");
    }

    @Test
    void rijenBuitenEenFlushGaanMetHetVolgendeStatementMee() throws SQLException {
        try (Connection verbinding = transactie()) {
            meeMetVolgende(() -> {
                voegToe(verbinding, 3);
                voegBToe(verbinding, 3, false);
            });
            assertThat(UITGEVOERD).as("kept after the writes ended").hasValue(0);
            assertThat(aantal(verbinding, "b")).isEqualTo(1);
            assertThat(UITGEVOERD).as("both rows in one execute, then the query").hasValue(2);
            verbinding.commit();
        }
    }

    /** A row kept for the next statement is no operation of Camunda's: its failure fails the flush as an error. */
    @Test
    void eenMislukteRijVanBuitenDeFlushIsGeenBatchVanCamunda() throws Throwable {
        try (Connection verbinding = transactie()) {
            meeMetVolgende(() -> voegBToe(verbinding, 99, false));
            Invocation flush = camundaFlush(() -> {
                voegToeAlsBatch(verbinding, 1);
                return List.of(new BatchResult(Mockito.mock(MappedStatement.class), "insert into a", null));
            });

            assertThatThrownBy(() -> new PijplijnInCamunda().intercept(flush))
                    .isNotInstanceOf(BatchExecutorException.class)
                    .hasMessageContaining("insert into b")
                    .cause().isInstanceOfSatisfying(Pijplijn.Pijplijnfout.class,
                            fout -> assertThat(fout.getSQLState()).isEqualTo("23503"));
            verbinding.rollback();
        }
    }

    /**
     * Camunda learns which of its batches failed, as MyBatis would report it had the batch been executed alone:
     * the batches before it successful, that one failed, without update counts.
     */
    @Test
    void camundaHoortWelkeVanZijnBatchesMislukte() throws Throwable {
        List<BatchResult> batches = new ArrayList<>();
        try (Connection verbinding = transactie()) {
            Invocation flush = camundaFlush(() -> {
                voegToeAlsBatch(verbinding, 1);
                batches.add(new BatchResult(Mockito.mock(MappedStatement.class), "insert into a", null));
                voegBToe(verbinding, 99, true);
                batches.add(new BatchResult(Mockito.mock(MappedStatement.class), "insert into b", null));
                return batches;
            });

            assertThatThrownBy(() -> new PijplijnInCamunda().intercept(flush))
                    .isInstanceOfSatisfying(BatchExecutorException.class, fout -> {
                        assertThat(fout.getSuccessfulBatchResults()).containsExactly(batches.get(0));
                        assertThat(fout.getFailingSqlStatement()).isEqualTo("insert into b");
                        assertThat(fout.getBatchUpdateException().getSQLState()).isEqualTo("23503");
                        assertThat(fout.getBatchUpdateException().getUpdateCounts()).isEmpty();
                    });
            verbinding.rollback();
        }
    }

    /** JDBC work, which may fail. */
    private interface Sql {
        void uitvoeren() throws SQLException;
    }

    /** {@code flush} as Camunda and Hibernate flush: inside a window, which sends what was kept at its end. */
    private static void alsFlush(Sql flush) throws SQLException {
        Pijplijn.Venster venster = Pijplijn.Venster.open();
        try {
            flush.uitvoeren();
            venster.sluit();
        } finally {
            venster.verlaat();
        }
    }

    /** A flush that ends by an exception, before it sends. */
    private static void afgebrokenFlush(Sql flush) throws SQLException {
        Pijplijn.Venster venster = Pijplijn.Venster.open();
        try {
            flush.uitvoeren();
        } finally {
            venster.verlaat();
        }
    }

    private static void meeMetVolgende(Sql schrijven) {
        Pijplijn.Venster.meeMetVolgende(() -> {
            try {
                schrijven.uitvoeren();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Camunda's flush through MyBatis, which executes its batches by {@code batches} and reports them. */
    private static Invocation camundaFlush(Callable<List<BatchResult>> batches) throws Exception {
        Executor mybatis = Mockito.mock(Executor.class);
        Mockito.when(mybatis.flushStatements()).thenAnswer(flush -> batches.call());
        return new Invocation(mybatis, Executor.class.getMethod("flushStatements"), new Object[0]);
    }

    private static Connection transactie() throws SQLException {
        Connection verbinding = pijplijn.getConnection();
        verbinding.setAutoCommit(false);
        return verbinding;
    }

    private static void voegToe(Connection verbinding, long id) throws SQLException {
        try (PreparedStatement a = verbinding.prepareStatement("insert into a (id, naam) values (?, ?)")) {
            a.setLong(1, id);
            a.setString(2, "rij " + id);
            a.executeUpdate();
        }
    }

    /** As Camunda's flush executes it: a JDBC batch, which counts for {@link Pijplijn.Pijplijnfout#batch()}. */
    private static void voegToeAlsBatch(Connection verbinding, long id) throws SQLException {
        try (PreparedStatement a = verbinding.prepareStatement("insert into a (id, naam) values (?, ?)")) {
            a.setLong(1, id);
            a.setString(2, "rij " + id);
            a.addBatch();
            a.executeBatch();
        }
    }

    /** Row 10 of b, referring to row {@code aId} of a; answers the row count the caller is told. */
    private static int voegBToe(Connection verbinding, long aId, boolean alsBatch) throws SQLException {
        try (PreparedStatement b = verbinding.prepareStatement("insert into b (id, a_id, aantal) values (?, ?, 7)")) {
            b.setLong(1, 10);
            b.setLong(2, aId);
            if (!alsBatch) {
                return b.executeUpdate();
            }
            b.addBatch();
            return b.executeBatch()[0];
        }
    }

    private static int aantal(Connection verbinding, String tabel) throws SQLException {
        try (Statement telling = verbinding.createStatement();
             ResultSet aantal = telling.executeQuery("select count(*) from " + tabel)) {
            aantal.next();
            return aantal.getInt(1);
        }
    }

    private static List<String> rijen(String sql) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (Connection verbinding = pool.getConnection(); Statement statement = verbinding.createStatement();
             ResultSet resultaat = statement.executeQuery(sql)) {
            int kolommen = resultaat.getMetaData().getColumnCount();
            while (resultaat.next()) {
                List<String> rij = new ArrayList<>();
                for (int kolom = 1; kolom <= kolommen; kolom++) {
                    rij.add(String.valueOf(resultaat.getObject(kolom)));
                }
                rijen.add(String.join("|", rij));
            }
        }
        return rijen;
    }

    /** The pool, with every execute that reaches the driver counted. */
    private static DataSource tellend(DataSource doel) {
        return new DelegatingDataSource(doel) {
            @Override
            public Connection getConnection() throws SQLException {
                return telt(Connection.class, super.getConnection());
            }
        };
    }

    private static <T> T telt(Class<T> type, Object doel) {
        return type.cast(Proxy.newProxyInstance(PijplijnTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        UITGEVOERD.incrementAndGet();
                    }
                    try {
                        Object resultaat = method.invoke(doel, args);
                        return Statement.class.isAssignableFrom(method.getReturnType())
                                ? telt(method.getReturnType(), resultaat) : resultaat;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
