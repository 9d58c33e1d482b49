package nl.utrecht.wijkgerichtwerken.organisatie;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * Who completed a task of a case, from what the engine recorded, never from a variable: the user of the
 * engine's operation log entry "Complete" (written for every authenticated completion, through REST,
 * Tasklist or the Java API), else the task's assignee when it ended. No task holder can change either
 * once the task is done.
 */
public final class Voltooiers {

    private Voltooiers() {
    }

    /** The users who completed task {@code taakDefinitie} in the case, most recent first. */
    public static List<String> van(ProcessEngineServices engine, String zaak, String taakDefinitie) {
        HistoryService historie = engine.getHistoryService();
        List<String> voltooiers = new ArrayList<>();
        for (HistoricTaskInstance taak : historie.createHistoricTaskInstanceQuery().processInstanceId(zaak)
                .taskDefinitionKey(taakDefinitie).finished().orderByHistoricActivityInstanceStartTime().desc().list()) {
            if (!"completed".equals(taak.getDeleteReason())) {
                continue;
            }
            String door = historie.createUserOperationLogQuery().taskId(taak.getId())
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                    .map(UserOperationLogEntry::getUserId).filter(id -> id != null).findFirst()
                    .orElse(taak.getAssignee());
            if (door != null) {
                voltooiers.add(door);
            }
        }
        return voltooiers;
    }
}
