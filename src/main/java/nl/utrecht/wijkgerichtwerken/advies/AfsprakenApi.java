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
import nl.utrecht.wijkgerichtwerken.zaak.Notities;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakinzage;

/**
 * Changing the afspraken over het vervolg (issue 21 item 2; seed 001: "het wijkplatform en gemeente [maken] vooraf
 * afspraken met elkaar over het vervolg"): {@code POST /api/zaken/{zaaknummer}/afspraken}
 * {@code {"afsprakenVervolg": "...", "reden": "..."}} by the wijkbureau of the advice's wijk, once registered and while
 * the case runs. The change is noted in the case file and mailed to the platform (SubProcess_AfsprakenGewijzigd).
 * Refusals as for the extension ({@link Adviesactie}): 404 unreadable, 403 not the wijkbureau, 409 not now, 400 by field.
 */
@RestController
class AfsprakenApi {

    static final String INLEIDING = "De afspraken over het vervolg zijn niet gewijzigd.";
    static final String VELD_REDEN = "reden";
    private static final Set<String> VELDEN = Set.of(AFSPRAKEN_VERVOLG, VELD_REDEN);

    private final Zaakinzage inzage;
    private final RuntimeService runtime;
    private final Notities notities;

    AfsprakenApi(Zaakinzage inzage, ProcessEngine engine, Notities notities) {
        this.inzage = inzage;
        this.runtime = engine.getRuntimeService();
        this.notities = notities;
    }

    @PostMapping("/api/zaken/{zaaknummer}/afspraken")
    Map<String, Object> wijzigen(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> invoer,
            HttpServletRequest verzoek) {
        Zaakinzage.Inzage zaak = inzage.zaak(verzoek, zaaknummer).orElseThrow(Adviesactie.Onbekend::new);
        Adviesactie.vanHetWijkbureau(runtime, zaak, zaaknummer, "de afspraken over het vervolg wijzigen");
        if (runtime.getVariable(zaak.instantie(), AFSPRAKEN_VERVOLG) == null) {
            throw new Adviesactie.Onmogelijk("Advies " + zaaknummer + " is nog niet geregistreerd; leg de afspraken over "
                    + "het vervolg vast bij de registratie.");
        }
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> velden = controle.alleenVelden(invoer, VELDEN);
        String afspraken = controle.verplichteTekst(AFSPRAKEN_VERVOLG, velden.get(AFSPRAKEN_VERVOLG), 4000);
        String reden = controle.verplichteTekst(VELD_REDEN, velden.get(VELD_REDEN), 2000);
        controle.controleer(INLEIDING);
        try {
            runtime.createMessageCorrelation(BERICHT_AFSPRAKEN_GEWIJZIGD).processInstanceId(zaak.instantie())
                    .setVariable(AFSPRAKEN_VERVOLG, afspraken).setVariable(AFSPRAKEN_REDEN, reden).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Adviesactie.Onmogelijk("Advies " + zaaknummer + " is al afgerond; de afspraken wijzigen kan niet meer.");
        }
        // on the case file's timeline of notes: what changed and why (a note holds at most 4000 characters)
        String notitie = "Afspraken over het vervolg gewijzigd. Reden: " + reden + "\nNieuwe afspraken: " + afspraken;
        notities.voegToe(zaaknummer, notitie.length() > 4000 ? notitie.substring(0, 3999) + "…" : notitie, zaak.gebruiker());
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaaknummer);
        antwoord.put(AFSPRAKEN_VERVOLG, afspraken);
        antwoord.put("melding", "De afspraken over het vervolg zijn gewijzigd. Het wijkplatform krijgt bericht.");
        return antwoord;
    }
}
