package nl.utrecht.wijkgerichtwerken.config;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes the rate limits' buckets that are full again (their {@code expires_at} passed), every ten minutes. */
@Component
class EmmersOpruimen {

    private final JdbcTemplate jdbc;

    EmmersOpruimen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    int ruimOp() {
        return jdbc.update("DELETE FROM " + Emmeropslag.TABEL + " WHERE expires_at < ?", System.currentTimeMillis());
    }
}
