package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records {@code eindniveau} (the rung the case reached, {@link Ladderstand}) and {@code uitkomst}, and
 * when the afspraken will be checked.
 */
@Component("escalatieAfronden")
class AfrondenDelegate implements JavaDelegate {

    private final Escalatieladder ladder;

    AfrondenDelegate(Escalatieladder ladder) {
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> zaak = new HashMap<>(execution.getVariables());
        zaak.put(NIVEAU, Ladderstand.bereikt(execution).code());
        Escalatieladder.Uitkomst uitkomst = ladder.afronden(zaak);
        execution.setVariable(UITKOMST, uitkomst.uitkomst());
        execution.setVariable(EINDNIVEAU, uitkomst.eindniveau());
        execution.setVariable(CONTROLE_MOMENT, EscalatieTermijnen.controleMoment(uitkomst.controleDatum()));
    }
}
