package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;
import nl.utrecht.wijkgerichtwerken.zaak.Startvariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Statuslinks;
import nl.utrecht.wijkgerichtwerken.zaak.Zaaknummers;

/**
 * Start listener of {@code initiatief}: checks, numbers (INI-…) and sets the timeline the initiatiefnemer
 * is told: personal contact within 5 werkdagen, a decision by the besluit date.
 */
@Component("initiatiefStartControle")
class InitiatiefStartControle implements ExecutionListener {

    private static final DateTimeFormatter LEESBAAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final InitiatiefStartRegels regels;
    private final Zaaknummers zaaknummers;
    private final Statuslinks statuslinks;
    private final Werkdagen werkdagen;

    InitiatiefStartControle(InitiatiefStartRegels regels, Zaaknummers zaaknummers, Werkdagen werkdagen, Statuslinks statuslinks) {
        this.statuslinks = statuslinks;
        this.regels = regels;
        this.zaaknummers = zaaknummers;
        this.werkdagen = werkdagen;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, Object> start = new LinkedHashMap<>(regels.controleer(execution.getVariables(),
                Gebruiker.huidige(execution.getProcessEngineServices())));
        Startvariabelen.alleen(execution, start);
        Date contact = werkdagen.deadline(PROCES, "contact");
        Date besluit = werkdagen.deadline(PROCES, "besluit");
        execution.setVariable(CONTACT_DATUM, contact);
        execution.setVariable(CONTACT_DATUM_TEKST, LEESBAAR.format(contact.toInstant()));
        execution.setVariable(BESLUIT_DATUM, besluit);
        execution.setVariable(BESLUIT_DATUM_TEKST, LEESBAAR.format(besluit.toInstant()));
        execution.setVariable(AANTAL_KEER_TERUGGESTUURD, 0);
        execution.setVariable(ESCALATIE, null);
        execution.setProcessBusinessKey(zaaknummers.volgende(ZAAKNUMMER_PREFIX));
        statuslinks.maak(execution);
    }
}
