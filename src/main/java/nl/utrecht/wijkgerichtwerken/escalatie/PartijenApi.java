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
 * A betrokken partij added while the escalation runs (issue 20 item 5):
 * {@code POST /api/zaken/{zaaknummer}/partijen} {@code {"naam": "...", "organisatie": "...", "email": "..."}} (e-mail
 * optional, checked as strictly as at the start). A party with an address is told at once that the case is running, in
 * a mail of his own, and gets the outcome mail like the others. Refusals as for withdrawing ({@link EigenEscalatie}).
 */
@RestController
class PartijenApi {

    static final String INLEIDING = "De betrokken partij is niet toegevoegd.";
    private static final Set<String> VELDEN = Set.of("naam", "organisatie", "email");

    private final EigenEscalatie eigen;
    private final RuntimeService runtime;

    PartijenApi(EigenEscalatie eigen, ProcessEngine engine) {
        this.eigen = eigen;
        this.runtime = engine.getRuntimeService();
    }

    @PostMapping("/api/zaken/{zaaknummer}/partijen")
    Map<String, Object> toevoegen(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> invoer,
            HttpServletRequest verzoek) {
        Zaakinzage.Inzage zaak = eigen.van(verzoek, zaaknummer, "met een betrokken partij aanvullen");
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> velden = controle.alleenVelden(invoer, VELDEN);
        BetrokkenPartijen.Partij partij = BetrokkenPartijen.partij(controle,
                new BetrokkenPartijen.Veldnamen("naam", "organisatie", "email"),
                velden.get("naam"), velden.get("organisatie"), velden.get("email"));
        controle.controleer(INLEIDING);
        String partijen = BetrokkenPartijen.metPartij(controle, runtime.getVariable(zaak.instantie(), BETROKKEN_PARTIJEN),
                partij, "email");
        controle.controleer(INLEIDING);
        try {
            runtime.createMessageCorrelation(BERICHT_PARTIJ).processInstanceId(zaak.instantie())
                    .setVariable(BETROKKEN_PARTIJEN, partijen).setVariable(NIEUWE_PARTIJ_ADRES, partij.email())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Escalatieactie.Onmogelijk("Escalatie " + zaaknummer
                    + " is al besloten; een partij toevoegen kan niet meer (de controle van de afspraken loopt nog).");
        } catch (OptimisticLockingException e) {
            throw new Escalatieactie.Onmogelijk("Escalatie " + zaaknummer
                    + " werd op hetzelfde moment door iemand anders gewijzigd. Bekijk het dossier en probeer het opnieuw.");
        }
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaaknummer);
        antwoord.put("partij", partij.regel());
        antwoord.put("melding", partij.email() == null
                ? "De betrokken partij is toegevoegd (zonder e-mailadres: zij krijgt geen bericht)."
                : "De betrokken partij is toegevoegd. Zij krijgt bericht dat de escalatie loopt, en straks de uitkomst.");
        return antwoord;
    }
}
