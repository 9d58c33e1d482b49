package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.OpschortingsherinneringVariabelen.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * The steps of process {@code opschortingsherinnering} ({@code ${wachtenStappen...}}, issue 22 item 3): thin, each one
 * check or one call of {@link Wachten}.
 */
@Component("wachtenStappen")
public class WachtenStappen {

    private final Opschortingen opschortingen;
    private final Opschorting opschorting;
    private final Wachten wachten;
    private final Werkdagen werkdagen;

    WachtenStappen(Opschortingen opschortingen, Opschorting opschorting, Wachten wachten, Werkdagen werkdagen) {
        this.opschortingen = opschortingen;
        this.opschorting = opschorting;
        this.wachten = wachten;
        this.werkdagen = werkdagen;
    }

    /** Whether the case still waits (paused without a question) on the expected date. */
    public boolean wachtNog(DelegateExecution herinnering) {
        return opschortingen.lopend(herinnering.getProcessBusinessKey()).filter(p -> Opschortingen.WACHTEN.equals(p.soort()))
                .isPresent();
    }

    /** {@code hervatten}, or {@code nieuweDatum} with a werkdag after today and within a year. */
    public void controleerBesluit(DelegateTask taak) {
        Invoercontrole controle = new Invoercontrole();
        String besluit = controle.keuze("Hoe gaat de zaak verder?", taak.getVariable(BESLUIT), BESLUITEN);
        LocalDate datum = null;
        if ("nieuweDatum".equals(besluit)) {
            datum = datum(taak.getVariable(VERWACHTE_DATUM), controle);
        }
        controle.controleer("De beslissing is niet opgeslagen.");
        taak.setVariable(BESLUIT, besluit);
        taak.setVariable(VERWACHTE_DATUM, datum == null ? null : datum.toString());
    }

    /** Resumes the case, or records the new date (and sets the next reminder); the submitter is told either way. */
    public void verwerk(DelegateExecution herinnering) {
        String zaaknummer = herinnering.getProcessBusinessKey();
        String proces = opschorting.lopendeZaak(zaaknummer).map(z -> z.getProcessDefinitionId().split(":")[0]).orElse(null);
        if (proces == null || !wachtNog(herinnering)) {
            herinnering.setVariable(BESLUIT, "hervatten");
            return;
        }
        if ("nieuweDatum".equals(herinnering.getVariable(BESLUIT))) {
            LocalDate datum = LocalDate.parse((String) herinnering.getVariable(VERWACHTE_DATUM));
            wachten.nieuweDatum(zaaknummer, proces, datum, wie(herinnering));
            herinnering.setVariable(VERWACHT_EINDE, Wachten.ochtend(datum));
            herinnering.setVariable(VERWACHT_EINDE_TEKST, Opschorting.tekst(Wachten.ochtend(datum)));
        } else {
            wachten.hervat(zaaknummer, proces, wie(herinnering));
        }
    }

    private LocalDate datum(Object waarde, Invoercontrole controle) {
        String veld = "Nieuwe verwachte datum";
        String tekst = controle.verplichteTekst(veld, waarde, 30);
        if (tekst == null) {
            return null;
        }
        try {
            LocalDate dag = LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst);
            LocalDate vandaag = werkdagen.vandaag();
            if (!dag.isAfter(vandaag) || dag.isAfter(vandaag.plusYears(1))) {
                controle.fout(veld, "kies een datum na vandaag en binnen een jaar");
            } else if (!werkdagen.isWerkdag(dag)) {
                controle.fout(veld, "kies een werkdag");
            }
            return dag;
        } catch (DateTimeParseException e) {
            controle.fout(veld, "'" + tekst + "' is geen datum (jjjj-mm-dd)");
            return null;
        }
    }

    private static String wie(DelegateExecution herinnering) {
        Authentication ingelogd = herinnering.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return ingelogd == null || ingelogd.getUserId() == null ? "systeem" : ingelogd.getUserId();
    }
}
