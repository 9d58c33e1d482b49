package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Mail settings ({@code wijk.notificatie}). */
@ConfigurationProperties("wijk.notificatie")
public class NotificatieProperties {

    private String afzender = "Gemeente Utrecht <wijkgericht-werken@utrecht.example>";
    private Mailmodus modus = Mailmodus.LOG;
    private String redirectAdres = "";
    private List<String> allowList = new ArrayList<>();
    private String basisUrl = "http://localhost:8080";
    private String retryCycle = "R5/PT5M";

    public String getAfzender() {
        return afzender;
    }

    public void setAfzender(String afzender) {
        this.afzender = afzender;
    }

    public Mailmodus getModus() {
        return modus;
    }

    public void setModus(Mailmodus modus) {
        this.modus = modus;
    }

    public String getRedirectAdres() {
        return redirectAdres;
    }

    public void setRedirectAdres(String redirectAdres) {
        this.redirectAdres = redirectAdres;
    }

    public List<String> getAllowList() {
        return allowList;
    }

    public void setAllowList(List<String> allowList) {
        this.allowList = allowList;
    }

    public String getBasisUrl() {
        return basisUrl;
    }

    public void setBasisUrl(String basisUrl) {
        this.basisUrl = basisUrl;
    }

    public String getRetryCycle() {
        return retryCycle;
    }

    public void setRetryCycle(String retryCycle) {
        this.retryCycle = retryCycle;
    }
}
