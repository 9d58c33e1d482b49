package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;
import nl.utrecht.wijkgerichtwerken.zaak.Voltooiers;

/**
 * A stalled initiative can be escalated inside the municipality: starts an {@code escalatie} for the
 * wijkregisseur who weighed it (from the engine's record of who completed the weighing, not from a
 * variable), about the responsible dienst, linked both ways by case number. The contact person
 * completing the check-in is not the escalation's owner, so the escalation is started by the system
 * on the wijkregisseur's behalf (without the contact person's authentication).
 */
@Component("initiatiefEscalatieStarten")
class EscalatieStartenDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution zaak) {
        String wijkregisseur = Voltooiers.van(zaak.getProcessEngineServices(), zaak.getProcessInstanceId(), TAAK_WEGEN)
                .stream().findFirst().orElseThrow(() -> new OngeldigeInvoerException("De escalatie is niet gestart.",
                        List.of(new OngeldigeInvoerException.Veldfout("Wijkregisseur", "het initiatief is nog niet gewogen"))));
        Map<String, Object> start = new HashMap<>();
        start.put(EscalatieVariabelen.TITEL, "Initiatief " + zaak.getProcessBusinessKey() + ": " + zaak.getVariable(TITEL));
        start.put(EscalatieVariabelen.WIJK, zaak.getVariable(WIJK));
        start.put(EscalatieVariabelen.DIENSTEN, List.of((String) zaak.getVariable(DIENST)));
        start.put(EscalatieVariabelen.KNELPUNT,
                "Het initiatief loopt vast binnen de gemeente. Check-in: " + zaak.getVariable(CHECK_IN_VERSLAG));
        start.put(EscalatieVariabelen.GEWENSTE_UITKOMST, "Het initiatief kan verder");
        start.put(EscalatieVariabelen.URGENTIE, "normaal");
        start.put(EscalatieVariabelen.WIJKREGISSEUR, wijkregisseur);
        start.put(EscalatieVariabelen.INITIATIEF, zaak.getProcessBusinessKey());
        IdentityService identiteit = zaak.getProcessEngineServices().getIdentityService();
        Authentication contactpersoon = identiteit.getCurrentAuthentication();
        identiteit.clearAuthentication();
        ProcessInstance escalatie;
        try {
            escalatie = zaak.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(EscalatieVariabelen.PROCES, start);
        } finally {
            if (contactpersoon != null) {
                identiteit.setAuthentication(contactpersoon);
            }
        }
        zaak.setVariable(ESCALATIE, escalatie.getBusinessKey());
    }
}
