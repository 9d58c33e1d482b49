package nl.utrecht.wijkgerichtwerken.zaak;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out unique case numbers {@code <PREFIX>-<yyyy>-<nnnnnn>} from table {@code wijk_zaaknummer}.
 * The counter row is locked by the update, so concurrent starts (also on two instances) never share
 * a number; a number used by a start that rolls back is simply skipped. Each number is taken in a short
 * transaction of its own on the given data source ({@link ZaaknummerConfiguratie}: a small pool of its own),
 * so the row is locked for milliseconds, not for the whole start, and a start never waits for a second
 * connection from the pool it already holds one of.
 */
public class Zaaknummers {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate nieuweTransactie;
    private final AutoCloseable eigenBron;

    public Zaaknummers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this(jdbc, transactionManager, () -> { });
    }

    Zaaknummers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AutoCloseable eigenBron) {
        this.eigenBron = eigenBron;
        this.jdbc = jdbc;
        this.nieuweTransactie = new TransactionTemplate(transactionManager);
        this.nieuweTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String volgende(String prefix) {
        int jaar = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), AMSTERDAM).getYear();
        Long nummer = nieuweTransactie.execute(status -> neem(prefix, jaar));
        if (nummer == null) {
            // the first case of this kind this year: create the counter in a transaction of its own, after the
            // first one has ended, so that no start ever holds two connections of the small pool (two first starts
            // at the same moment, each holding one and waiting for a second, would wait for each other)
            maakTellerAan(prefix, jaar);
            nummer = nieuweTransactie.execute(status -> neem(prefix, jaar));
        }
        return String.format("%s-%d-%06d", prefix, jaar, nummer);
    }

    /** The next number from the counter, or {@code null} when the counter does not exist yet. */
    private Long neem(String prefix, int jaar) {
        if (verhoog(prefix, jaar) == 0) {
            return null;
        }
        return jdbc.queryForObject("SELECT laatste FROM wijk_zaaknummer WHERE prefix = ? AND jaar = ?", Long.class, prefix, jaar);
    }

    /** Closes the connection pool of its own, if it has one. */
    public void close() throws Exception {
        eigenBron.close();
    }

    private int verhoog(String prefix, int jaar) {
        return jdbc.update("UPDATE wijk_zaaknummer SET laatste = laatste + 1 WHERE prefix = ? AND jaar = ?", prefix, jaar);
    }

    private void maakTellerAan(String prefix, int jaar) {
        try {
            nieuweTransactie.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO wijk_zaaknummer (prefix, jaar, laatste) VALUES (?, ?, 0)", prefix, jaar));
        } catch (DuplicateKeyException andereStartWasEerder) {
            // created concurrently: the row exists now, which is all we need
        }
    }
}
