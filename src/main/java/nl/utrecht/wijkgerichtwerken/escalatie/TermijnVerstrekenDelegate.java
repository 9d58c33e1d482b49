package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The grace term passed without a decision: the case escalates with toelichting "termijn verstreken". */
@Component("escalatieTermijnVerstreken")
class TermijnVerstrekenDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(BESLUIT, ESCALEREN);
        execution.setVariable(TOELICHTING, TERMIJN_VERSTREKEN);
        execution.setVariable(BESLUIT_DOOR, null);
    }
}
