package nl.utrecht.wijkgerichtwerken.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import nl.utrecht.wijkgerichtwerken.EmbeddedPostgresDatabase;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * The case list's SQL on a real PostgreSQL, on one connection as the pool would reuse it: the driver must not turn it
 * into a server-side prepared statement, whose one plan for every value made a wijkregisseur's list six times slower
 * from the sixth call on (benchmark, issue 17). Only the two history tables the query reads, with the engine's column
 * names.
 */
@Tag("eigen-jvm")
class ZaakzoekvraagPostgresTest {

    private Connection verbinding;
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() throws Exception {
        verbinding = DriverManager.getConnection(EmbeddedPostgresDatabase.nieuweDatabase(), "postgres", "postgres");
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(verbinding, true));
        jdbc.execute("CREATE TABLE ACT_HI_PROCINST (ID_ varchar(64) PRIMARY KEY, PROC_DEF_KEY_ varchar(255), "
                + "BUSINESS_KEY_ varchar(255), START_TIME_ timestamp, END_TIME_ timestamp)");
        jdbc.execute("CREATE TABLE ACT_HI_VARINST (ID_ varchar(64) PRIMARY KEY, PROC_INST_ID_ varchar(64), "
                + "NAME_ varchar(255), TASK_ID_ varchar(64), TEXT_ varchar(4000))");
        String[] wijken = {"oost", "west", "zuid"};
        for (int i = 0; i < 30; i++) {
            jdbc.update("INSERT INTO ACT_HI_PROCINST VALUES (?, 'escalatie', ?, ?, NULL)", "p" + i,
                    String.format("ESC-2026-%06d", i), Timestamp.from(Instant.parse("2026-11-01T09:00:00Z").plusSeconds(i)));
            jdbc.update("INSERT INTO ACT_HI_VARINST VALUES (?, ?, 'wijk', NULL, ?)", "v" + i, "p" + i, wijken[i % 3]);
        }
    }

    @AfterEach
    void sluit() throws Exception {
        verbinding.close();
    }

    @Test
    void deZakenlijstWordtBijElkeAanroepVoorZijnEigenWaardenGepland() {
        Zaakzoekvraag zoekvraag = new Zaakzoekvraag(jdbc);
        var regisseur = new Lezer("femke", Set.of(Groepen.wijk("oost"), Groepen.wijk("west")));
        var vraag = new Zaakzoekvraag.Vraag(regisseur, List.of("escalatie"), null, "open", null);

        for (int aanroep = 0; aanroep < 8; aanroep++) {
            assertThat(zoekvraag.pagina(vraag, 0, 5)).containsExactly("p28", "p27", "p25", "p24", "p22");
            assertThat(zoekvraag.aantal(vraag, 1000)).isEqualTo(20);
        }

        assertThat(jdbc.queryForList("SELECT statement FROM pg_prepared_statements", String.class))
                .noneMatch(sql -> sql.contains("FROM ACT_HI_PROCINST p"));
    }
}
