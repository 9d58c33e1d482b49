package nl.utrecht.wijkgerichtwerken.config;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/** The rate limits' buckets on H2 (embedded default, tests): shared by every instance on the database. */
@IntegratieTest
class EmmeropslagIntegrationTest {

    @Autowired DataSource dataSource;

    @Test
    void tweeInstantiesTellenOpH2InDezelfdeEmmer() throws Exception {
        Emmers.tweeInstantiesTellenInDezelfdeEmmer(dataSource);
    }
}
