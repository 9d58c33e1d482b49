package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The diensten of the running interventieteam, for the contribution task that runs once per dienst
 * ({@code ${escalatieInterventieteam.diensten(execution)}} in bpmn/escalatie.bpmn); written by
 * {@link InterventieteamApi} as text ("so,sw") after {@link InterventieteamRegels} checked every slug.
 */
@Component("escalatieInterventieteam")
public class InterventieteamLeden {

    public List<String> diensten(DelegateExecution execution) {
        return diensten(execution.getVariable(INTERVENTIETEAM_DIENSTEN));
    }

    static List<String> diensten(Object tekst) {
        return tekst instanceof String lijst && !lijst.isBlank()
                ? Arrays.stream(lijst.split(",")).map(String::strip).filter(d -> !d.isEmpty()).toList()
                : List.of();
    }
}
