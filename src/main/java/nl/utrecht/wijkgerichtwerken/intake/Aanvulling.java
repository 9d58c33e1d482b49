package nl.utrecht.wijkgerichtwerken.intake;

import org.springframework.stereotype.Service;

import nl.utrecht.wijkgerichtwerken.zaak.Aanvullingsverzoeken;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The submitter's answer to a request for more information (issue 22), from the status API or page: only with the
 * case's status link, only while a request waits for it; the text is 1 to {@value #MAXIMUM} characters without
 * control characters. The case kernel records it and lets the clock run again.
 */
@Service
class Aanvulling {

    static final int MAXIMUM = 3500;

    private final Statusoverzicht overzicht;
    private final Aanvullingsverzoeken verzoeken;

    Aanvulling(Statusoverzicht overzicht, Aanvullingsverzoeken verzoeken) {
        this.overzicht = overzicht;
        this.verzoeken = verzoeken;
    }

    /** @throws StatusApi.NietGevonden for an unknown number or a wrong token, before the text is looked at */
    void geef(String zaaknummer, String token, Object tekst) {
        overzicht.zaak(zaaknummer, token).orElseThrow(StatusApi.NietGevonden::new);
        Invoercontrole controle = new Invoercontrole();
        String antwoord = tekst == null || tekst instanceof String ? controle.verplichteTekst("tekst", tekst, MAXIMUM) : null;
        if (tekst != null && !(tekst instanceof String)) {
            controle.fout("tekst", "geef uw antwoord als tekst");
        } else if (antwoord != null && Invoervorm.bevatStuurtekens(tekst)) {
            // a control character at the very start or end would otherwise be trimmed away unnoticed
            controle.fout("tekst", "bevat niet-toegestane tekens");
        }
        controle.controleer("Uw aanvulling is niet opgeslagen.");
        verzoeken.beantwoord(zaaknummer, antwoord);
    }
}
