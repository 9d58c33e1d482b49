package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Taakgebruiker;

/**
 * Complete listener of {@code Task_VervolgKiezen}: refuses an incomplete choice (the task stays open) and records
 * it for the step that follows: escalating now is the rung's decision {@code escaleren} with his toelichting,
 * withdrawing ends the case as {@code ingetrokken}, more time sets the werkdag the rung was given.
 */
@Component("escalatieVervolgControle")
class VervolgControleListener implements TaskListener {

    private final VervolgRegels regels;

    VervolgControleListener(VervolgRegels regels) {
        this.regels = regels;
    }

    @Override
    public void notify(DelegateTask taak) {
        VervolgRegels.Vervolg vervolg = regels.controleer(taak::getVariable);
        taak.setVariable(VERVOLG, vervolg.keuze());
        taak.setVariable(TOELICHTING_VERVOLG, vervolg.toelichting());
        DelegateExecution zaak = taak.getExecution().getProcessInstance();
        String door = Taakgebruiker.van(taak);
        switch (vervolg.keuze()) {
            case VERVOLG_ESCALEREN -> {
                zaak.setVariable(BESLUIT, ESCALEREN);
                zaak.setVariable(TOELICHTING, vervolg.toelichting());
                zaak.setVariable(AFSPRAKEN, null);
                zaak.setVariable(CONTROLE_DATUM, null);
                zaak.setVariable(BESLUIT_DOOR, door);
            }
            case VERVOLG_INTREKKEN -> {
                zaak.setVariable(UITKOMST, UITKOMST_INGETROKKEN);
                zaak.setVariable(REDEN_INTREKKING, vervolg.toelichting());
                zaak.setVariable(BESLUIT_DOOR, door);
            }
            default -> {
                zaak.setVariable(VERLENGD_TOT, vervolg.nieuweTermijn().toString());
                zaak.setVariable(REDEN_VERLENGING, vervolg.toelichting());
            }
        }
    }
}
