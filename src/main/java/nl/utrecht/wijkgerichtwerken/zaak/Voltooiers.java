package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * Who completed a task of a case, from what the engine recorded, never from a process variable: what
 * the task's complete listener noted on the task itself ({@link #leg}; once the task is done only its
 * history holds it, which no task holder can change), else the user of the engine's operation log entry
 * "Complete", else the task's assignee when it ended.
 */
public final class Voltooiers {

    /** Task-local variable with the completing user, kept in the task's history. */
    public static final String VOLTOOID_DOOR = "voltooidDoor";

    private Voltooiers() {
    }

    /** For a complete listener: notes on the task who completes it (the authenticated user, else the assignee). */
    public static String leg(DelegateTask taak) {
        String door = Taakgebruiker.van(taak);
        taak.setVariableLocal(VOLTOOID_DOOR, door);
        return door;
    }

    /** The users who completed task {@code taakDefinitie} in the case, most recent first. */
    public static List<String> van(ProcessEngineServices engine, String zaak, String taakDefinitie) {
        HistoryService historie = engine.getHistoryService();
        List<HistoricTaskInstance> taken = historie.createHistoricTaskInstanceQuery().processInstanceId(zaak)
                .taskDefinitionKey(taakDefinitie).finished().orderByHistoricTaskInstanceEndTime().desc().list().stream()
                .filter(taak -> "completed".equals(taak.getDeleteReason())).toList();
        if (taken.isEmpty()) {
            return List.of();
        }
        Map<String, String> genoteerd = new HashMap<>();
        for (HistoricVariableInstance v : historie.createHistoricVariableInstanceQuery().variableName(VOLTOOID_DOOR)
                .taskIdIn(taken.stream().map(HistoricTaskInstance::getId).toArray(String[]::new)).list()) {
            if (v.getValue() instanceof String door) {
                genoteerd.put(v.getTaskId(), door);
            }
        }
        List<String> voltooiers = new ArrayList<>();
        for (HistoricTaskInstance taak : taken) {
            String door = genoteerd.containsKey(taak.getId()) ? genoteerd.get(taak.getId())
                    : historie.createUserOperationLogQuery().taskId(taak.getId())
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
