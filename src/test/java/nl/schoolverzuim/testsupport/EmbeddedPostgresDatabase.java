package nl.schoolverzuim.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL 16 server per test JVM, started from the Maven artifact (no installed database, no Docker).
 * Starting it is not optional: if it cannot start, the PostgreSQL tests fail instead of skipping.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // fsync and synchronous_commit stay on, as in production.
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL kon niet starten", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is going away either way
                }
            }));
        }
        return server;
    }

    /** Points a Spring test context at a fresh database of the shared server. */
    public static void registreer(DynamicPropertyRegistry registry, String database) {
        String url = nieuweDatabase(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /**
     * A fresh, empty database of the shared server (user and password {@code postgres}); its JDBC URL, for contexts
     * started without the Spring test framework, such as several application nodes on one database.
     */
    public static String nieuweDatabase(String database) {
        EmbeddedPostgres postgres = server();
        try (var verbinding = postgres.getPostgresDatabase().getConnection();
             var statement = verbinding.createStatement()) {
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Testdatabase " + database + " kon niet worden aangemaakt", e);
        }
        return postgres.getJdbcUrl("postgres", database);
    }
}
