package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakinzage;

/**
 * Extending an advice's reactie term is an action on the case file, not a standing task (issue 19 item 1):
 * {@code POST /api/zaken/{zaaknummer}/verlengen} {@code {"reden": "...", "nieuweTermijn": "jjjj-mm-dd"}} by the
 * wijkbureau of the advice's wijk, once, while the reactie has not been sent. {@code GET} on the same address says
 * whether the user may (the case file offers the button only then). Someone who may not read the case gets 404 like an
 * unknown number, a reader outside the wijkbureau 403, an advice already extended or sent 409, a missing or wrong
 * field 400 naming it; all in Dutch, and nothing changes.
 */
@RestController
class VerlengenApi {

    static final String INLEIDING = "De reactietermijn is niet verlengd.";
    private static final Set<String> VELDEN = Set.of(Verlenging.VELD_REDEN, Verlenging.VELD_TERMIJN);

    private final Zaakinzage inzage;
    private final RuntimeService runtime;
    private final AdviesTermijnen termijnen;

    VerlengenApi(Zaakinzage inzage, ProcessEngine engine, AdviesTermijnen termijnen) {
        this.inzage = inzage;
        this.runtime = engine.getRuntimeService();
        this.termijnen = termijnen;
    }

    @GetMapping("/api/zaken/{zaaknummer}/verlengen")
    Map<String, Object> mogelijk(@PathVariable String zaaknummer, HttpServletRequest verzoek) {
        Zaakinzage.Inzage zaak = inzage.zaak(verzoek, zaaknummer).orElseThrow(Adviesactie.Onbekend::new);
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaaknummer);
        try {
            controleer(zaak, zaaknummer);
            antwoord.put("mogelijk", true);
            antwoord.put("huidigeTermijn", AdviesTermijnen.datum((Date) runtime.getVariable(zaak.instantie(), REACTIE_DATUM)).toString());
        } catch (Adviesactie.NietToegestaan | Adviesactie.Onmogelijk e) {
            antwoord.put("mogelijk", false);
            antwoord.put("waarom", e.getMessage());
        }
        return antwoord;
    }

    @PostMapping("/api/zaken/{zaaknummer}/verlengen")
    Map<String, Object> verlengen(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> invoer,
            HttpServletRequest verzoek) {
        Zaakinzage.Inzage zaak = inzage.zaak(verzoek, zaaknummer).orElseThrow(Adviesactie.Onbekend::new);
        controleer(zaak, zaaknummer);
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> velden = controle.alleenVelden(invoer, VELDEN);
        String reden = controle.verplichteTekst(Verlenging.VELD_REDEN, velden.get(Verlenging.VELD_REDEN), 2000);
        Date huidig = (Date) runtime.getVariable(zaak.instantie(), REACTIE_DATUM);
        LocalDate nieuw = Verlenging.controleer(controle, velden.get(Verlenging.VELD_TERMIJN), huidig, termijnen);
        controle.controleer(INLEIDING);
        try {
            runtime.createMessageCorrelation(BERICHT_VERLENGEN).processInstanceId(zaak.instantie())
                    .setVariable(VERLENGD, true).setVariable(VERLENGING_REDEN, reden)
                    .setVariable(NIEUWE_REACTIE_DATUM, nieuw.toString()).setVariable(VERLENGD_DOOR, zaak.gebruiker())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Adviesactie.Onmogelijk("De reactie op advies " + zaaknummer + " is al verstuurd; verlengen kan niet meer.");
        }
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaaknummer);
        antwoord.put("nieuweTermijn", nieuw.toString());
        antwoord.put("melding", "De reactietermijn is verlengd tot " + AdviesTermijnen.tekst(AdviesTermijnen.eindeDag(nieuw))
                + ". Het wijkplatform krijgt bericht met de nieuwe datum.");
        return antwoord;
    }

    /** An open advice of the user's wijkbureau, not yet extended; else a refusal. */
    private void controleer(Zaakinzage.Inzage zaak, String zaaknummer) {
        if (!PROCES_ADVIES.equals(zaak.proces())) {
            throw new Adviesactie.Onmogelijk("Dit kan alleen bij een wijkplatform-advies; " + zaaknummer + " is dat niet.");
        }
        if (!zaak.open()) {
            throw new Adviesactie.Onmogelijk("Advies " + zaaknummer + " is al afgerond; verlengen kan niet meer.");
        }
        Object wijk = runtime.getVariable(zaak.instantie(), WIJK);
        if (wijk == null || !zaak.groepen().contains(Groepen.wijkbureau(wijk.toString()))) {
            throw new Adviesactie.NietToegestaan("Alleen het wijkbureau van de wijk van dit advies kan de reactietermijn verlengen.");
        }
        if (Boolean.TRUE.equals(runtime.getVariable(zaak.instantie(), VERLENGD))) {
            throw new Adviesactie.Onmogelijk("De reactietermijn van advies " + zaaknummer
                    + " is al eens verlengd; dat kan maar één keer.");
        }
    }
}
