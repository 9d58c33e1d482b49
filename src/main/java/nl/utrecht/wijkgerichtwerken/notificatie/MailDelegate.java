package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/**
 * The async mail step of every process ({@code ${mailDelegate}}), configured by the local input
 * parameters {@code sjabloon} and {@code aan} (whose form in the model decides which recipients it may name:
 * {@link Ontvangerbron}). The model holds all case variables plus
 * {@code zaaknummer}, {@code basisUrl} and {@code organisatie} (for display names).
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
        String sjabloon = (String) execution.getVariableLocal("sjabloon");
        Ontvangerbron bron = Ontvangerbron.van(execution);
        mailer.verstuur(new Mailbericht(Ontvangers.uit(bron, execution.getVariableLocal(Ontvangerbron.AAN)), sjabloon, model));
    }
}
