package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.AanvullingsverzoekVariabelen.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The steps of process {@code aanvullingsverzoek} ({@code ${aanvullingStappen...}} in bpmn/aanvullingsverzoek.bpmn):
 * thin, each one call of {@link Opschorting} or one check.
 */
@Component("aanvullingStappen")
public class AanvullingStappen {

    private final Opschorting opschorting;

    AanvullingStappen(Opschorting opschorting) {
        this.opschorting = opschorting;
    }

    /** Whether the case still runs (after the reply term: only then is the official asked to decide). */
    public boolean zaakOpen(DelegateExecution verzoek) {
        return opschorting.lopendeZaak(verzoek.getProcessBusinessKey()).isPresent();
    }

    /** The clock of the case runs again; with the submitter's answer when it came. */
    public void hervat(DelegateExecution verzoek) {
        Object antwoord = verzoek.getVariable(AANVULLING);
        String door = antwoord != null ? "indiener" : wie(verzoek);
        Optional<Opschorting.Hervatting> hervatting = opschorting.hervat(verzoek.getProcessBusinessKey(), door,
                antwoord == null ? null : antwoord.toString());
        boolean open = hervatting.map(Opschorting.Hervatting::zaakOpen).orElse(false);
        verzoek.setVariable(ZAAK_OPEN, open);
        hervatting.map(Opschorting.Hervatting::beloofd).map(Opschorting::tekst)
                .ifPresent(tekst -> verzoek.setVariable(NIEUWE_DATUM_TEKST, tekst));
    }

    /** The official closes the case without the answer, with the reason the submitter is mailed. */
    public void sluit(DelegateExecution verzoek) {
        opschorting.sluit(verzoek.getProcessBusinessKey(), (String) verzoek.getVariable(SLUIT_REDEN), wie(verzoek));
    }

    /** The decision after the reply term: {@code verder}, or {@code sluiten} with a reason of 10 to 2000 characters. */
    public void controleerBesluit(DelegateTask taak) {
        Invoercontrole controle = new Invoercontrole();
        String besluit = controle.keuze("Hoe gaat de zaak verder?", taak.getVariable(BESLUIT), BESLUITEN);
        String reden = null;
        if ("sluiten".equals(besluit)) {
            reden = controle.verplichteTekst("Reden van het sluiten", taak.getVariable(SLUIT_REDEN), 2000);
            if (reden != null && reden.length() < 10) {
                controle.fout("Reden van het sluiten", "schrijf een reden van minstens 10 tekens; de indiener krijgt haar per mail");
            }
        }
        controle.controleer("De beslissing is niet opgeslagen.");
        taak.setVariable(BESLUIT, besluit);
        taak.setVariable(SLUIT_REDEN, reden);
    }

    private static String wie(DelegateExecution verzoek) {
        Authentication ingelogd = verzoek.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return ingelogd == null || ingelogd.getUserId() == null ? "systeem" : ingelogd.getUserId();
    }
}
