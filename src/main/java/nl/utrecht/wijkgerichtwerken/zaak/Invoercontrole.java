package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

import nl.utrecht.wijkgerichtwerken.notificatie.Emailadres;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/** Collects field errors of one submission and throws them together, each field named in Dutch. */
public class Invoercontrole {

    /** Control characters other than tab and line breaks: never typed by a person, refused in every text. */
    private static final Pattern STUURTEKENS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

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

    /** A required, configured wijk slug. */
    public String wijk(String veld, Object waarde, Organisatie organisatie) {
        String wijk = verplichteTekst(veld, waarde, 50);
        if (wijk != null && !organisatie.isWijk(wijk)) {
            fout(veld, "'" + wijk + "' is geen bekende wijk");
        }
        return wijk;
    }

    /** A required, configured dienst slug. */
    public String dienst(String veld, Object waarde, Organisatie organisatie) {
        String dienst = verplichteTekst(veld, waarde, 50);
        if (dienst != null && !organisatie.isDienst(dienst)) {
            fout(veld, "'" + dienst + "' is geen bekende dienst");
        }
        return dienst;
    }

    /**
     * One e-mail address in the strict form of {@link Emailadres}, required or optional; null when empty or refused
     * (a list such as {@code a@b.nl,groep:x} is never kept).
     */
    public String email(String veld, Object waarde, boolean verplicht) {
        String email = verplicht ? verplichteTekst(veld, waarde, 254) : optioneleTekst(veld, waarde, 254);
        if (email != null && !Emailadres.geldig(email)) {
            fout(veld, "'" + email + "' is geen geldig e-mailadres: geef precies één adres zoals naam@voorbeeld.nl, "
                    + "zonder spaties, komma's, puntkomma's, dubbele punten, aanhalingstekens, haakjes of letters met accenten");
            return null;
        }
        return email;
    }

    /** Texts from a list, a Spin JSON array, a JSON array text or a comma-separated text; blanks dropped. */
    public static List<String> lijst(Object waarde) {
        List<String> lijst = new ArrayList<>();
        if (waarde instanceof Collection<?> collectie) {
            collectie.forEach(e -> lijst.add(String.valueOf(e).trim()));
        } else if (waarde instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> lijst.add(e.isString() ? e.stringValue().trim() : e.toString()));
        } else if (waarde instanceof String tekst && tekst.trim().startsWith("[")) {
            return lijst(Spin.JSON(tekst));
        } else if (waarde instanceof String tekst) {
            for (String deel : tekst.split(",")) {
                lijst.add(deel.trim());
            }
        }
        lijst.removeIf(String::isEmpty);
        return lijst;
    }

    /**
     * The one rule of the case file's actions for a JSON body: every field outside {@code toegestaan} is refused by
     * name (an unknown field is never silently ignored). Returns the body, an empty one when none was sent.
     */
    public Map<String, Object> alleenVelden(Map<String, Object> invoer, Set<String> toegestaan) {
        Map<String, Object> velden = invoer == null ? Map.of() : invoer;
        String lijst = toegestaan.isEmpty() ? "dit verzoek heeft geen velden"
                : "toegestaan zijn " + String.join(", ", toegestaan.stream().sorted().toList());
        velden.keySet().stream().filter(veld -> !toegestaan.contains(veld)).sorted()
                .forEach(veld -> fout(veld.length() > 50 ? veld.substring(0, 50) + "…" : veld, "onbekend veld; " + lijst));
        return velden;
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
        if (STUURTEKENS.matcher(tekst).find()) {
            fout(veld, "bevat niet-toegestane tekens");
            return null;
        }
        if (tekst.length() > max) {
            fout(veld, "maximaal " + max + " tekens (nu " + tekst.length() + ")");
            return null;
        }
        return tekst;
    }
}
