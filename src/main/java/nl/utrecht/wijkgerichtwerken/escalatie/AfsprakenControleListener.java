package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/** Checking the afspraken: ja or nee, and when they were not kept, what went wrong. */
@Component("escalatieAfsprakenControle")
class AfsprakenControleListener implements TaskListener {

    @Override
    public void notify(DelegateTask taak) {
        Invoercontrole controle = new Invoercontrole();
        String nagekomen = controle.keuze("Afspraken nagekomen", taak.getVariable(AFSPRAKEN_NAGEKOMEN), Set.of("ja", "nee"));
        String toelichting = controle.optioneleTekst("Toelichting", taak.getVariable(TOELICHTING_CONTROLE), 4000);
        if ("nee".equals(nagekomen) && toelichting == null) {
            controle.fout("Toelichting", "beschrijf welke afspraken niet zijn nagekomen");
        }
        controle.controleer("De controle is niet opgeslagen.");
        taak.setVariable(AFSPRAKEN_NAGEKOMEN, nagekomen);
        taak.setVariable(TOELICHTING_CONTROLE, toelichting);
    }
}
