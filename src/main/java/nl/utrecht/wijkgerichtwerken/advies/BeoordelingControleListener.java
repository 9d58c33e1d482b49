package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Taakgebruiker;
import nl.utrecht.wijkgerichtwerken.zaak.Voltooiers;

/**
 * Four eyes: the reviewer is never an author of the reactie, as the engine recorded who completed the
 * reactie task (never the {@code auteur} variable, which only shows it in the form); not akkoord needs
 * opmerkingen for the author.
 */
@Component("adviesBeoordelingControle")
class BeoordelingControleListener implements TaskListener {

    @Override
    public void notify(DelegateTask taak) {
        Invoercontrole controle = new Invoercontrole();
        String beoordelaar = Taakgebruiker.van(taak);
        if (beoordelaar != null && Voltooiers.van(taak.getProcessEngineServices(), taak.getProcessInstanceId(), TAAK_REACTIE)
                .contains(beoordelaar)) {
            controle.fout("Beoordelaar", "u heeft deze reactie zelf geschreven; een collega moet hem beoordelen (vier ogen)");
        }
        String akkoord = controle.keuze("Akkoord", taak.getVariable(AKKOORD), Set.of("ja", "nee"));
        String opmerkingen = controle.optioneleTekst("Opmerkingen", taak.getVariable(OPMERKINGEN), 4000);
        if ("nee".equals(akkoord) && opmerkingen == null) {
            controle.fout("Opmerkingen", "schrijf op wat de auteur moet aanpassen");
        }
        controle.controleer("De beoordeling is niet opgeslagen.");
        taak.setVariable(AKKOORD, akkoord);
        taak.setVariable(OPMERKINGEN, opmerkingen);
        taak.getExecution().getProcessInstance().setVariable(BEOORDELAAR, beoordelaar);
    }
}
