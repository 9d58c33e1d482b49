package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Entering a rung: sets its due date and the moment it escalates by itself. */
@Component("escalatieNiveauStarten")
class NiveauStartenDelegate implements JavaDelegate {

    private final EscalatieTermijnen termijnen;

    NiveauStartenDelegate(EscalatieTermijnen termijnen) {
        this.termijnen = termijnen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Niveau niveau = Niveau.uit((String) execution.getVariable(NIVEAU));
        EscalatieTermijnen.Termijn termijn = termijnen.voor(niveau, (String) execution.getVariable(URGENTIE));
        execution.setVariable(TERMIJN_DATUM, termijn.termijnDatum());
        execution.setVariable(ESCALATIE_DATUM, termijn.escalatieDatum());
        execution.setVariable(TERMIJN_TEKST, EscalatieTermijnen.tekst(termijn.termijnDatum()));
        execution.setVariable(NIVEAU_SINDS, ClockUtil.getCurrentTime());
    }
}
