package nl.utrecht.wijkgerichtwerken.escalatie;

import org.springframework.stereotype.Component;

/**
 * The priority of an escalation's tasks follows its urgentie ({@code ${escalatiePrioriteit.van(urgentie)}} in
 * bpmn/escalatie.bpmn), so Tasklist sorts acute work first: acuut 90, hoog 70, normaal 50 (Camunda's default).
 */
@Component("escalatiePrioriteit")
public class EscalatiePrioriteit {

    static final int ACUUT = 90;
    static final int HOOG = 70;
    static final int NORMAAL = 50;

    public int van(Object urgentie) {
        if ("acuut".equals(urgentie)) {
            return ACUUT;
        }
        return "hoog".equals(urgentie) ? HOOG : NORMAAL;
    }
}
