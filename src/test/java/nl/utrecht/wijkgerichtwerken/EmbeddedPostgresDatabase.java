package nl.utrecht.wijkgerichtwerken;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests (zonky embedded binaries from Maven Central; no Docker).
 * One server per test JVM, started on first use; each caller gets its own fresh database.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;
    private static int teller;

    private EmbeddedPostgresDatabase() {
    }

    /** Creates a new empty database and returns its JDBC URL (user and password "postgres"). */
    public static synchronized String nieuweDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
            }
            String naam = "wijk" + (++teller);
            try (var connection = server.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + naam);
            }
            return server.getJdbcUrl("postgres", naam);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL kon niet starten", e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Database aanmaken in embedded PostgreSQL mislukt", e);
        }
    }
}
