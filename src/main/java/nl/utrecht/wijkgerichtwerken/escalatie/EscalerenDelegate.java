package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves the case one rung up; {@code niveau} always holds the current rung. */
@Component("escalatieEscaleren")
class EscalerenDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Niveau huidig = Niveau.uit((String) execution.getVariable(NIVEAU));
        execution.setVariable("vorigNiveau", huidig.code());
        huidig.volgende().zetOp(execution);
    }
}
