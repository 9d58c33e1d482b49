package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Fills {@code punten} with one row per adviespunt and its dienst, so the reactie form shows every point. */
@Component("adviesPuntenVoorbereiden")
class PuntenVoorbereidenDelegate implements JavaDelegate {

    private final Reactieregels regels;

    PuntenVoorbereidenDelegate(Reactieregels regels) {
        this.regels = regels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var adviespunten = AdviesStartRegels.teksten(execution.getVariable(ADVIESPUNTEN));
        var diensten = nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole.lijst(execution.getVariable(PUNT_DIENSTEN));
        execution.setVariable(PUNTEN, SpinValues.jsonValue(regels.voorbereiden(adviespunten, diensten)).create());
        execution.setVariable(AANTAL_PUNTEN, adviespunten.size());
    }
}
