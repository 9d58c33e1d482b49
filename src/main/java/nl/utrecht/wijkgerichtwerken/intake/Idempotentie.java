package nl.utrecht.wijkgerichtwerken.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers the answer given for an {@code Idempotency-Key}, in the same transaction as the case
 * start: a retry gets that answer back and starts nothing; two concurrent first tries cannot both
 * commit (primary key).
 */
@Component
class Idempotentie {

    private final JdbcTemplate jdbc;

    Idempotentie(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> eerder(String sleutel, Zaaksoort soort) {
        return jdbc.queryForList("SELECT antwoord FROM wijk_idempotentie WHERE sleutel = ? AND route = ?", String.class,
                sleutel, soort.route()).stream().findFirst();
    }

    void onthoud(String sleutel, Zaaksoort soort, String antwoord) {
        jdbc.update("INSERT INTO wijk_idempotentie (sleutel, route, antwoord, aangemaakt) VALUES (?, ?, ?, ?)",
                sleutel, soort.route(), antwoord, Timestamp.from(Instant.now()));
    }
}
