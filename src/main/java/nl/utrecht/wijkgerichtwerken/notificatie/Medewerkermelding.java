package nl.utrecht.wijkgerichtwerken.notificatie;

import static nl.utrecht.wijkgerichtwerken.notificatie.MeldingVariabelen.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A mail to officials started from the project's code (issue 21 item 4: the wijkregisseur is told that a case is late
 * or stalls): the same {@code melding} instance {@link MeldingStartenDelegate} starts, in the caller's transaction,
 * with the case's business key. The recipients are {@code gebruiker:<id>} or {@code groep:<id>} entries the code
 * computed ({@link Ontvangerbron#MODEL}), never an outsider's input.
 */
@Component
public class Medewerkermelding {

    private final ProcessEngine engine;
    private final Sjabloonvelden sjabloonvelden;

    Medewerkermelding(ProcessEngine engine, Sjabloonvelden sjabloonvelden) {
        this.engine = engine;
        this.sjabloonvelden = sjabloonvelden;
    }

    /** Starts the mail when there is anyone to tell; {@code velden} may hold more than the template reads. */
    public void start(String zaaknummer, String zaakproces, String sjabloon, List<String> aan, Map<String, Object> velden) {
        if (aan.isEmpty()) {
            return;
        }
        Set<String> gelezen = sjabloonvelden.van(sjabloon);
        VariableMap melding = Variables.createVariables();
        velden.forEach((naam, waarde) -> {
            if (waarde != null && gelezen.contains(naam)) {
                melding.putValue(naam, waarde);
            }
        });
        melding.putValue(SJABLOON, sjabloon);
        melding.putValue(AAN, alsJson(Ontvangers.uit(Ontvangerbron.MODEL, String.join(",", aan))));
        melding.putValue(ZAAKPROCES, zaakproces);
        engine.getRuntimeService().startProcessInstanceByKey(PROCES, zaaknummer, melding);
    }
}
