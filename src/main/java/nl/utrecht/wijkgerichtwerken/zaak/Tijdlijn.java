package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.BESLUITVELDEN;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.DIENST;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.TOELICHTINGVELDEN;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

/**
 * The timeline of a case from the engine's history: every completed task with who completed it, when, and what
 * its form decided (the values written by that task: on the task itself, as the dienstdirecteuren's decisions
 * per dienst, or on the case from the task's activity). Nothing here comes from a value a later step could change.
 */
@Component
class Tijdlijn {

    record Stap(String stap, String dienst, String door, Date moment, String besluit, String toelichting) {
    }

    private final HistoryService historie;

    Tijdlijn(ProcessEngine engine) {
        this.historie = engine.getHistoryService();
    }

    List<Stap> van(String instantie) {
        List<HistoricTaskInstance> taken = historie.createHistoricTaskInstanceQuery().processInstanceId(instantie)
                .finished().orderByHistoricTaskInstanceEndTime().asc().list().stream()
                .filter(taak -> "completed".equals(taak.getDeleteReason())).toList();
        Map<String, Map<String, Object>> perTaak = waardenPerTaak(instantie, taken);
        List<Stap> stappen = new ArrayList<>();
        for (HistoricTaskInstance taak : taken) {
            Map<String, Object> waarden = perTaak.getOrDefault(taak.getId(), Map.of());
            stappen.add(new Stap(Stapnaam.van(taak.getName()), tekst(waarden.get(DIENST)), door(taak, waarden), taak.getEndTime(),
                    eerste(waarden, BESLUITVELDEN), eerste(waarden, TOELICHTINGVELDEN)));
        }
        return stappen;
    }

    /** Per task the last value of each variable its completion wrote (on the task or from its activity). */
    private Map<String, Map<String, Object>> waardenPerTaak(String instantie, List<HistoricTaskInstance> taken) {
        Map<String, String> taakVanActiviteit = new HashMap<>();
        taken.forEach(taak -> taakVanActiviteit.put(taak.getActivityInstanceId(), taak.getId()));
        Map<String, Map<String, Object>> perTaak = new HashMap<>();
        for (HistoricDetail detail : historie.createHistoricDetailQuery().processInstanceId(instantie).variableUpdates()
                .disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list()) {
            String taak = detail.getTaskId() != null ? detail.getTaskId() : taakVanActiviteit.get(detail.getActivityInstanceId());
            if (taak != null && detail instanceof HistoricVariableUpdate update && !(update.getTypedValue() instanceof ObjectValue)) {
                perTaak.computeIfAbsent(taak, t -> new LinkedHashMap<>()).put(update.getVariableName(), update.getValue());
            }
        }
        return perTaak;
    }

    private String door(HistoricTaskInstance taak, Map<String, Object> waarden) {
        if (waarden.get(Voltooiers.VOLTOOID_DOOR) instanceof String door) {
            return door;
        }
        return historie.createUserOperationLogQuery().taskId(taak.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst().orElse(taak.getAssignee());
    }

    private static String eerste(Map<String, Object> waarden, List<String> namen) {
        return namen.stream().map(waarden::get).filter(Objects::nonNull).map(Tijdlijn::tekst).findFirst().orElse(null);
    }

    private static String tekst(Object waarde) {
        return waarde == null ? null : waarde.toString();
    }
}
