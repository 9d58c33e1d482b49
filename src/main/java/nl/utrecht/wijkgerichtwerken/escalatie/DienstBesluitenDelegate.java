package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After all dienstdirecteuren decided: one decision for the rung, per-dienst variables cleared. */
@Component("escalatieDienstBesluiten")
class DienstBesluitenDelegate implements JavaDelegate {

    private final Escalatieladder ladder;

    DienstBesluitenDelegate(Escalatieladder ladder) {
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Escalatieladder.DienstBesluit> besluiten = new ArrayList<>();
        for (String dienst : EscalatieStartRegels.alsLijst(execution.getVariable(DIENSTEN))) {
            besluiten.add(new Escalatieladder.DienstBesluit(dienst,
                    (String) neem(execution, BESLUIT_DIENST_PREFIX + dienst),
                    (String) neem(execution, TOELICHTING_DIENST_PREFIX + dienst),
                    (String) neem(execution, AFSPRAKEN_DIENST_PREFIX + dienst),
                    (String) neem(execution, CONTROLE_DATUM_DIENST_PREFIX + dienst)));
        }
        Escalatieladder.Samengevoegd besluit = ladder.samenvoegen(besluiten);
        execution.setVariable(BESLUIT, besluit.besluit());
        execution.setVariable(TOELICHTING, besluit.toelichting());
        execution.setVariable(AFSPRAKEN, besluit.afspraken());
        execution.setVariable(CONTROLE_DATUM, besluit.controleDatum());
        execution.setVariable(BESLUIT_DOOR, "dienstdirecteuren");
    }

    private static Object neem(DelegateExecution execution, String naam) {
        Object waarde = execution.getVariable(naam);
        execution.removeVariable(naam);
        return waarde;
    }
}
