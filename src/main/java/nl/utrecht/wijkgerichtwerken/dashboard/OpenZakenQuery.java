package nl.utrecht.wijkgerichtwerken.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SQL over the engine's runtime tables for the open cases of the four processes: per case (and per dienst, for
 * the per-dienst tasks of an escalation) the open task that is due first, with the case's wijk, dienst and rung
 * or step. Reads ACT_RU_TASK, ACT_RU_VARIABLE and ACT_RE_PROCDEF directly (indexes in config/Indexen.java),
 * so the figures are always those of the engine itself; plain SQL that runs on H2 and PostgreSQL.
 */
@Component
class OpenZakenQuery {

    static final List<String> PROCESSEN = Procesnamen.PROCESSEN;

    /** One row per case (and dienst): the open task due first. */
    private static final String LEIDENDE_TAKEN = Procesnamen.sql("""
            SELECT * FROM (
              SELECT t.ID_ AS taak_id, t.PROC_INST_ID_ AS zaak_id, t.NAME_ AS taak_naam, t.ASSIGNEE_ AS behandelaar,
                     t.CREATE_TIME_ AS gestart, t.DUE_DATE_ AS termijn, t.FOLLOW_UP_DATE_ AS waarschuwing,
                     d.KEY_ AS proces, w.TEXT_ AS wijk, COALESCE(dl.TEXT_, dp.TEXT_) AS dienst,
                     CASE WHEN n.TEXT_ IS NOT NULL THEN n.TEXT_ ELSE t.TASK_DEF_KEY_ END AS stap,
                     CASE WHEN o.LONG_ = 1 THEN 1 ELSE 0 END AS opgeschort,
                     ROW_NUMBER() OVER (PARTITION BY t.PROC_INST_ID_, COALESCE(dl.TEXT_, dp.TEXT_, '')
                                        ORDER BY t.DUE_DATE_, t.ID_) AS rang
              FROM ACT_RU_TASK t
              JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
              LEFT JOIN ACT_RU_VARIABLE w ON w.EXECUTION_ID_ = t.PROC_INST_ID_ AND w.NAME_ = {WIJK} AND w.TASK_ID_ IS NULL
              LEFT JOIN ACT_RU_VARIABLE dl ON dl.EXECUTION_ID_ = t.EXECUTION_ID_ AND dl.NAME_ = {DIENST}
                     AND dl.TASK_ID_ IS NULL AND t.EXECUTION_ID_ <> t.PROC_INST_ID_
              LEFT JOIN ACT_RU_VARIABLE dp ON dp.EXECUTION_ID_ = t.PROC_INST_ID_ AND dp.NAME_ = {DIENST} AND dp.TASK_ID_ IS NULL
              LEFT JOIN ACT_RU_VARIABLE n ON n.EXECUTION_ID_ = t.PROC_INST_ID_ AND n.NAME_ = {NIVEAU} AND n.TASK_ID_ IS NULL
                     AND d.KEY_ = {ESCALATIE}
              LEFT JOIN ACT_RU_VARIABLE o ON o.EXECUTION_ID_ = t.PROC_INST_ID_ AND o.NAME_ = {OPGESCHORT} AND o.TASK_ID_ IS NULL
              WHERE (t.DUE_DATE_ IS NOT NULL OR o.LONG_ = 1)
                AND d.KEY_ IN (%s)
            ) z WHERE z.rang = 1""".formatted(Procesnamen.lijst(PROCESSEN)));

    /** The bucket by the deadline and warning moments; begin and deadline days only where overdue. */
    private static final String TELLING = """
            SELECT proces, wijk, dienst, stap, bak, begindag, termijndag, COUNT(*) AS aantal FROM (
              SELECT proces, wijk, dienst, stap,
                     CASE WHEN opgeschort = 1 THEN 'opgeschort'
                          WHEN termijn < ? THEN 'te-laat'
                          WHEN waarschuwing < ? OR termijn < ? THEN 'bijna-te-laat'
                          ELSE 'op-tijd' END AS bak,
                     CASE WHEN termijn < ? AND opgeschort = 0 THEN CAST(gestart AS DATE) END AS begindag,
                     CASE WHEN termijn < ? AND opgeschort = 0 THEN CAST(termijn AS DATE) END AS termijndag
              FROM (%s) l
            ) b GROUP BY proces, wijk, dienst, stap, bak, begindag, termijndag""".formatted(LEIDENDE_TAKEN);

