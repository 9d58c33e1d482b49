package nl.utrecht.wijkgerichtwerken.escalatie;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/** A date field of a form: form-js sends {@code yyyy-mm-dd}, REST clients may send a date or a date-time. */
final class Datuminvoer {

    private Datuminvoer() {
    }

    /** The date, or null when empty; a text that is no date is refused naming the field. */
    static LocalDate lees(Invoercontrole controle, String veld, Object waarde) {
        if (waarde == null || waarde.toString().isBlank()) {
            return null;
        }
        try {
            if (waarde instanceof Date d) {
                return d.toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
            }
            String tekst = waarde.toString().trim();
            return LocalDate.parse(tekst.substring(0, Math.min(10, tekst.length())));
        } catch (DateTimeParseException e) {
            controle.fout(veld, "'" + waarde + "' is geen datum (jjjj-mm-dd)");
            return null;
        }
    }
}
