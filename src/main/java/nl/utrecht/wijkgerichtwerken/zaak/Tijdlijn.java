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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.springframework.stereotype.Component;

/**
 * The timeline of a case from the engine's history: every completed task with who completed it, when, and what
 * its form decided (the values written by that task: on the task itself, as the dienstdirecteuren's decisions
 * per dienst, or on the case from the task's activity). Nothing here comes from a value a later step could change.
 */
@Component
class Tijdlijn {

    /** {@code punten}: an advice's reactie per point (nummer, tekst, standpunt, standpuntLabel, motivering), else empty. */
    record Stap(String stap, String dienst, String door, Date moment, String besluit, String toelichting,
            List<Map<String, Object>> punten) {
    }

    private static final String PUNTEN = "punten";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HistoryService historie;

    Tijdlijn(ProcessEngine engine) {
        this.historie = engine.getHistoryService();
    }

    List<Stap> van(String instantie) {
        List<HistoricTaskInstance> taken = historie.createHistoricTaskInstanceQuery().processInstanceId(instantie)
                .finished().orderByHistoricTaskInstanceEndTime().asc().list().stream()
                .filter(taak -> "completed".equals(taak.getDeleteReason())).toList();
        Map<String, Map<String, Object>> perTaak = waardenPerTaak(instantie, taken);
        Map<String, Object> puntenPerTaak = puntenPerTaak(instantie, taken);
        List<Stap> stappen = new ArrayList<>();
        for (HistoricTaskInstance taak : taken) {
            Map<String, Object> waarden = perTaak.getOrDefault(taak.getId(), Map.of());
            stappen.add(new Stap(Stapnaam.van(taak.getName()), tekst(waarden.get(DIENST)), door(taak, waarden), taak.getEndTime(),
                    eerste(waarden, BESLUITVELDEN), eerste(waarden, TOELICHTINGVELDEN), punten(puntenPerTaak.get(taak.getId()))));
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
                perTaak.computeIfAbsent(taak, t -> new LinkedHashMap<>()).put(update.getVariableName(), waarde(update));
            }
        }
        return perTaak;
    }

    /**
     * The points of each reactie: the reactie's complete listener writes them on the case from the enclosing
     * subprocess, not from the task's activity, so they belong to the first task that ended at or after they were
     * written (the last write before that end wins: the checked points, not the form's raw input).
     */
    private Map<String, Object> puntenPerTaak(String instantie, List<HistoricTaskInstance> taken) {
        Map<String, Object> perTaak = new HashMap<>();
        for (HistoricDetail detail : historie.createHistoricDetailQuery().processInstanceId(instantie).variableUpdates()
                .disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list()) {
            if (detail instanceof HistoricVariableUpdate update && PUNTEN.equals(update.getVariableName())) {
                taken.stream().filter(taak -> !taak.getEndTime().before(detail.getTime())).findFirst()
                        .ifPresent(taak -> perTaak.put(taak.getId(), waarde(update)));
            }
        }
        return perTaak;
    }

    /** The value as written; a JSON value (the reactie's points) as its text, it is not deserialized here. */
    private static Object waarde(HistoricVariableUpdate update) {
        return update.getTypedValue() instanceof SerializableValue json && !json.isDeserialized()
                ? json.getValueSerialized() : update.getValue();
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

    /** The points as the reactie's completion stored them (JSON); only a completed reactie has a standpunt per point. */
    private static List<Map<String, Object>> punten(Object waarde) {
        if (waarde == null) {
            return List.of();
        }
        try {
            List<Map<String, Object>> punten = JSON.readValue(waarde.toString(), new TypeReference<List<Map<String, Object>>>() {
            });
            return punten.stream().anyMatch(punt -> punt.get("standpunt") != null) ? punten : List.of();
        } catch (JsonProcessingException | ClassCastException e) {
            return List.of();
        }
    }

    private static String tekst(Object waarde) {
        return waarde == null ? null : waarde.toString();
    }
}
