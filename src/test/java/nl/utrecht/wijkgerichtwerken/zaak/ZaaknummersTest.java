package nl.utrecht.wijkgerichtwerken.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Case numbers on their own pool of two connections, as in production ({@link ZaaknummerConfiguratie}): the first
 * cases of a kind in a year (a new year's first working day, a fresh installation) starting at the same moment.
 */
class ZaaknummersTest {

    @Test
    void deEersteZakenVanEenJaarTegelijkKrijgenElkEenEigenNummerZonderOpElkaarTeWachten() throws Exception {
        HikariDataSource bron = new HikariDataSource();
        bron.setJdbcUrl("jdbc:h2:mem:zaaknummers-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        bron.setMaximumPoolSize(2);
        bron.setMinimumIdle(0);
        // production waits 30 s for a connection; a start that has to wait at all is the failure shown here
        bron.setConnectionTimeout(2_000);
        JdbcTemplate jdbc = new JdbcTemplate(bron);
        jdbc.execute("CREATE TABLE wijk_zaaknummer (prefix VARCHAR(8) NOT NULL, jaar INTEGER NOT NULL, "
                + "laatste BIGINT NOT NULL, PRIMARY KEY (prefix, jaar))");
        Zaaknummers zaaknummers = new Zaaknummers(jdbc, new DataSourceTransactionManager(bron), bron);
        ExecutorService starts = Executors.newFixedThreadPool(6);
        try {
            for (int ronde = 0; ronde < 10; ronde++) {
                String prefix = "T" + ronde;
                CountDownLatch tegelijk = new CountDownLatch(1);
                List<Future<String>> nummers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    nummers.add(starts.submit(() -> {
                        tegelijk.await();
                        return zaaknummers.volgende(prefix);
                    }));
                }
                tegelijk.countDown();
                Set<String> uniek = new HashSet<>();
                for (Future<String> nummer : nummers) {
                    uniek.add(nummer.get());
                }
                assertThat(uniek).as("round %d", ronde).hasSize(6).allMatch(n -> n.matches(prefix + "-\\d{4}-00000[1-6]"));
            }
        } finally {
            starts.shutdownNow();
            zaaknummers.close();
        }
    }
}
