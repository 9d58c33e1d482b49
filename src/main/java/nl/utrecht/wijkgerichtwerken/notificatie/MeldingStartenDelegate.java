package nl.utrecht.wijkgerichtwerken.notificatie;

import static nl.utrecht.wijkgerichtwerken.notificatie.MeldingVariabelen.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The mail step of a case ({@code ${meldingStarten}}, configured by the local input parameters
 * {@code sjabloon}, {@code aan} and optionally {@code statusstap}): starts a {@code melding} process
 * instance with the case's business key, in the transaction of the step that causes the mail, with a
 * snapshot of the case variables the template reads. The mail itself is sent by that instance's async
 * step, so it never shares an execution (or a lock) with the people working on the case.
 */
@Component("meldingStarten")
class MeldingStartenDelegate implements JavaDelegate {

    private final Sjabloonvelden sjabloonvelden;

    MeldingStartenDelegate(Sjabloonvelden sjabloonvelden) {
        this.sjabloonvelden = sjabloonvelden;
    }

    @Override
    public void execute(DelegateExecution zaak) {
        String sjabloon = (String) zaak.getVariableLocal(SJABLOON);
        Set<String> velden = sjabloonvelden.van(sjabloon);
        VariableMap melding = Variables.createVariables();
        for (String naam : zaak.getVariableNames()) {
            if (velden.contains(naam)) {
                TypedValue waarde = zaak.getVariableTyped(naam, false);
                if (!leeg(waarde)) {
                    melding.putValueTyped(naam, waarde);
                }
            }
        }
        melding.putValue(SJABLOON, sjabloon);
        // which recipients the entry may name follows from how the case model writes it, so it is decided here
        melding.putValue(AAN, alsJson(Ontvangers.uit(Ontvangerbron.van(zaak), zaak.getVariableLocal(AAN))));
        melding.putValue(ZAAKPROCES, zaak.getProcessDefinitionId().split(":")[0]);
        Object statusstap = zaak.getVariableLocal(STATUSSTAP);
        if (statusstap != null) {
            melding.putValue(STATUSSTAP, statusstap);
        }
        zaak.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(PROCES, zaak.getProcessBusinessKey(), melding);
    }

    /** A value the template would see as null (serialized values are copied as they are stored). */
    private static boolean leeg(TypedValue waarde) {
        if (waarde instanceof SerializableValue serieel && !serieel.isDeserialized()) {
            return serieel.getValueSerialized() == null;
        }
        return waarde == null || waarde.getValue() == null;
    }
}
