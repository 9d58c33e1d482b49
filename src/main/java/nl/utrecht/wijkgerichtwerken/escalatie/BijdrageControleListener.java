package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_BijdrageInterventieteamLeveren}: refuses an empty contribution (the task stays open)
 * and records it with its dienst on the task itself, where the engine's history keeps it for the case timeline and for
 * {@link BijdragenSamenvoegenDelegate}.
 */
@Component("escalatieBijdrageControle")
class BijdrageControleListener implements TaskListener {

    private final InterventieteamRegels regels;

    BijdrageControleListener(InterventieteamRegels regels) {
        this.regels = regels;
    }

    @Override
    public void notify(DelegateTask taak) {
        String bijdrage = regels.bijdrage(taak.getVariable(BIJDRAGE));
        taak.setVariableLocal(DIENST, taak.getVariable(DIENST));
        taak.setVariableLocal(BIJDRAGE, bijdrage);
        taak.setVariableLocal(TOELICHTING, bijdrage);
    }
}
