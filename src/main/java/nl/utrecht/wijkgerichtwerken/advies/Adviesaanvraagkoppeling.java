package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.Execution;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Statustoken;

/**
 * An advice that answers an accepted request for advice (issue 21): its start names the request's number and the
 * token of the request's link; only a request that was accepted and still waits for its advice, with the right
 * token, is taken. The advice then carries the request's question, background and what will be done with it, and
 * {@code soort} gevraagd; once the advice has its number, the request records it and ends as "advies ontvangen".
 * Runs inside the advice's start listener (the engine's command context): the request is read by the system, not with
 * the starter's rights, and only after the token matched.
 */
final class Adviesaanvraagkoppeling {

    private Adviesaanvraagkoppeling() {
    }

    /** The request's values for the advice, empty when the start names no request; refusals go to {@code controle}. */
    static Map<String, Object> gevraagd(Invoercontrole controle, Map<String, Object> invoer) {
        Object nummer = invoer.get(ADVIESAANVRAAG);
        if (nummer == null || nummer.toString().isBlank()) {
            return Map.of();
        }
        return Context.getCommandContext().runWithoutAuthorization(() -> lees(controle, nummer.toString(), invoer.get(ADVIESAANVRAAG_SLEUTEL)));
    }

    private static Map<String, Object> lees(Invoercontrole controle, String nummer, Object token) {
        RuntimeService runtime = Context.getProcessEngineConfiguration().getRuntimeService();
        Execution wacht = nummer.length() > 40 ? null : runtime.createExecutionQuery().processDefinitionKey(PROCES)
                .processInstanceBusinessKey(nummer).messageEventSubscriptionName(BERICHT_ADVIES_ONTVANGEN).singleResult();
        Object hash = wacht == null ? null : runtime.getVariable(wacht.getProcessInstanceId(), Statustoken.HASH_VARIABELE);
        if (wacht == null || !Statustoken.klopt(token instanceof String tekst ? tekst : null, hash)) {
            controle.fout("Adviesaanvraag", "geen aanvaarde adviesaanvraag met dit nummer en deze sleutel die nog op advies wacht");
            return Map.of();
        }
        String aanvraag = wacht.getProcessInstanceId();
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put(AdviesVariabelen.SOORT, "gevraagd");
        uit.put(ADVIESAANVRAAG, nummer);
        uit.put(AANVRAAG_VRAAG, runtime.getVariable(aanvraag, VRAAG));
        uit.put(AANVRAAG_ACHTERGROND, runtime.getVariable(aanvraag, ACHTERGROND));
        uit.put(AANVRAAG_WAT_GEBEURT_ERMEE, runtime.getVariable(aanvraag, WAT_GEBEURT_ERMEE));
        return uit;
    }

    /** After the advice got its number: the request records it and moves on. */
    static void koppel(DelegateExecution advies) {
        if (advies.getVariable(ADVIESAANVRAAG) instanceof String nummer && !nummer.isBlank()) {
            Context.getCommandContext().runWithoutAuthorization(() -> advies.getProcessEngineServices().getRuntimeService()
                    .createMessageCorrelation(BERICHT_ADVIES_ONTVANGEN).processInstanceBusinessKey(nummer)
                    .setVariable(ADVIES_ZAAK, advies.getProcessBusinessKey()).correlateWithResult());
        }
    }
}
