package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;

/**
 * Starts an {@code escalatie} about a case that stalls (issue 20 item 6, issue 21 item 4): a stalled initiative, a late
 * advice reactie or a late information answer. The escalation is about the case's responsible dienst, owned by the
 * given wijkregisseur, and linked both ways by case number: the escalation's {@code initiatief} holds the case's number
 * (the escalation's existing link variable, which only a start by the system may set), the case's {@code escalatie}
 * the escalation's. Started by the system on the wijkregisseur's behalf, without the caller's authentication (so the
 * escalation's start rules take the owner from the start variables, not from whoever triggered it).
 */
@Component
public class GekoppeldeEscalatie {

    /** On the case: the number of the escalation started about it. */
    public static final String ESCALATIE = InitiatiefVariabelen.ESCALATIE;

    private final RuntimeService runtime;
    private final IdentityService identiteit;

    GekoppeldeEscalatie(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.identiteit = engine.getIdentityService();
    }

    /** The escalation already started about the case (its number), or null. */
    public String bestaande(String instantie) {
        return runtime.getVariable(instantie, ESCALATIE) instanceof String nummer && !nummer.isBlank() ? nummer : null;
    }

    /**
     * Starts the escalation and returns its number, which the caller writes on the case as {@link #ESCALATIE}.
     * {@code titel} and {@code knelpunt} are Dutch texts for the escalation's people.
     */
    public String start(String zaaknummer, String titel, String wijk, String dienst, String knelpunt,
            String wijkregisseur) {
        Map<String, Object> start = new HashMap<>();
        start.put(EscalatieVariabelen.TITEL, kort(titel, 200));
        start.put(EscalatieVariabelen.WIJK, wijk);
        start.put(EscalatieVariabelen.DIENSTEN, List.of(dienst));
        start.put(EscalatieVariabelen.KNELPUNT, kort(knelpunt, 4000));
        start.put(EscalatieVariabelen.GEWENSTE_UITKOMST, "De zaak " + zaaknummer + " kan verder");
        start.put(EscalatieVariabelen.URGENTIE, "normaal");
        start.put(EscalatieVariabelen.WIJKREGISSEUR, wijkregisseur);
        start.put(EscalatieVariabelen.INITIATIEF, zaaknummer);
        Authentication aanroeper = identiteit.getCurrentAuthentication();
        identiteit.clearAuthentication();
        String nummer;
        try {
            nummer = runtime.startProcessInstanceByKey(EscalatieVariabelen.PROCES, start).getBusinessKey();
        } finally {
            if (aanroeper != null) {
                identiteit.setAuthentication(aanroeper);
            }
        }
        return nummer;
    }

    private static String kort(String tekst, int max) {
        return tekst == null || tekst.length() <= max ? tekst : tekst.substring(0, max - 1) + "…";
    }
}
