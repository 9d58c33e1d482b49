package nl.utrecht.wijkgerichtwerken.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects field errors of one submission and throws them together, each field named in Dutch. */
public class Invoercontrole {

    private final List<OngeldigeInvoerException.Veldfout> fouten = new ArrayList<>();

    public Invoercontrole fout(String veld, String melding) {
        fouten.add(new OngeldigeInvoerException.Veldfout(veld, melding));
        return this;
    }

    /** A required text of at most {@code max} characters; returns it trimmed (or null when refused). */
    public String verplichteTekst(String veld, Object waarde, int max) {
        String tekst = waarde == null ? "" : waarde.toString().trim();
        if (tekst.isEmpty()) {
            fout(veld, "dit veld is verplicht");
            return null;
        }
        return maximaal(veld, tekst, max);
    }

    /** An optional text of at most {@code max} characters; null when empty. */
    public String optioneleTekst(String veld, Object waarde, int max) {
        String tekst = waarde == null ? "" : waarde.toString().trim();
        return tekst.isEmpty() ? null : maximaal(veld, tekst, max);
    }

    /** A required choice from a fixed list of values. */
    public String keuze(String veld, Object waarde, Set<String> toegestaan) {
        String tekst = waarde == null ? "" : waarde.toString().trim();
        if (tekst.isEmpty()) {
            fout(veld, "maak een keuze (" + String.join(", ", toegestaan.stream().sorted().toList()) + ")");
            return null;
        }
        if (!toegestaan.contains(tekst)) {
            fout(veld, "'" + tekst + "' is geen geldige keuze (" + String.join(", ", toegestaan.stream().sorted().toList()) + ")");
            return null;
        }
        return tekst;
    }

    public boolean heeftFouten() {
        return !fouten.isEmpty();
    }

    /** Throws all collected errors at once, if any. */
    public void controleer(String inleiding) {
        if (heeftFouten()) {
            throw new OngeldigeInvoerException(inleiding, fouten);
        }
    }

    private String maximaal(String veld, String tekst, int max) {
        if (tekst.length() > max) {
            fout(veld, "maximaal " + max + " tekens (nu " + tekst.length() + ")");
            return null;
        }
        return tekst;
    }
}
