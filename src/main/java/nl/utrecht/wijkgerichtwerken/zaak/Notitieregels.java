package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException.Veldfout;

/** A note's text: 1 to 4000 characters, no control characters but line breaks and tabs. */
final class Notitieregels {

    static final int MAXIMUM = 4000;

    private Notitieregels() {
    }

    static String tekst(Object waarde) {
        String tekst = waarde instanceof String s ? s.strip() : null;
        String fout = null;
        if (tekst == null || tekst.isEmpty()) {
            fout = "vul een notitie in";
        } else if (tekst.length() > MAXIMUM) {
            fout = "een notitie is hoogstens " + MAXIMUM + " tekens";
        } else if (tekst.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            fout = "een notitie mag geen stuurtekens bevatten";
        }
        if (fout != null) {
            throw new OngeldigeInvoerException("De notitie is niet opgeslagen.", List.of(new Veldfout("tekst", fout)));
        }
        return tekst;
    }
}
