package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A stalled initiative can be escalated inside the municipality: starts an {@code escalatie} for the
 * wijkregisseur who weighed it, about the responsible dienst, linked both ways by case number.
 */
@Component("initiatiefEscalatieStarten")
class EscalatieStartenDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution zaak) {
        Map<String, Object> start = new HashMap<>();
        start.put("titel", "Initiatief " + zaak.getProcessBusinessKey() + ": " + zaak.getVariable(TITEL));
        start.put("wijk", zaak.getVariable(WIJK));
        start.put("diensten", List.of((String) zaak.getVariable(DIENST)));
        start.put("knelpunt", "Het initiatief loopt vast binnen de gemeente. Check-in: " + zaak.getVariable(CHECK_IN_VERSLAG));
        start.put("gewensteUitkomst", "Het initiatief kan verder");
        start.put("urgentie", "normaal");
        start.put("wijkregisseur", zaak.getVariable(WIJKREGISSEUR));
        start.put("initiatief", zaak.getProcessBusinessKey());
        ProcessInstance escalatie = zaak.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey("escalatie", start);
        zaak.setVariable(ESCALATIE, escalatie.getBusinessKey());
    }
}
