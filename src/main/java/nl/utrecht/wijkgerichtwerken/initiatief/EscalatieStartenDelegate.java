package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.GekoppeldeEscalatie;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;
import nl.utrecht.wijkgerichtwerken.zaak.Voltooiers;

/**
 * A stalled initiative can be escalated inside the municipality: starts an {@code escalatie} (through the shared
 * {@link GekoppeldeEscalatie}) for the wijkregisseur who weighed it (from the engine's record of who completed the
 * weighing, not from a variable), about the responsible dienst, linked both ways by case number. The contact person
 * completing the check-in is not the escalation's owner, so it is started by the system on the wijkregisseur's behalf.
 */
@Component("initiatiefEscalatieStarten")
class EscalatieStartenDelegate implements JavaDelegate {

    private final GekoppeldeEscalatie escalatie;

    EscalatieStartenDelegate(GekoppeldeEscalatie escalatie) {
        this.escalatie = escalatie;
    }

    @Override
    public void execute(DelegateExecution zaak) {
        if (escalatie.bestaande(zaak.getProcessInstanceId()) != null) {
            // already escalated from the case file: one linked escalation per case
            return;
        }
        String wijkregisseur = Voltooiers.van(zaak.getProcessEngineServices(), zaak.getProcessInstanceId(), TAAK_WEGEN)
                .stream().findFirst().orElseThrow(() -> new OngeldigeInvoerException("De escalatie is niet gestart.",
                        List.of(new OngeldigeInvoerException.Veldfout("Wijkregisseur", "het initiatief is nog niet gewogen"))));
        String nummer = escalatie.start(zaak.getProcessBusinessKey(),
                "Initiatief " + zaak.getProcessBusinessKey() + ": " + zaak.getVariable(TITEL), (String) zaak.getVariable(WIJK),
                (String) zaak.getVariable(DIENST), "Het initiatief loopt vast binnen de gemeente. Check-in: "
                        + zaak.getVariable(CHECK_IN_VERSLAG), wijkregisseur);
        zaak.setVariable(ESCALATIE, nummer);
    }
}
