package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.zaak.Taakgebruiker;

/**
 * Complete listener of every decision task: refuses an incomplete decision (the task stays open) and
 * records who decided. A dienstdirecteur decides only for the dienst of his own task, and only as that
 * dienst's director; his decision is recorded on the task itself, which keeps it in the engine's history
 * once completed, where no one can change it ({@link DienstBesluitenDelegate} reads it from there).
 */
@Component("escalatieBesluitControle")
class BesluitControleListener implements TaskListener {

    static final String TAAK_DIENSTDIRECTEUR = EscalatieVariabelen.TAAK_DIENSTDIRECTEUR;

    private final EscalatieBesluitRegels regels;

    BesluitControleListener(EscalatieBesluitRegels regels) {
        this.regels = regels;
    }

    @Override
    public void notify(DelegateTask taak) {
        EscalatieBesluitRegels.Besluit besluit = regels.controleer(taak.getTaskDefinitionKey(), taak::getVariable);
        String door = door(taak);
        if (TAAK_DIENSTDIRECTEUR.equals(taak.getTaskDefinitionKey())) {
            String dienst = regels.eigenDienst(taak.getVariable(DIENST), Gebruiker.huidige(taak.getProcessEngineServices()));
            taak.setVariableLocal(DIENST, dienst);
            taak.setVariableLocal(BESLUIT, besluit.besluit());
            taak.setVariableLocal(TOELICHTING, besluit.toelichting());
            taak.setVariableLocal(AFSPRAKEN, besluit.afspraken());
            taak.setVariableLocal(CONTROLE_DATUM, besluit.controleDatumTekst());
            taak.setVariableLocal(BESLUIT_DOOR, door);
            return;
        }
        // on the task (the case file's timeline reads each task's own decision) and on the case, by this listener
        // rather than by output mappings: a rung that is cancelled (the wijkregisseur escalated it) writes nothing
        for (VariableScope scope : List.of(taak, taak.getExecution().getProcessInstance())) {
            scope.setVariable(BESLUIT, besluit.besluit());
            scope.setVariable(TOELICHTING, besluit.toelichting());
            scope.setVariable(AFSPRAKEN, besluit.afspraken());
            scope.setVariable(CONTROLE_DATUM, besluit.controleDatumTekst());
            if (besluit.aanwezigen() != null) {
                scope.setVariable(EscalatieVariabelen.TAAK_WIJKGARAGE.equals(taak.getTaskDefinitionKey())
                        ? SAMENSTELLING_WIJKGARAGE : AANWEZIGEN, besluit.aanwezigen());
            }
        }
        taak.getExecution().getProcessInstance().setVariable(BESLUIT_DOOR, door);
    }

    static String door(DelegateTask taak) {
        return Taakgebruiker.van(taak);
    }
}
