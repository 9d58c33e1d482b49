package nl.utrecht.wijkgerichtwerken.notificatie;

import static nl.utrecht.wijkgerichtwerken.notificatie.MeldingVariabelen.*;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A mail to a case's submitter started from kernel code rather than a model step (issue 22: the wijkbureau pauses and
 * resumes a case through the API): the same {@code melding} instance {@link MeldingStartenDelegate} starts, in the
 * caller's transaction, with the case's business key; the address is the case's own contact address, used as one
 * literal address in the strict form or not at all ({@link Ontvangerbron#ZAAKVARIABELE}).
 */
@Component
public class Indienermelding {

    private final ProcessEngine engine;
    private final Sjabloonvelden sjabloonvelden;

    Indienermelding(ProcessEngine engine, Sjabloonvelden sjabloonvelden) {
        this.engine = engine;
        this.sjabloonvelden = sjabloonvelden;
    }

    /** Starts the mail; {@code velden} may hold more than the template reads (only those are copied). */
    public void start(String zaaknummer, String zaakproces, String sjabloon, Object adres, Map<String, Object> velden,
            String statusstap) {
        Set<String> gelezen = sjabloonvelden.van(sjabloon);
        VariableMap melding = Variables.createVariables();
        velden.forEach((naam, waarde) -> {
            if (waarde != null && gelezen.contains(naam)) {
                melding.putValue(naam, waarde);
            }
        });
        melding.putValue(SJABLOON, sjabloon);
        melding.putValue(AAN, alsJson(Ontvangers.uit(Ontvangerbron.ZAAKVARIABELE, adres)));
        melding.putValue(ZAAKPROCES, zaakproces);
        if (statusstap != null) {
            melding.putValue(STATUSSTAP, statusstap);
        }
        engine.getRuntimeService().startProcessInstanceByKey(PROCES, zaaknummer, melding);
    }
}
