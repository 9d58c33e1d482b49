package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * After all dienstdirecteuren decided: one decision for the rung. Each dienst's decision is read from
 * the engine's history of the completed task of that dienst (recorded there by
 * {@link BesluitControleListener}), not from a variable any task holder could write.
 */
@Component("escalatieDienstBesluiten")
class DienstBesluitenDelegate implements JavaDelegate {

    private final Escalatieladder ladder;

    DienstBesluitenDelegate(Escalatieladder ladder) {
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> volgorde = EscalatieStartRegels.alsLijst(execution.getVariable(DIENSTEN));
        List<Escalatieladder.DienstBesluit> besluiten = new ArrayList<>(vastgelegd(execution).values());
        besluiten.sort(Comparator.comparingInt(b -> volgorde.contains(b.dienst()) ? volgorde.indexOf(b.dienst()) : volgorde.size()));
        Escalatieladder.Samengevoegd besluit = ladder.samenvoegen(besluiten);
        execution.setVariable(BESLUIT, besluit.besluit());
        execution.setVariable(TOELICHTING, besluit.toelichting());
        execution.setVariable(AFSPRAKEN, besluit.afspraken());
        execution.setVariable(CONTROLE_DATUM, besluit.controleDatum());
        execution.setVariable(BESLUIT_DOOR, "dienstdirecteuren");
    }

    /** Per dienst the decision of its most recently completed task in this case. */
    private static Map<String, Escalatieladder.DienstBesluit> vastgelegd(DelegateExecution execution) {
        HistoryService historie = execution.getProcessEngineServices().getHistoryService();
        List<String> taken = historie.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(BesluitControleListener.TAAK_DIENSTDIRECTEUR).finished()
                .orderByHistoricTaskInstanceEndTime().asc().list().stream()
                .filter(taak -> "completed".equals(taak.getDeleteReason())).map(HistoricTaskInstance::getId).toList();
        Map<String, Map<String, Object>> perTaak = new HashMap<>();
        if (!taken.isEmpty()) {
            for (HistoricVariableInstance v : historie.createHistoricVariableInstanceQuery()
                    .taskIdIn(taken.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
                perTaak.computeIfAbsent(v.getTaskId(), t -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        Map<String, Escalatieladder.DienstBesluit> besluiten = new LinkedHashMap<>();
        for (String taak : taken) {
            Map<String, Object> v = perTaak.getOrDefault(taak, Map.of());
            if (v.get(DIENST) instanceof String dienst) {
                besluiten.put(dienst, new Escalatieladder.DienstBesluit(dienst, (String) v.get(BESLUIT),
                        (String) v.get(TOELICHTING), (String) v.get(AFSPRAKEN), (String) v.get(CONTROLE_DATUM)));
            }
        }
        return besluiten;
    }
}
