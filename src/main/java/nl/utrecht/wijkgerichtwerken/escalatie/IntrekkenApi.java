package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakinzage;

/**
 * Withdrawing an escalation is an action on the case file, not a task waiting in Mijn taken (issue 19 item 1):
 * {@code POST /api/zaken/{zaaknummer}/intrekken} {@code {"reden": "..."}} by the case's own wijkregisseur. Someone who
 * may not read the case gets 404 like an unknown number, a reader who is not its wijkregisseur 403, a case that can no
 * longer be withdrawn (closed, or past its ladder) 409, a missing reason 400; all in Dutch.
 */
@RestController
class IntrekkenApi {

    static final String INLEIDING = "De escalatie is niet ingetrokken.";

    private final EigenEscalatie eigen;
    private final RuntimeService runtime;

    IntrekkenApi(EigenEscalatie eigen, ProcessEngine engine) {
        this.eigen = eigen;
        this.runtime = engine.getRuntimeService();
    }

    @PostMapping("/api/zaken/{zaaknummer}/intrekken")
    Map<String, Object> intrekken(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> invoer,
            HttpServletRequest verzoek) {
        Zaakinzage.Inzage zaak = eigen.van(verzoek, zaaknummer, "intrekken");
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> velden = controle.alleenVelden(invoer, Set.of("reden"));
        String reden = controle.verplichteTekst("reden", velden.get("reden"), 2000);
        controle.controleer(INLEIDING);
        try {
            runtime.createMessageCorrelation(BERICHT_INTREKKEN).processInstanceId(zaak.instantie())
                    .setVariable(REDEN_INTREKKING, reden).setVariable(BESLUIT_DOOR, zaak.gebruiker()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Escalatieactie.Onmogelijk("Escalatie " + zaaknummer
                    + " is al besloten; intrekken kan niet meer (de controle van de afspraken loopt nog).");
        } catch (OptimisticLockingException e) {
            throw new Escalatieactie.Onmogelijk("Escalatie " + zaaknummer
                    + " werd op hetzelfde moment door iemand anders gewijzigd. Bekijk het dossier en probeer het opnieuw.");
        }
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaaknummer);
        antwoord.put("uitkomst", UITKOMST_INGETROKKEN);
        antwoord.put("melding", "De escalatie is ingetrokken. Alle betrokkenen krijgen bericht.");
        return antwoord;
    }
}
