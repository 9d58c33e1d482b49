package nl.utrecht.wijkgerichtwerken.dashboard;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.config.Invoercontrole;

/**
 * Escalations started in a period per betrokken dienst: the {@code diensten} of each case are a serialized list,
 * so they are read through the engine's history service (in chunks) rather than in SQL.
 */
@Component
class EscalatieDiensten {

    private static final int BLOK = 500;

    private final JdbcTemplate jdbc;
    private final HistoryService historyService;
    private final DashboardNamen namen;

    EscalatieDiensten(JdbcTemplate jdbc, HistoryService historyService, DashboardNamen namen) {
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.namen = namen;
    }

    List<Kengetallen.Aantal> perDienst(Timestamp vanaf, Timestamp tot) {
        List<String> zaken = jdbc.queryForList("SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'escalatie'"
                + " AND START_TIME_ >= ? AND START_TIME_ < ?", String.class, vanaf, tot);
        Map<String, Long> perDienst = new TreeMap<>();
        for (int i = 0; i < zaken.size(); i += BLOK) {
            List<String> blok = zaken.subList(i, Math.min(zaken.size(), i + BLOK));
            for (HistoricVariableInstance diensten : historyService.createHistoricVariableInstanceQuery()
                    .variableName("diensten").processInstanceIdIn(blok.toArray(String[]::new)).list()) {
                if (diensten.getProcessInstanceId().equals(diensten.getActivityInstanceId())) {
                    Invoercontrole.lijst(diensten.getValue()).forEach(dienst -> perDienst.merge(dienst, 1L, Long::sum));
                }
            }
        }
        return perDienst.entrySet().stream()
                .map(e -> new Kengetallen.Aantal(e.getKey(), namen.dienst(e.getKey()), e.getValue())).toList();
    }
}
