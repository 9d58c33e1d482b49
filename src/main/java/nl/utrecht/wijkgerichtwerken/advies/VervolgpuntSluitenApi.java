package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakinzage;

/**
 * The wijkbureau closes an open vervolgpunt with a reason, which the platform is sent (issue 21 item 3):
 * {@code POST /api/zaken/{zaaknummer}/vervolgpunten/{nummer}/sluiten} {@code {"reden": "..."}}; a message into the
 * item's SubProcess_VervolgpuntSluiten. Refusals as in {@link Adviesactie}.
 */
@RestController
class VervolgpuntSluitenApi {

    static final String INLEIDING = "Het vervolgpunt is niet gesloten.";

    private final Zaakinzage inzage;
    private final RuntimeService runtime;

    VervolgpuntSluitenApi(Zaakinzage inzage, ProcessEngine engine) {
        this.inzage = inzage;
        this.runtime = engine.getRuntimeService();
    }

    @PostMapping("/api/zaken/{zaaknummer}/vervolgpunten/{nummer}/sluiten")
    Map<String, Object> sluiten(@PathVariable String zaaknummer, @PathVariable int nummer,
            @RequestBody(required = false) Map<String, Object> invoer, HttpServletRequest verzoek) {
        Zaakinzage.Inzage zaak = inzage.zaak(verzoek, zaaknummer).orElseThrow(Adviesactie.Onbekend::new);
        Adviesactie.vanHetWijkbureau(runtime, zaak, zaaknummer, "een vervolgpunt sluiten");
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> velden = controle.alleenVelden(invoer, Set.of("reden"));
        String reden = controle.verplichteTekst("reden", velden.get("reden"), 2000);
        controle.controleer(INLEIDING);
        try {
            runtime.createMessageCorrelation(BERICHT_VERVOLGPUNT_SLUITEN).processInstanceId(zaak.instantie())
                    .localVariableEquals(VERVOLGPUNT_NUMMER, nummer)
                    .setVariableLocal(SLUITREDEN, reden).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Adviesactie.Onmogelijk("Advies " + zaaknummer + " heeft geen open vervolgpunt " + nummer + ".");
        }
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaaknummer);
        antwoord.put("nummer", nummer);
        antwoord.put("melding", "Vervolgpunt " + nummer + " is gesloten. Het wijkplatform krijgt bericht met de reden.");
        return antwoord;
    }
}
