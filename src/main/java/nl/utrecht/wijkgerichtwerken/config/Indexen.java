package nl.utrecht.wijkgerichtwerken.config;

import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's tables that its own schema lacks, created after the engine made its schema (so not in
 * the Flyway scripts, which run before it) and idempotently ({@code IF NOT EXISTS}, H2 and PostgreSQL).
 * For the dashboard's queries: the runtime variables by name and execution (wijk, dienst, niveau of every open
 * case), open tasks by due date, finished tasks by step and end (the 90-day figures). For the engine itself
 * (found in the benchmark, issue 9): the job executor's acquisition asks for jobs due now among all timers
 * (without an index it reads every future timer, each time), and completing a task looks up its subtasks by
 * parent (without an index it reads every open task). For the case list (zaak/Zaakzoekvraag): cases newest first, so
 * that a page is read from the newest case on until it is full, instead of sorting every match; on PostgreSQL also
 * statistics on which values go with which variable name ({@link #STATISTIEKEN}).
 */
@Component
class Indexen {

    private static final Logger LOG = LoggerFactory.getLogger(Indexen.class);

    static final List<String> INDEXEN = List.of(
            "CREATE INDEX IF NOT EXISTS WIJK_IDX_VAR_NAAM_EXE ON ACT_RU_VARIABLE (NAME_, EXECUTION_ID_)",
            "CREATE INDEX IF NOT EXISTS WIJK_IDX_TASK_DUE ON ACT_RU_TASK (DUE_DATE_)",
            "CREATE INDEX IF NOT EXISTS WIJK_IDX_HI_TASK_STAP_EIND ON ACT_HI_TASKINST (TASK_DEF_KEY_, END_TIME_)",
            "CREATE INDEX IF NOT EXISTS WIJK_IDX_JOB_DUE ON ACT_RU_JOB (DUEDATE_)",
            "CREATE INDEX IF NOT EXISTS WIJK_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)",
            "CREATE INDEX IF NOT EXISTS WIJK_IDX_HI_PI_START ON ACT_HI_PROCINST (START_TIME_, ID_)");

    /**
     * PostgreSQL only (H2 has no partial index): the open cases newest first. With the index above the list of open
     * cases read every newer closed case before its first open one (26 ms at 100,000 open and as many closed cases,
     * against 0.3 ms with this one; issue 17, run 10).
     */
    static final List<String> POSTGRESQL = List.of(
            "CREATE INDEX IF NOT EXISTS WIJK_IDX_HI_PI_OPEN_START ON ACT_HI_PROCINST (START_TIME_, ID_) WHERE END_TIME_ IS NULL");

    /**
     * PostgreSQL only: how often each variable name goes with each value, which PostgreSQL does not know by itself (it
     * takes name and value as independent). The case list asks for cases with a variable {@code wijk} of value
     * {@code oost}: without these statistics PostgreSQL took "oost" to be as rare among the wijk values as among all
     * values (115 rows where there were 4,000), read every one of them and sorted, instead of reading the newest cases
     * until the page is full (10,000 open cases: wijkbureau page 39 → 6 ms, wijkregisseur of every wijk 39 → 1 ms in the
     * database; issue 17, run 19). Analysed once when created; autovacuum keeps them up to date.
     */
    static final String STATISTIEKEN = "WIJK_STAT_HI_VAR_NAAM_WAARDE";

    private final JdbcTemplate jdbc;

    Indexen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    void maakAan() {
        boolean postgresql = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) Databasesoort::postgresql));
        for (String index : postgresql ? Stream.concat(INDEXEN.stream(), POSTGRESQL.stream()).toList() : INDEXEN) {
            try {
                jdbc.execute(index);
            } catch (DataAccessException e) {
                // another instance creating the same index at the same moment; it exists either way
                LOG.warn("Index niet aangemaakt ({}): {}", index, e.getMostSpecificCause().getMessage());
            }
        }
        if (postgresql) {
            maakStatistiekenAan();
        }
    }

    private void maakStatistiekenAan() {
        Integer bestaand = jdbc.queryForObject("SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname = LOWER(?)", Integer.class,
                STATISTIEKEN);
        if (bestaand != null && bestaand > 0) {
            return;
        }
        try {
            jdbc.execute("CREATE STATISTICS IF NOT EXISTS " + STATISTIEKEN + " (mcv) ON NAME_, TEXT_ FROM ACT_HI_VARINST");
            jdbc.execute("ANALYZE ACT_HI_VARINST");
        } catch (DataAccessException e) {
            LOG.warn("Statistieken niet aangemaakt ({}): {}", STATISTIEKEN, e.getMostSpecificCause().getMessage());
        }
    }
}
