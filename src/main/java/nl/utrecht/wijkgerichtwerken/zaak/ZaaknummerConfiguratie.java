package nl.utrecht.wijkgerichtwerken.zaak;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * {@link Zaaknummers} on a pool of two connections of its own (same database): taking a number never
 * competes with the engine's transactions for a connection.
 */
@Configuration(proxyBeanMethods = false)
class ZaaknummerConfiguratie {

    /** Not a DataSource bean (that would replace the application's own pool): closed with the Zaaknummers bean. */
    @Bean(destroyMethod = "close")
    Zaaknummers zaaknummers(DataSourceProperties properties) {
        HikariDataSource bron = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        bron.setPoolName("zaaknummers");
        bron.setMaximumPoolSize(2);
        bron.setMinimumIdle(0);
        return new Zaaknummers(new JdbcTemplate(bron), new DataSourceTransactionManager(bron), bron);
    }
}
