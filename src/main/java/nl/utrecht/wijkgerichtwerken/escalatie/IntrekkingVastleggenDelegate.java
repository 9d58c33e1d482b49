package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The wijkregisseur withdrew the escalation from the case file ({@link IntrekkenApi}): the outcome is
 * {@code ingetrokken}; the reason and who withdrew came with the message.
 */
@Component("escalatieIntrekkingVastleggen")
class IntrekkingVastleggenDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(UITKOMST, UITKOMST_INGETROKKEN);
    }
}
