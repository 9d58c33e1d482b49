package nl.utrecht.wijkgerichtwerken.intake;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;
import nl.utrecht.wijkgerichtwerken.zaak.Statuslinks;

/**
 * Starts a case from a public submission: checks its shape, starts the process (whose start rules
 * check the content), and answers with the case number, a secret status link and the promised date.
 */
@Service
class Intake {

    /** What the submitter gets back. */
    record Ontvangen(String zaaknummer, String statusUrl, Date beloofdeDatum) {
    }

    static final int MAX_IDEMPOTENCY_KEY = 200;

    private final RuntimeService runtimeService;
    private final Idempotentie idempotentie;
    private final ObjectMapper json;

    Intake(RuntimeService runtimeService, Idempotentie idempotentie, ObjectMapper json) {
        this.runtimeService = runtimeService;
        this.idempotentie = idempotentie;
        this.json = json;
    }

    @Transactional
    Ontvangen dien(Zaaksoort soort, Map<String, Object> invoer, String sleutel) {
        if (sleutel != null && (sleutel.isBlank() || sleutel.length() > MAX_IDEMPOTENCY_KEY)) {
            throw new OngeldigeInvoerException("De aanvraag is niet in behandeling genomen.",
                    java.util.List.of(new OngeldigeInvoerException.Veldfout("Idempotency-Key", "1 tot " + MAX_IDEMPOTENCY_KEY + " tekens")));
        }
        Optional<Ontvangen> eerder = sleutel == null ? Optional.empty() : idempotentie.eerder(sleutel, soort, invoer).map(this::lees);
        if (eerder.isPresent()) {
            return eerder.get();
        }
        Invoervorm.controleer(soort, invoer);
        Map<String, Object> variabelen = new HashMap<>(invoer);
        if (soort == Zaaksoort.INITIATIEF) {
            variabelen.put("kanaal", "online");
        }
        // the variables come back with the start: no second round trip for the link and the promised date
        ProcessInstanceWithVariables zaak = runtimeService.createProcessInstanceByKey(soort.proces())
                .setVariables(variabelen).executeWithVariablesInReturn();
        Ontvangen ontvangen = new Ontvangen(zaak.getBusinessKey(), (String) zaak.getVariables().get(Statuslinks.STATUS_URL),
                (Date) zaak.getVariables().get(soort.beloofdeDatum()));
        if (sleutel != null) {
            idempotentie.onthoud(sleutel, soort, invoer, schrijf(ontvangen));
        }
        return ontvangen;
    }

    private String schrijf(Ontvangen ontvangen) {
        try {
            return json.writeValueAsString(ontvangen);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Ontvangen lees(String opgeslagen) {
        try {
            return json.readValue(opgeslagen, Ontvangen.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
