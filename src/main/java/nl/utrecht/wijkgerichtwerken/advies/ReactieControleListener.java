package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Voltooiers;

/** Completing the reactie: refused unless complete (task stays open); records the author. */
@Component("adviesReactieControle")
class ReactieControleListener implements TaskListener {

    private final Reactieregels regels;

    ReactieControleListener(Reactieregels regels) {
        this.regels = regels;
    }

    @Override
    public void notify(DelegateTask taak) {
        var adviespunten = AdviesStartRegels.teksten(taak.getVariable(ADVIESPUNTEN));
        Object ingediend = ReactieFormulier.uitVelden(taak, adviespunten.size())
                .<Object>map(velden -> velden).orElseGet(() -> taak.getVariable(PUNTEN));
        var punten = regels.controleer(adviespunten, ingediend, taak.getVariable(VERVOLG));
        var zaak = taak.getExecution().getProcessInstance();
        zaak.setVariable(PUNTEN, SpinValues.jsonValue(punten).create());
        zaak.setVariable(VERVOLG, taak.getVariable(VERVOLG).toString().trim());
        // the engine's record of the author (four eyes); the variable only shows it in the review form
        zaak.setVariable(AUTEUR, Voltooiers.leg(taak));
    }
}
