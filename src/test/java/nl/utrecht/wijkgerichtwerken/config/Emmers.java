package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/** Checks that two instances of the app on one database count in the same bucket (as the rate limits need). */
final class Emmers {

    private Emmers() {
    }

    static void tweeInstantiesTellenInDezelfdeEmmer(DataSource dataSource) throws Exception {
        ProxyManager<String> eerste = new Emmeropslag().emmers(dataSource);
        ProxyManager<String> tweede = new Emmeropslag().emmers(dataSource);
        String sleutel = "test:" + System.nanoTime();
        BucketConfiguration drie = BucketConfiguration.builder()
                .addLimit(limiet -> limiet.capacity(3).refillIntervally(3, Duration.ofHours(1))).build();

        assertThat(eerste.builder().build(sleutel, () -> drie).tryConsume(1)).isTrue();
        assertThat(tweede.builder().build(sleutel, () -> drie).tryConsume(1)).isTrue();
        assertThat(eerste.builder().build(sleutel, () -> drie).tryConsume(1)).isTrue();
        assertThat(tweede.builder().build(sleutel, () -> drie).tryConsume(1)).as("the first instance used the last one").isFalse();
        assertThat(eerste.builder().build(sleutel, () -> drie).getAvailableTokens()).isZero();

        // the row says when it may go: once the bucket is full again (an hour) plus a minute
        long verloopt = new JdbcTemplate(dataSource).queryForObject(
                "SELECT expires_at FROM " + Emmeropslag.TABEL + " WHERE id = ?", Long.class, sleutel);
        assertThat(verloopt - System.currentTimeMillis()).isBetween(Duration.ofMinutes(55).toMillis(), Duration.ofMinutes(62).toMillis());
        new JdbcTemplate(dataSource).update("UPDATE " + Emmeropslag.TABEL + " SET expires_at = 1 WHERE id = ?", sleutel);
        assertThat(new EmmersOpruimen(new JdbcTemplate(dataSource)).ruimOp()).isPositive();
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM " + Emmeropslag.TABEL + " WHERE id = ?",
                Long.class, sleutel)).isZero();
    }
}
