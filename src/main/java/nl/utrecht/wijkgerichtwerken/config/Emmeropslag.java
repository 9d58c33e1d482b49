package nl.utrecht.wijkgerichtwerken.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Where the rate limits keep their buckets (Bucket4j): in the case database, table {@code wijk_emmer}
 * ({@code db/migration}), so every instance of the application on that database counts the same requests. PostgreSQL
 * uses Bucket4j's own select-for-update back end, H2 (embedded default, tests) the same steps in {@link H2Emmers}.
 * Each row records when it may go ({@code expires_at}, epoch milliseconds); {@link EmmersOpruimen} deletes those.
 */
@Configuration(proxyBeanMethods = false)
class Emmeropslag {

    static final String TABEL = "wijk_emmer";

    /** A bucket's row may go once it is full again (plus a minute): a new one would be the same. */
    static final ExpirationAfterWriteStrategy VERLOOP =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1));

    @Bean
    ProxyManager<String> emmers(DataSource dataSource) throws SQLException {
        boolean postgresql;
        try (Connection verbinding = dataSource.getConnection()) {
            postgresql = Databasesoort.postgresql(verbinding);
        }
        if (postgresql) {
            return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABEL).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(VERLOOP).build();
        }
        return new H2Emmers(dataSource, VERLOOP);
    }
}