    /** A group of open cases in one cell and bucket; the days are set for overdue ones only. */
    record Groep(String proces, String wijk, String dienst, String stap, String bak,
                 LocalDate begindag, LocalDate termijndag, long aantal) {
    }

    /** One open case's leading task, with its days (a task without due date is no leading task unless its case stands still). */
    record Leidend(String zaakId, String taakId, String proces, String wijk, String dienst, String stap,
                   LocalDate gestart, LocalDate termijn, LocalDate waarschuwing, boolean opgeschort) {
    }

    /** What the click-through list shows of a case beyond its leading task's days, read when listed. */
    record Details(String zaaknummer, String titel, String taakNaam, String behandelaar) {
    }

    /** Filters of a click-through: {@code null} leaves a dimension open, {@code ""} asks for "none". */
    record Filter(String proces, String wijk, String dienst, String stap) {
    }

    private final JdbcTemplate jdbc;

    OpenZakenQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Groep> tel(Termijnbakken.Grenzen grenzen) {
        return jdbc.query(TELLING, (rs, i) -> new Groep(rs.getString("proces"), rs.getString("wijk"),
                        rs.getString("dienst"), rs.getString("stap"), rs.getString("bak"), dag(rs, "begindag"),
                        dag(rs, "termijndag"), rs.getLong("aantal")),
                grenzen.vandaag(), grenzen.morgen(), grenzen.morgen(), grenzen.vandaag(), grenzen.vandaag());
    }

    /**
     * Every open case's leading task (and per dienst), by due date: what the click-through lists filter in memory,
     * kept in {@link DashboardMomentopname}. Repeated texts (process, wijk, dienst, step) are shared.
     */
    List<Leidend> leidend() {
        java.util.Map<String, String> gedeeld = new java.util.HashMap<>();
        List<Leidend> rijen = new ArrayList<>();
        jdbc.query("SELECT * FROM (" + LEIDENDE_TAKEN + ") l ORDER BY l.termijn, l.taak_id", rs -> {
            rijen.add(new Leidend(rs.getString("zaak_id"), rs.getString("taak_id"), gedeeld(gedeeld, rs.getString("proces")),
                    gedeeld(gedeeld, rs.getString("wijk")), gedeeld(gedeeld, rs.getString("dienst")),
                    gedeeld(gedeeld, rs.getString("stap")), Termijnbakken.dag(rs.getTimestamp("gestart")),
                    Termijnbakken.dag(rs.getTimestamp("termijn")), Termijnbakken.dag(rs.getTimestamp("waarschuwing")),
                    rs.getInt("opgeschort") == 1));
        });
        return rijen;
    }

    /** The case number, title, task name and assignee of these tasks as they are now; a task since gone is missing. */
    java.util.Map<String, Details> details(List<String> taakIds) {
        java.util.Map<String, Details> details = new java.util.HashMap<>();
        if (taakIds.isEmpty()) {
            return details;
        }
        String vragen = String.join(", ", java.util.Collections.nCopies(taakIds.size(), "?"));
        jdbc.query(Procesnamen.sql("""
                SELECT t.ID_ AS taak_id, t.NAME_ AS taak_naam, t.ASSIGNEE_ AS behandelaar, e.BUSINESS_KEY_ AS zaaknummer,
                       (SELECT MIN(v.TEXT_) FROM ACT_RU_VARIABLE v WHERE v.EXECUTION_ID_ = t.PROC_INST_ID_
                          AND v.NAME_ IN ({TITEL}, {ONDERWERP}) AND v.TASK_ID_ IS NULL) AS titel
                FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ WHERE t.ID_ IN (%s)""").formatted(vragen),
                rs -> {
                    details.put(rs.getString("taak_id"), new Details(rs.getString("zaaknummer"), rs.getString("titel"),
                            rs.getString("taak_naam"), rs.getString("behandelaar")));
                }, taakIds.toArray());
        return details;
    }

    private static String gedeeld(java.util.Map<String, String> gedeeld, String tekst) {
        return tekst == null ? null : gedeeld.computeIfAbsent(tekst, t -> t);
    }

    private static LocalDate dag(ResultSet rs, String kolom) throws SQLException {
        Date datum = rs.getDate(kolom);
        return datum == null ? null : datum.toLocalDate();
    }
}
