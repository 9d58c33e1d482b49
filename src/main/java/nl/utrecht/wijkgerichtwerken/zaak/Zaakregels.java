package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.ZAAKVELDEN;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the case list and the case file show of cases, read in three plain statements over the engine's tables (the
 * cases, their {@link Zaakprocessen#ZAAKVELDEN}, their open tasks) instead of the engine's three queries: for a page of
 * 200 cases those spent most of the list's time building their SQL for 200 ids and mapping entities (benchmark,
 * issue 17).
 * Reads the same rows the engine's queries read: case-level values of variables that are not deleted, every open task.
 */
@Component
class Zaakregels {

    /** One case of the page, before it becomes a {@link Zaak}. */
    record Regel(String instantie, String zaaknummer, String proces, boolean open, Map<String, Object> waarden,
            Taakstand vroegsteTaak) {
    }

    /** The open task of a case that is due first, as far as the list shows it. */
    record Taakstand(String naam, Date termijn, Date aangemaakt, Date opvolging) {
    }

    private final JdbcTemplate jdbc;

    Zaakregels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases with these process instance ids, in this order; an id that is no case is left out. */
    List<Regel> lees(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> idWaarden = new ArrayList<>();
        String in = Zaakzoekvraag.vraagtekens(ids, idWaarden);
        Map<String, Map<String, Object>> waarden = new HashMap<>();
        List<Object> parameters = new ArrayList<>(idWaarden);
        jdbc.query("SELECT v.PROC_INST_ID_, v.NAME_, v.VAR_TYPE_, v.TEXT_, v.LONG_, v.DOUBLE_ FROM ACT_HI_VARINST v"
                + " WHERE v.PROC_INST_ID_ IN (" + in + ") AND v.NAME_ IN (" + Zaakzoekvraag.vraagtekens(ZAAKVELDEN, parameters)
                + ") AND v.TASK_ID_ IS NULL AND (v.STATE_ IS NULL OR v.STATE_ <> 'DELETED')", rs -> {
                    Object waarde = waarde(rs);
                    if (waarde != null) {
                        waarden.computeIfAbsent(rs.getString("PROC_INST_ID_"), i -> new HashMap<>()).put(rs.getString("NAME_"), waarde);
                    }
                }, parameters.toArray());
        Map<String, Taakstand> vroegste = new HashMap<>();
        jdbc.query("SELECT t.PROC_INST_ID_, t.NAME_, t.DUE_DATE_, t.CREATE_TIME_, t.FOLLOW_UP_DATE_ FROM ACT_RU_TASK t"
                + " WHERE t.PROC_INST_ID_ IN (" + in + ")", rs -> {
                    Taakstand taak = new Taakstand(rs.getString("NAME_"), datum(rs.getTimestamp("DUE_DATE_")),
                            datum(rs.getTimestamp("CREATE_TIME_")), datum(rs.getTimestamp("FOLLOW_UP_DATE_")));
                    vroegste.merge(rs.getString("PROC_INST_ID_"), taak, Zaakregels::vroegste);
                }, idWaarden.toArray());
        Map<String, Regel> perId = new HashMap<>();
        jdbc.query("SELECT p.ID_, p.BUSINESS_KEY_, p.PROC_DEF_KEY_, p.END_TIME_ FROM ACT_HI_PROCINST p WHERE p.ID_ IN (" + in + ")",
                rs -> {
                    String id = rs.getString("ID_");
                    perId.put(id, new Regel(id, rs.getString("BUSINESS_KEY_"), rs.getString("PROC_DEF_KEY_"),
                            rs.getTimestamp("END_TIME_") == null, waarden.getOrDefault(id, Map.of()), vroegste.get(id)));
                }, idWaarden.toArray());
        return ids.stream().map(perId::get).filter(Objects::nonNull).toList();
    }

    /** Of two open tasks of a case, the one due first (one without due date last). */
    private static Taakstand vroegste(Taakstand a, Taakstand b) {
        Comparator<Taakstand> opTermijn = Comparator.comparing(Taakstand::termijn, Comparator.nullsLast(Comparator.naturalOrder()));
        return opTermijn.compare(a, b) <= 0 ? a : b;
    }

    /** The value as the engine gives it for the types these fields have (text, boolean, number). */
    private static Object waarde(ResultSet rs) throws SQLException {
        String type = rs.getString("VAR_TYPE_");
        if ("boolean".equals(type)) {
            long getal = rs.getLong("LONG_");
            return rs.wasNull() ? null : getal == 1;
        }
        if ("integer".equals(type) || "long".equals(type) || "short".equals(type)) {
            long getal = rs.getLong("LONG_");
            return rs.wasNull() ? null : getal;
        }
        if ("double".equals(type)) {
            double getal = rs.getDouble("DOUBLE_");
            return rs.wasNull() ? null : getal;
        }
        return rs.getString("TEXT_");
    }

    private static Date datum(Timestamp moment) {
        return moment == null ? null : new Date(moment.getTime());
    }
}
