package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Voltooiers;

/**
 * Completing "Vervolg adviespunt rapporteren": what was done with the point ({@code uitvoering} gedaan, deels or
 * niet-gedaan) and the terugkoppeling for the platform (required, at most 4000 characters); anything less is refused in
 * Dutch naming the field and the task stays open. The item's outcome is recorded on the case's {@code vervolgpunten}.
 */
@Component("adviesVervolgControle")
class VervolgControleListener implements TaskListener {

    static final int MAX_TERUGKOPPELING = 4000;
    static final Map<String, String> UITVOERING_LABELS = Map.of("gedaan", "Gedaan", "deels", "Deels gedaan",
            "niet-gedaan", "Niet gedaan");

    @Override
    public void notify(DelegateTask taak) {
        Invoercontrole controle = new Invoercontrole();
        String uitvoering = controle.keuze("Wat is er gedaan", taak.getVariable(UITVOERING), UITVOERING_LABELS.keySet());
        String terugkoppeling = controle.verplichteTekst("Terugkoppeling aan het wijkplatform",
                taak.getVariable(TERUGKOPPELING), MAX_TERUGKOPPELING);
        controle.controleer("De terugkoppeling is niet opgeslagen.");
        taak.setVariable(UITVOERING, uitvoering);
        taak.setVariable(UITVOERING_LABEL, UITVOERING_LABELS.get(uitvoering));
        taak.setVariable(TERUGKOPPELING, terugkoppeling);
        Voltooiers.leg(taak);
        int nummer = ((Number) taak.getVariable(VERVOLGPUNT)).intValue();
        Vervolgpunten.werkBij(taak.getExecution().getProcessInstance(), nummer, Vervolgpunten.GERAPPORTEERD, uitvoering,
                terugkoppeling);
    }
}
