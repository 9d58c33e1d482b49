package nl.utrecht.wijkgerichtwerken.initiatief;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Settings of the initiative intake ({@code wijk.initiatief}): the amount thresholds the
 * initiatievenfonds decision table compares against (so who may decide is a DMN table, the amounts
 * configuration), and the interval of the check-ins. Used in BPMN as {@code ${initiatiefInstellingen...}}.
 */
@Component("initiatiefInstellingen")
@ConfigurationProperties("wijk.initiatief")
public class InitiatiefInstellingen {

    private BigDecimal drempelWijkregisseur = new BigDecimal("2500");
    private BigDecimal drempelWijkgarage = new BigDecimal("10000");
    private String checkInInterval = "P4W";

    /** Whether the initiatiefnemer asked for money (then the initiatievenfonds step follows). */
    public boolean geldGevraagd(DelegateExecution zaak) {
        return InitiatiefStartRegels.lijst(zaak.getVariable(InitiatiefVariabelen.HULP_GEVRAAGD)).contains("geld");
    }

    public double getDrempelWijkregisseur() {
        return drempelWijkregisseur.doubleValue();
    }

    public void setDrempelWijkregisseur(BigDecimal drempelWijkregisseur) {
        this.drempelWijkregisseur = drempelWijkregisseur;
    }

    public double getDrempelWijkgarage() {
        return drempelWijkgarage.doubleValue();
    }

    public void setDrempelWijkgarage(BigDecimal drempelWijkgarage) {
        this.drempelWijkgarage = drempelWijkgarage;
    }

    public String getCheckInInterval() {
        return checkInInterval;
    }

    public void setCheckInInterval(String checkInInterval) {
        this.checkInInterval = checkInInterval;
    }
}
