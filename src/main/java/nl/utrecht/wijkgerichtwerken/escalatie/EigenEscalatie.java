package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Zaakinzage;

/**
 * Who may act on an escalation from the case file: only its own wijkregisseur, on an open escalation. A case the user
 * may not read is unknown (404), a reader who is not its wijkregisseur is refused (403), another kind of case or a
 * closed escalation cannot take the action (409).
 */
@Component
class EigenEscalatie {

    private final Zaakinzage inzage;
    private final RuntimeService runtime;

    EigenEscalatie(Zaakinzage inzage, ProcessEngine engine) {
        this.inzage = inzage;
        this.runtime = engine.getRuntimeService();
    }

    /** The open escalation of this wijkregisseur, or a refusal; {@code actie} is the Dutch infinitive ("intrekken"). */
    Zaakinzage.Inzage van(HttpServletRequest verzoek, String zaaknummer, String actie) {
        Zaakinzage.Inzage zaak = inzage.zaak(verzoek, zaaknummer).orElseThrow(Escalatieactie.Onbekend::new);
        if (!PROCES.equals(zaak.proces())) {
            throw new Escalatieactie.Onmogelijk("Dit kan alleen bij een escalatie; " + zaaknummer + " is geen escalatie.");
        }
        if (!zaak.open()) {
            throw new Escalatieactie.Onmogelijk("Escalatie " + zaaknummer + " is al afgerond.");
        }
        if (!zaak.gebruiker().equals(runtime.getVariable(zaak.instantie(), WIJKREGISSEUR))) {
            throw new Escalatieactie.NietToegestaan("Alleen de wijkregisseur die de escalatie begon, kan haar " + actie + ".");
        }
        return zaak;
    }
}
