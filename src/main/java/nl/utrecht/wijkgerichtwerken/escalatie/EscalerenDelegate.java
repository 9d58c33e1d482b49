package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves the case one rung up from the rung it has reached ({@link Ladderstand}); {@code niveau} holds the new rung. */
@Component("escalatieEscaleren")
class EscalerenDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Niveau huidig = Ladderstand.bereikt(execution);
        execution.setVariable("vorigNiveau", huidig.code());
        huidig.volgende().zetOp(execution);
    }
}
