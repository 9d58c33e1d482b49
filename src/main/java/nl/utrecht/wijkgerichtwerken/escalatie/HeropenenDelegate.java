package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The afspraken were not kept: the case goes back on the ladder one rung above the one it reached. */
@Component("escalatieHeropenen")
class HeropenenDelegate implements JavaDelegate {

    private final Escalatieladder ladder;

    HeropenenDelegate(Escalatieladder ladder) {
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Niveau niveau = ladder.heropenen(Ladderstand.bereikt(execution).code());
        niveau.zetOp(execution);
        execution.setVariable(UITKOMST, null);
        execution.setVariable(EINDNIVEAU, null);
        execution.setVariable(CONTROLE_DATUM, null);
        execution.setVariable(CONTROLE_MOMENT, null);
    }
}
