package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Taakgebruiker;

/**
 * Complete listener of {@code Task_UitkomstInterventieteamVastleggen}: refuses an incomplete outcome (the task stays
 * open) and records it on the task for the timeline. Solved is the rung's decision {@code opgelost} with the team's
 * afspraken; escalating now is the rung's decision {@code escaleren}, exactly as the choice after a passed term; not
 * solved leaves the rung running with its own term.
 */
@Component("escalatieInterventieteamUitkomst")
class UitkomstInterventieteamListener implements TaskListener {

    private final InterventieteamRegels regels;

    UitkomstInterventieteamListener(InterventieteamRegels regels) {
        this.regels = regels;
    }

    @Override
    public void notify(DelegateTask taak) {
        DelegateExecution zaak = taak.getExecution().getProcessInstance();
        InterventieteamRegels.Uitkomst uitkomst = regels.uitkomst(taak::getVariable,
                Ladderstand.bereikt(taak.getExecution()) == Niveau.BESTUURLIJK);
        taak.setVariable(UITKOMST_INTERVENTIETEAM, uitkomst.keuze());
        taak.setVariableLocal(BESLUIT, uitkomst.keuze());
        taak.setVariableLocal(TOELICHTING, uitkomst.toelichting());
        taak.setVariableLocal(AFSPRAKEN, uitkomst.afspraken());
        if (TEAM_NIET_OPGELOST.equals(uitkomst.keuze())) {
            return;
        }
        zaak.setVariable(BESLUIT, TEAM_OPGELOST.equals(uitkomst.keuze()) ? OPGELOST : ESCALEREN);
        zaak.setVariable(TOELICHTING, uitkomst.toelichting());
        zaak.setVariable(AFSPRAKEN, uitkomst.afspraken());
        zaak.setVariable(CONTROLE_DATUM, null);
        zaak.setVariable(BESLUIT_DOOR, Taakgebruiker.van(taak));
    }
}
