package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.HashMap;
import java.util.List;
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
 * business key), {@code basisUrl} and {@code organisatie} (for display names). A mail that carries the municipality's
 * answer (the reactie, a besluit) gets it as a PDF, kept on the case too ({@link Antwoordbrieven}).
 */
@Component("mailDelegate")
class MailDelegate implements JavaDelegate {

    private final Mailer mailer;
    private final NotificatieProperties properties;
    private final Organisatie organisatie;
    private final Antwoordbrieven antwoordbrieven;

    MailDelegate(Mailer mailer, NotificatieProperties properties, Organisatie organisatie, Antwoordbrieven antwoordbrieven) {
        this.mailer = mailer;
        this.properties = properties;
        this.organisatie = organisatie;
        this.antwoordbrieven = antwoordbrieven;
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
        // the answer as PDF, stored on the case in this step's transaction: a failed try (retried) keeps nothing
        List<Mailbericht.Bijlage> bijlagen = antwoordbrieven.maakEnBewaar(execution.getProcessBusinessKey(), sjabloon, model)
                .map(brief -> List.of(new Mailbericht.Bijlage(brief.naam(), brief.type(), brief.inhoud()))).orElse(List.of());
        mailer.verstuur(new Mailbericht(MeldingVariabelen.ontvangers((String) execution.getVariable(MeldingVariabelen.AAN)),
                sjabloon, model, bijlagen));
    }
}
