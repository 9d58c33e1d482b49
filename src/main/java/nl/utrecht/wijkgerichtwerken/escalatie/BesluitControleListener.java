package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.config.Taakgebruiker;

/**
 * Complete listener of every decision task: refuses an incomplete decision (the task stays open) and
 * records who decided. A dienstdirecteur's decision is kept per dienst until all have decided.
 */
@Component("escalatieBesluitControle")
class BesluitControleListener implements TaskListener {

    static final String TAAK_DIENSTDIRECTEUR = "Task_BesluitDienstdirecteur";

    private final EscalatieBesluitRegels regels;

    BesluitControleListener(EscalatieBesluitRegels regels) {
        this.regels = regels;
    }

    @Override
    public void notify(DelegateTask taak) {
        EscalatieBesluitRegels.Besluit besluit = regels.controleer(taak.getTaskDefinitionKey(), taak::getVariable);
        String door = door(taak);
        if (TAAK_DIENSTDIRECTEUR.equals(taak.getTaskDefinitionKey())) {
            String dienst = (String) taak.getVariable(DIENST);
            DelegateExecution zaak = taak.getExecution().getProcessInstance();
            zaak.setVariable(BESLUIT_DIENST_PREFIX + dienst, besluit.besluit());
            zaak.setVariable(TOELICHTING_DIENST_PREFIX + dienst, besluit.toelichting());
            zaak.setVariable(AFSPRAKEN_DIENST_PREFIX + dienst, besluit.afspraken());
            zaak.setVariable(CONTROLE_DATUM_DIENST_PREFIX + dienst, besluit.controleDatumTekst());
            return;
        }
        taak.setVariable(BESLUIT, besluit.besluit());
        taak.setVariable(TOELICHTING, besluit.toelichting());
        taak.setVariable(AFSPRAKEN, besluit.afspraken());
        taak.setVariable(CONTROLE_DATUM, besluit.controleDatumTekst());
        taak.getExecution().getProcessInstance().setVariable(BESLUIT_DOOR, door);
    }

    static String door(DelegateTask taak) {
        return Taakgebruiker.van(taak);
    }
}
