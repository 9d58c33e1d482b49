package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/** Withdrawing needs a reason and an explicit confirmation; then the outcome is {@code ingetrokken}. */
@Component("escalatieIntrekkenControle")
class IntrekkenControleListener implements TaskListener {

    @Override
    public void notify(DelegateTask taak) {
        Invoercontrole controle = new Invoercontrole();
        String reden = controle.verplichteTekst("Reden van intrekking", taak.getVariable(REDEN_INTREKKING), 2000);
        if (!Boolean.TRUE.equals(taak.getVariable(BEVESTIGING)) && !"true".equals(String.valueOf(taak.getVariable(BEVESTIGING)))) {
            controle.fout("Bevestiging", "bevestig dat u de escalatie wilt intrekken");
        }
        controle.controleer("De escalatie is niet ingetrokken.");
        taak.setVariable(REDEN_INTREKKING, reden);
        taak.getExecution().getProcessInstance().setVariable(UITKOMST, UITKOMST_INGETROKKEN);
        taak.getExecution().getProcessInstance().setVariable(BESLUIT_DOOR, BesluitControleListener.door(taak));
    }
}
