package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records {@code eindniveau} and {@code uitkomst}, and when the afspraken will be checked. */
@Component("escalatieAfronden")
class AfrondenDelegate implements JavaDelegate {

    private final Escalatieladder ladder;

    AfrondenDelegate(Escalatieladder ladder) {
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Escalatieladder.Uitkomst uitkomst = ladder.afronden(execution.getVariables());
        execution.setVariable(UITKOMST, uitkomst.uitkomst());
        execution.setVariable(EINDNIVEAU, uitkomst.eindniveau());
        execution.setVariable(CONTROLE_MOMENT, EscalatieTermijnen.controleMoment(uitkomst.controleDatum()));
    }
}
