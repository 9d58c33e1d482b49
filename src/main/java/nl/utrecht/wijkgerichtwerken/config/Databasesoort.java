package nl.utrecht.wijkgerichtwerken.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database the app runs on, for the few places that differ: rate-limit storage, PostgreSQL-only indexes. */
final class Databasesoort {

    private Databasesoort() {
    }

    static boolean postgresql(Connection verbinding) throws SQLException {
        return verbinding.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
