package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/**
 * When every dienst contributed or the team's term passed: the contributions per dienst and the diensten that did not
 * contribute, for the wijkregisseur's outcome task. Read from the history of this team's completed contribution tasks
 * (as {@link BijdrageControleListener} recorded them), kept on the team's own scope only.
 */
@Component("escalatieBijdragenSamenvoegen")
class BijdragenSamenvoegenDelegate implements JavaDelegate {

    private final Organisatie organisatie;

    BijdragenSamenvoegenDelegate(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    @Override
    public void execute(DelegateExecution team) {
        Map<String, String> bijdragen = bijdragen(team);
        List<String> regels = new ArrayList<>();
        bijdragen.forEach((dienst, bijdrage) -> regels.add(organisatie.dienstNaam(dienst) + ": " + bijdrage));
        List<String> ontbrekend = InterventieteamLeden.diensten(team.getVariable(INTERVENTIETEAM_DIENSTEN)).stream()
                .filter(dienst -> !bijdragen.containsKey(dienst)).map(organisatie::dienstNaam).toList();
        team.setVariableLocal(INTERVENTIETEAM_BIJDRAGEN, regels.isEmpty() ? "Geen bijdragen ontvangen." : String.join("\n\n", regels));
        team.setVariableLocal(ONTBREKENDE_BIJDRAGEN, ontbrekend.isEmpty() ? "Alle diensten hebben bijgedragen." : String.join(", ", ontbrekend));
    }

    /** Per dienst the contribution of this team (tasks created since it was convened), in the order they came in. */
    private static Map<String, String> bijdragen(DelegateExecution team) {
        HistoryService historie = team.getProcessEngineServices().getHistoryService();
        Date sinds = (Date) team.getVariable(INTERVENTIETEAM_SINDS);
        List<String> taken = historie.createHistoricTaskInstanceQuery().processInstanceId(team.getProcessInstanceId())
                .taskDefinitionKey(TAAK_BIJDRAGE_INTERVENTIETEAM).finished().orderByHistoricTaskInstanceEndTime().asc().list()
                .stream().filter(taak -> "completed".equals(taak.getDeleteReason()))
                .filter(taak -> sinds == null || !taak.getStartTime().before(sinds)).map(HistoricTaskInstance::getId).toList();
        Map<String, Map<String, Object>> perTaak = new LinkedHashMap<>();
        taken.forEach(taak -> perTaak.put(taak, new LinkedHashMap<>()));
        if (!taken.isEmpty()) {
            for (HistoricVariableInstance v : historie.createHistoricVariableInstanceQuery()
                    .taskIdIn(taken.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
                perTaak.get(v.getTaskId()).put(v.getName(), v.getValue());
            }
        }
        Map<String, String> bijdragen = new LinkedHashMap<>();
        perTaak.values().forEach(v -> {
            if (v.get(DIENST) instanceof String dienst && v.get(BIJDRAGE) instanceof String bijdrage) {
                bijdragen.put(dienst, bijdrage);
            }
        });
        return bijdragen;
    }
}
