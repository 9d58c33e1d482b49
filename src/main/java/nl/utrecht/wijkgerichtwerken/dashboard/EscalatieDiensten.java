package nl.utrecht.wijkgerichtwerken.dashboard;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Escalations started in a period per betrokken dienst, in one SQL query over the history: each case keeps its
 * diensten also as text ({@code dienstenTekst}, ",so,sw,"), so the distinct combinations are counted by the
 * database and only split here.
 */
@Component
class EscalatieDiensten {

    private final JdbcTemplate jdbc;
    private final DashboardNamen namen;

    EscalatieDiensten(JdbcTemplate jdbc, DashboardNamen namen) {
        this.jdbc = jdbc;
        this.namen = namen;
    }

    List<Kengetallen.Aantal> perDienst(Timestamp vanaf, Timestamp tot) {
        Map<String, Long> perDienst = new TreeMap<>();
        jdbc.query(Procesnamen.sql("""
                SELECT v.TEXT_ AS diensten, COUNT(*) AS aantal FROM ACT_HI_PROCINST p
                JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = p.ID_ AND v.EXECUTION_ID_ = p.ID_ AND v.NAME_ = {DIENSTEN_TEKST}
                WHERE p.PROC_DEF_KEY_ = {ESCALATIE} AND p.START_TIME_ >= ? AND p.START_TIME_ < ?
                GROUP BY v.TEXT_"""), rs -> {
            long aantal = rs.getLong("aantal");
            for (String dienst : rs.getString("diensten").split(",")) {
                if (!dienst.isBlank()) {
                    perDienst.merge(dienst, aantal, Long::sum);
                }
            }
        }, vanaf, tot);
        return perDienst.entrySet().stream()
                .map(e -> new Kengetallen.Aantal(e.getKey(), namen.dienst(e.getKey()), e.getValue())).toList();
    }
}
