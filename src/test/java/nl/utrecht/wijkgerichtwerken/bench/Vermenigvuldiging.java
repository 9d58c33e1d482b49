package nl.utrecht.wijkgerichtwerken.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.utrecht.wijkgerichtwerken.zaak.Zoekteksten;

/**
 * Multiplies the cases the engine made, row for row, in the tables that the dashboard, the Tasklist filters and
 * the engine's queries read: runtime executions, tasks, variables (with their byte arrays), identity links and
 * task authorizations, and the history of instances, activities, tasks, variables, details and identity links.
 * Every copy gets new ids (suffix {@code k<n>}) and a new business key, so it is a case of its own to every
 * query. PostgreSQL only. Jobs are not copied: the copies have no timers, which the figures measured here do not
 * read; the timer figure comes from cases the engine made itself.
 *
 * <p>Why: the engine makes about 15 cases a second on two cores with their mails and history; 100,000 open and
 * 100,000 closed ones would take hours. The benchmark makes {@code bench.klein} real ones and copies them.
 */
final class Vermenigvuldiging {

    /** Columns that hold the id of something copied along (these get the suffix); everything else is copied as is. */
    private static final Set<String> IDS = Set.of("ID_", "PROC_INST_ID_", "EXECUTION_ID_", "TASK_ID_", "PARENT_ID_",
            "SUPER_EXEC_", "ROOT_PROC_INST_ID_", "BYTEARRAY_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "VAR_SCOPE_",
            "VAR_INST_ID_", "BUSINESS_KEY_", "SUPER_PROCESS_INSTANCE_ID_", "CALL_PROC_INST_ID_", "PARENT_TASK_ID_",
            "CASE_INST_ID_", "CASE_EXECUTION_ID_", "SUPER_CASE_EXEC_", "SUPER_CASE_INSTANCE_ID_",
            "PROCESS_INSTANCE_ID_");

    /** Table and which of its rows belong to the cases of the given process definition keys. */
    private record Tabel(String naam, String rijen) {
    }

    private static final String ZAKEN = "(SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ IN "
            + "('escalatie', 'wijkplatform-advies', 'initiatief', 'informatieverzoek') AND ID_ !~ 'k[0-9]+$')";

    private static final List<Tabel> TABELLEN = List.of(
            new Tabel("ACT_GE_BYTEARRAY", "ID_ IN (SELECT BYTEARRAY_ID_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ IN " + ZAKEN
                    + " UNION SELECT BYTEARRAY_ID_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ IN " + ZAKEN
                    + " UNION SELECT BYTEARRAY_ID_ FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ IN " + ZAKEN + ")"),
            new Tabel("ACT_RU_EXECUTION", "PROC_INST_ID_ IN " + ZAKEN),
            new Tabel("ACT_RU_TASK", "PROC_INST_ID_ IN " + ZAKEN),
            new Tabel("ACT_RU_VARIABLE", "PROC_INST_ID_ IN " + ZAKEN),
            new Tabel("ACT_RU_IDENTITYLINK", "TASK_ID_ IN (SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN " + ZAKEN + ")"),
            new Tabel("ACT_RU_AUTHORIZATION", "RESOURCE_TYPE_ = 7 AND RESOURCE_ID_ IN (SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN "
                    + ZAKEN + ")"),
            new Tabel("ACT_HI_PROCINST", "ID_ IN " + ZAKEN),
            new Tabel("ACT_HI_ACTINST", "PROC_INST_ID_ IN " + ZAKEN),
            new Tabel("ACT_HI_TASKINST", "PROC_INST_ID_ IN " + ZAKEN),
            new Tabel("ACT_HI_VARINST", "PROC_INST_ID_ IN " + ZAKEN),
            new Tabel("ACT_HI_DETAIL", "PROC_INST_ID_ IN " + ZAKEN),
            new Tabel("ACT_HI_IDENTITYLINK", "TASK_ID_ IN (SELECT ID_ FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ IN " + ZAKEN + ")"));

    private final JdbcTemplate jdbc;
    private final Zoekteksten zoekteksten;

    Vermenigvuldiging(JdbcTemplate jdbc, Zoekteksten zoekteksten) {
        this.jdbc = jdbc;
        this.zoekteksten = zoekteksten;
    }

    /** Adds copies {@code van..tot} (inclusive) of every original case. */
    void kopieer(int van, int tot) {
        if (tot < van) {
            return;
        }
        // every copy of a table in one statement: the originals are found once, not once per copy
        for (Tabel tabel : TABELLEN) {
            long begin = System.nanoTime();
            int rijen = jdbc.update("INSERT INTO " + tabel.naam() + " (" + String.join(", ", kolommen(tabel.naam())) + ") SELECT "
                    + String.join(", ", waarden(tabel.naam(), "('k' || kopie.n)")) + " FROM " + tabel.naam()
                    + " CROSS JOIN generate_series(" + van + ", " + tot + ") AS kopie(n) WHERE " + tabel.rijen());
            CasesysteemBenchmark.schrijfLog("kopieën " + van + "–" + tot + ": " + rijen + " rijen in " + tabel.naam() + " in "
                    + (System.nanoTime() - begin) / 1_000_000 + " ms");
        }
        // the copies' search texts, as the app adds those of cases from before its table when it starts
        long gevuld = System.nanoTime();
        int teksten = zoekteksten.vulAan();
        CasesysteemBenchmark.schrijfLog("kopieën " + van + "–" + tot + ": " + teksten + " zoekteksten in "
                + (System.nanoTime() - gevuld) / 1_000_000 + " ms");
        // as autovacuum leaves a database that grew over months: statistics, and the visibility map and hint bits of
        // the copied rows set (without, the first reads after copying millions of rows set them, and autovacuum runs
        // beside the measurement: runs 11 and 15 measured the case list and the search at 0.9-1.4 s that way)
        long begin = System.nanoTime();
        jdbc.execute("VACUUM (ANALYZE)");
        CasesysteemBenchmark.schrijfLog("VACUUM (ANALYZE) na het kopiëren in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
    }

    private List<String> kolommen(String tabel) {
        return jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE lower(table_name) = lower(?)"
                + " ORDER BY ordinal_position", String.class, tabel).stream().map(String::toUpperCase).toList();
    }

    private List<String> waarden(String tabel, String achtervoegsel) {
        List<String> waarden = new ArrayList<>();
        for (String kolom : kolommen(tabel)) {
            boolean id = IDS.contains(kolom) || tabel.equals("ACT_RU_AUTHORIZATION") && kolom.equals("RESOURCE_ID_");
            // same length (ids fill their columns): the last characters become "k<n>". Engine ids are time-based
            // UUIDs (alone or after an activity id) whose last characters are the generator's node, the same in
            // every id, so the copies stay unique; hex never contains a k, so a copy never meets an original. (The
            // first characters would not do: they are the fast-changing time, and two ids a few seconds apart can
            // differ only there.)
            String nieuw = kolom.equals("BUSINESS_KEY_") ? kolom + " || '-' || " + achtervoegsel
                    : "SUBSTRING(" + kolom + " FROM 1 FOR LENGTH(" + kolom + ") - LENGTH(" + achtervoegsel + ")) || " + achtervoegsel;
            waarden.add(id ? "CASE WHEN " + kolom + " IS NULL THEN NULL ELSE " + nieuw + " END" : kolom);
        }
        return waarden;
    }
}
