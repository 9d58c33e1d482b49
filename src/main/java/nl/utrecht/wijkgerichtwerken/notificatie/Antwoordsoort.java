package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.Arrays;
import java.util.Optional;

/**
 * The answers of the municipality that are also kept as a PDF on the case, each named after the mail template that
 * carries it to the outside party; the PDF's template is {@code templates/antwoord/<sjabloon>.html}.
 */
enum Antwoordsoort {

    ADVIESREACTIE("advies-reactie", "Reactie op advies"),
    INITIATIEFBESLUIT("initiatief-besluit", "Besluit over initiatief"),
    ESCALATIEBESLUIT("escalatie-besluit", "Besluit over escalatie");

    private final String sjabloon;
    private final String titel;

    Antwoordsoort(String sjabloon, String titel) {
        this.sjabloon = sjabloon;
        this.titel = titel;
    }

    static Optional<Antwoordsoort> bijMail(String sjabloon) {
        return Arrays.stream(values()).filter(soort -> soort.sjabloon.equals(sjabloon)).findFirst();
    }

    String sjabloon() {
        return sjabloon;
    }

    /** The document's title, as its PDF metadata and its first heading say it. */
    String titel(String zaaknummer) {
        return titel + " " + zaaknummer;
    }

    /** The file name on the case and on the mail. */
    String bestandsnaam(String zaaknummer) {
        return titel(zaaknummer) + ".pdf";
    }
}
