package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;

/**
 * A database from before Flyway (the tables schema.sql made, with data, no Flyway history) starts: Flyway
 * baselines it at 0, runs the scripts without touching what is there, and the case numbers go on.
 */
@SpringBootTest(classes = WijkgerichtWerkenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("eigen-jvm")
@DirtiesContext
class FlywayOvergangIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path map = Files.createTempDirectory("wijk-flyway");
        String url = "jdbc:h2:file:" + map.resolve("oud") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (var verbinding = DriverManager.getConnection(url, "sa", "");
                var opdracht = verbinding.createStatement()) {
            // what schema.sql made before Flyway (without its last tables), with a counter in use
            opdracht.execute("CREATE TABLE wijk_zaaknummer (prefix VARCHAR(8) NOT NULL, jaar INTEGER NOT NULL, "
                    + "laatste BIGINT NOT NULL, PRIMARY KEY (prefix, jaar))");
            opdracht.execute("CREATE TABLE wijk_idempotentie (sleutel VARCHAR(200) NOT NULL, route VARCHAR(40) NOT NULL, "
                    + "antwoord VARCHAR(2000) NOT NULL, aangemaakt TIMESTAMP NOT NULL, PRIMARY KEY (sleutel, route))");
            opdracht.execute("INSERT INTO wijk_zaaknummer VALUES ('ESC', 2026, 41)");
        }
        registry.add("spring.datasource.url", () -> url);
    }

    @Autowired DataSource dataSource;

    @Test
    void eenDatabaseVanVoorFlywayWordtBijgewerktEnHoudtZijnGegevens() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("SELECT \"version\" FROM \"wijk_schema_historie\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
                String.class)).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(jdbc.queryForObject("SELECT laatste FROM wijk_zaaknummer WHERE prefix = 'ESC' AND jaar = 2026", Long.class))
                .isEqualTo(41L);
        for (String tabel : new String[] {"WIJK_WEEKOVERZICHT", "WIJK_EMMER", "WIJK_NOTITIE", "WIJK_DOCUMENT", "WIJK_DOCUMENT_DEEL",
                "WIJK_OPSCHORTING", "WIJK_OPSCHORTING_TAAK", "WIJK_ZOEKTEKST"}) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                    Integer.class, tabel)).as(tabel).isOne();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                + "'WIJK_IDEMPOTENTIE' AND column_name = 'INHOUD_HASH'", Integer.class)).isOne();
    }
}
