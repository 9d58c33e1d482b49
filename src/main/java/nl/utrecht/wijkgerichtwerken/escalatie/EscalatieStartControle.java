package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.zaak.Startvariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Zaaknummers;

/**
 * Start listener of {@code escalatie}: checks the start variables and the starter (a refused start
 * creates nothing), keeps only what the rules produced, gives the case its number ESC-yyyy-nnnnnn and
 * puts it on its first rung.
 */
@Component("escalatieStartControle")
class EscalatieStartControle implements ExecutionListener {

    private final EscalatieStartRegels regels;
    private final Zaaknummers zaaknummers;

    EscalatieStartControle(EscalatieStartRegels regels, Zaaknummers zaaknummers) {
        this.regels = regels;
        this.zaaknummers = zaaknummers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, Object> start = regels.controleer(execution.getVariables(),
                Gebruiker.huidige(execution.getProcessEngineServices()));
        Startvariabelen.alleen(execution, start);
        Niveau.uit((String) start.get(START_NIVEAU)).zetOp(execution);
        execution.setVariable(UITKOMST, null);
        execution.setVariable(BESLUIT, null);
        execution.setProcessBusinessKey(zaaknummers.volgende(ZAAKNUMMER_PREFIX));
    }
}
