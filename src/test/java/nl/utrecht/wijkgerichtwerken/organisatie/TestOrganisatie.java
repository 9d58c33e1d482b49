package nl.utrecht.wijkgerichtwerken.organisatie;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import nl.utrecht.wijkgerichtwerken.zaak.Zaaknummers;

/** The real organisation and case numbering for engine-alone process tests (no Spring context). */
public final class TestOrganisatie {

    private TestOrganisatie() {
    }

    public static Organisatie organisatie() {
        Map<String, String> wijken = new LinkedHashMap<>();
        for (String wijk : new String[] {"binnenstad", "noordoost", "oost", "zuid", "zuidwest", "west", "noordwest",
                "overvecht", "vleuten-de-meern", "leidsche-rijn"}) {
            wijken.put(wijk, wijk.substring(0, 1).toUpperCase() + wijk.substring(1));
        }
        Map<String, String> diensten = Map.of("so", "StadsOntwikkeling", "sw", "Stadswerken",
                "dmo", "Maatschappelijke Ontwikkeling", "ggd", "GG&GD", "veiligheid", "Veiligheid");
        return new Organisatie(new OrganisatieProperties(wijken, diensten));
    }

    /** Case numbers on the engine's own database; creates the counter table from the first Flyway script. */
    public static Zaaknummers zaaknummers(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try (InputStream schema = TestOrganisatie.class.getResourceAsStream("/db/migration/V1__eigen_tabellen.sql")) {
            String sql = new String(schema.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            jdbc.execute(sql);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new Zaaknummers(jdbc, new DataSourceTransactionManager(dataSource));
    }
}
