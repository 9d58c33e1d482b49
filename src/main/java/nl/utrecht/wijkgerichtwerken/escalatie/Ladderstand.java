package nl.utrecht.wijkgerichtwerken.escalatie;

import java.util.Arrays;
import java.util.Comparator;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * The rung a case has reached, from what the engine recorded, not from the {@code niveau} variable
 * (which a task holder could have written): the ladder only goes up, so it is the highest rung whose
 * task the case has had. {@code niveau} itself is set only by the process's own delegates and read as
 * such only in the transaction that set it (to choose the rung's task).
 */
final class Ladderstand {

    private static final String[] TAKEN = Arrays.stream(Niveau.values()).map(Niveau::taak).toArray(String[]::new);

    private Ladderstand() {
    }

    static Niveau bereikt(DelegateExecution zaak) {
        return zaak.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(zaak.getProcessInstanceId()).taskDefinitionKeyIn(TAKEN).list().stream()
                .map(HistoricTaskInstance::getTaskDefinitionKey).map(taak -> Niveau.vanTaak(taak).orElseThrow())
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("Escalatie " + zaak.getProcessBusinessKey() + " heeft nog geen niveau bereikt"));
    }
}
