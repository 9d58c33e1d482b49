package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.DIENST;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.DIENSTEN_TEKST;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.WIJK;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Component;

/**
 * The case list's filters as one SQL query over the engine's history (ACT_HI_PROCINST, ACT_HI_VARINST): process,
 * open/closed, wijk, the search in zaaknummer, title and subject ({@link Zoekteksten}), and the reader's rights
 * ({@link Lezer}) all run in the database, so a page of the list reads only the cases it shows. Plain SQL for H2 and
 * PostgreSQL.
 */
@Component
class Zaakzoekvraag {

    /** A list request; {@code null} leaves a filter out. */
    record Vraag(Lezer lezer, List<String> processen, String wijk, String status, String zoek) {
    }

    private final JdbcTemplate jdbc;

    Zaakzoekvraag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The process instance ids of one page, newest first. */
    List<String> pagina(Vraag vraag, int overslaan, int aantal) {
        List<Object> parameters = new ArrayList<>();
        String waar = waar(vraag, parameters);
        parameters.add(overslaan);
        parameters.add(aantal);
        return jdbc.query(metDeWaarden("SELECT p.ID_ FROM ACT_HI_PROCINST p WHERE " + waar
                + " ORDER BY p.START_TIME_ DESC, p.ID_ DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", parameters),
                (rij, nummer) -> rij.getString(1));
    }

    /**
     * How many cases the request finds, counted up to {@code grens + 1}: a result above {@code grens} only says "more".
     * An exact count of tens of thousands of cases is what made the list slow for readers of every wijk (benchmark,
     * issue 17); the database stops at the first {@code grens + 1} matches.
     */
    long aantal(Vraag vraag, int grens) {
        List<Object> parameters = new ArrayList<>();
        String waar = waar(vraag, parameters);
        parameters.add(grens + 1);
        List<Long> aantal = jdbc.query(metDeWaarden("SELECT COUNT(*) FROM (SELECT 1 AS een FROM ACT_HI_PROCINST p WHERE "
                + waar + " FETCH FIRST ? ROWS ONLY) treffers", parameters), (rij, nummer) -> rij.getLong(1));
        return aantal.isEmpty() ? 0 : aantal.get(0);
    }

    /**
     * The statement planned for its own values every time. PostgreSQL's JDBC driver turns a statement it has run five
     * times on a connection into a server-side prepared statement, and PostgreSQL may then plan it once for any value.
     * For these filters that generic plan misjudges how many cases a wijk or dienst has: the benchmark's list of a
     * wijkregisseur of every wijk took 190 instead of 30 ms in the database from the sixth call on (issue 17, run 10).
     */
    private static PreparedStatementCreator metDeWaarden(String sql, List<Object> parameters) {
        return verbinding -> {
            PreparedStatement opdracht = verbinding.prepareStatement(sql);
            if (opdracht.isWrapperFor(PGStatement.class)) {
                opdracht.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            for (int i = 0; i < parameters.size(); i++) {
                opdracht.setObject(i + 1, parameters.get(i));
            }
            return opdracht;
        };
    }

    /** Whether the reader may read any case at all (else the list is empty without a query). */
    static boolean leestIets(Lezer lezer) {
        return lezer.leestAlles() || !lezer.wijken().isEmpty() || !lezer.diensten().isEmpty();
    }

    private static String waar(Vraag vraag, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("p.PROC_DEF_KEY_ IN (" + vraagtekens(vraag.processen(), parameters) + ")");
        if ("open".equals(vraag.status())) {
            sql.append(" AND p.END_TIME_ IS NULL");
        } else if ("gesloten".equals(vraag.status())) {
            sql.append(" AND p.END_TIME_ IS NOT NULL");
        }
        if (vraag.wijk() != null) {
            sql.append(" AND ").append(variabele(WIJK, "v.TEXT_ = ?"));
            parameters.add(vraag.wijk());
        }
        if (vraag.zoek() != null) {
            String patroon = "%" + vraag.zoek().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%";
            // number, title and subject, already in lower case (Zoekteksten)
            sql.append(" AND EXISTS (SELECT 1 FROM wijk_zoektekst z WHERE z.proc_inst_id = p.ID_ AND z.tekst LIKE ? ESCAPE '!')");
            parameters.add(patroon);
        }
        Lezer lezer = vraag.lezer();
        // a wijk the reader reads by wijk: the wijk filter above already says the reader may read each case it finds
        boolean wijkGeeftRecht = vraag.wijk() != null && lezer.wijken().contains(vraag.wijk());
        if (!lezer.leestAlles() && !wijkGeeftRecht) {
            List<String> rechten = new ArrayList<>();
            if (!lezer.wijken().isEmpty()) {
                rechten.add(variabele(WIJK, "v.TEXT_ IN (" + vraagtekens(lezer.wijken(), parameters) + ")"));
            }
            if (!lezer.diensten().isEmpty()) {
                rechten.add(variabele(DIENST, "v.TEXT_ IN (" + vraagtekens(lezer.diensten(), parameters) + ")"));
                List<String> delen = new ArrayList<>();
                for (String dienst : lezer.diensten()) {
                    delen.add("v.TEXT_ LIKE ?");
                    parameters.add("%," + dienst + ",%");
                }
                rechten.add(variabele(DIENSTEN_TEKST, String.join(" OR ", delen)));
            }
            sql.append(" AND (").append(rechten.isEmpty() ? "1 = 0" : String.join(" OR ", rechten)).append(')');
        }
        return sql.toString();
    }

    /**
     * A case-level (not task-local) variable of the case whose value meets {@code voorwaarde}, probed per case through
     * the engine's index on the instance id. Tried and measured instead (benchmark of 30 November 2026): an uncorrelated
     * {@code IN} with a partial index on wijk, dienst and diensten was faster for a reader of one wijk but four times
     * slower (3.5 s) for a reader of every wijk at 100,000 open cases.
     */
    private static String variabele(String namen, String voorwaarde) {
        return "EXISTS (SELECT 1 FROM ACT_HI_VARINST v WHERE v.PROC_INST_ID_ = p.ID_ AND v.NAME_ IN ('" + namen
                + "') AND v.TASK_ID_ IS NULL AND (" + voorwaarde + "))";
    }

    /** One {@code ?} per value for an {@code IN (…)}, the values added to the statement's parameters. */
    static String vraagtekens(Collection<String> waarden, List<Object> parameters) {
        parameters.addAll(waarden);
        return String.join(", ", waarden.stream().map(w -> "?").toList());
    }
}
