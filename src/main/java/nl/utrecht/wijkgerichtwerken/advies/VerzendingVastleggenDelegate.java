package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** After the mail went out: when the reactie (or answer) was sent, and whether that was on time. */
@Component("adviesVerzendingVastleggen")
class VerzendingVastleggenDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Date nu = ClockUtil.getCurrentTime();
        execution.setVariable(VERSTUURD_OP, nu);
        execution.setVariable(OP_TIJD, !nu.after((Date) execution.getVariable(REACTIE_DATUM)));
    }
}
