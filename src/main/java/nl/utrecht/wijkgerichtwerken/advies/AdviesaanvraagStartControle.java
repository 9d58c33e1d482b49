package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.notificatie.NotificatieProperties;
import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.zaak.Startvariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Statustoken;
import nl.utrecht.wijkgerichtwerken.zaak.Zaaknummers;

/**
 * Start listener of {@code adviesaanvraag}: checks ({@link AdviesaanvraagStartRegels}), keeps only what the rules
 * produced, numbers (AAV-…) and makes the platform's link {@code /adviesaanvraag/<nummer>?token=…}: a fresh secret of
 * which the case keeps only the hash, as a status link.
 */
@Component("adviesaanvraagStartControle")
class AdviesaanvraagStartControle implements ExecutionListener {

    private final AdviesaanvraagStartRegels regels;
    private final Zaaknummers zaaknummers;
    private final NotificatieProperties notificatie;

    AdviesaanvraagStartControle(AdviesaanvraagStartRegels regels, Zaaknummers zaaknummers, NotificatieProperties notificatie) {
        this.regels = regels;
        this.zaaknummers = zaaknummers;
        this.notificatie = notificatie;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Startvariabelen.alleen(execution, regels.aanvraag(execution.getVariables(),
                Gebruiker.huidige(execution.getProcessEngineServices())));
        execution.setProcessBusinessKey(zaaknummers.volgende(PREFIX));
        String token = Statustoken.nieuw();
        execution.setVariable(Statustoken.HASH_VARIABELE, Statustoken.hash(token));
        execution.setVariable(AANVRAAG_URL, notificatie.getBasisUrl() + "/adviesaanvraag/" + execution.getProcessBusinessKey()
                + "?token=" + token);
    }
}
