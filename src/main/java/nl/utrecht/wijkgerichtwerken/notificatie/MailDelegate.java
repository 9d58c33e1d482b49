package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/**
 * The async mail step of {@code melding} ({@code ${mailDelegate}}), configured by the variables
 * {@code sjabloon} and {@code aan} (the recipient entries as a JSON array, decided in the case by
 * {@link MeldingStartenDelegate} from how the case model writes them: {@link Ontvangerbron}; never split
 * again here). The model holds the case variables the melding was given plus {@code zaaknummer} (the
 * business key), {@code basisUrl} and {@code organisatie} (for display names).
 */
@Component("mailDelegate")
class MailDelegate implements JavaDelegate {

    private final Mailer mailer;
    private final NotificatieProperties properties;
    private final Organisatie organisatie;

    MailDelegate(Mailer mailer, NotificatieProperties properties, Organisatie organisatie) {
        this.mailer = mailer;
        this.properties = properties;
        this.organisatie = organisatie;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> model = new HashMap<>();
        execution.getVariables().forEach((naam, waarde) -> {
            if (waarde != null) {
                model.put(naam, waarde);
            }
        });
        model.put("zaaknummer", execution.getProcessBusinessKey());
        model.put("basisUrl", properties.getBasisUrl());
        model.put("organisatie", organisatie);
        String sjabloon = (String) execution.getVariable(MeldingVariabelen.SJABLOON);
        mailer.verstuur(new Mailbericht(MeldingVariabelen.ontvangers((String) execution.getVariable(MeldingVariabelen.AAN)),
                sjabloon, model));
    }
}
