package nl.utrecht.wijkgerichtwerken.zaak;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.notificatie.NotificatieProperties;

/**
 * Gives a case its status link when it starts, whatever the channel (public API, Tasklist start form,
 * engine REST): a fresh secret token, of which the case keeps only the hash ({@code statusTokenHash}),
 * and the full link in {@code statusUrl} for the receipt mail.
 */
@Component
public class Statuslinks {

    public static final String STATUS_URL = "statusUrl";

    private final NotificatieProperties notificatie;

    public Statuslinks(NotificatieProperties notificatie) {
        this.notificatie = notificatie;
    }

    /** Call after the business key is set. */
    public void maak(DelegateExecution zaak) {
        String token = Statustoken.nieuw();
        zaak.setVariable(Statustoken.HASH_VARIABELE, Statustoken.hash(token));
        zaak.setVariable(STATUS_URL, notificatie.getBasisUrl() + "/status/" + zaak.getProcessBusinessKey() + "?token=" + token);
    }
}
