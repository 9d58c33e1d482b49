package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.regex.Pattern;

/**
 * A step as the case file names it: the task's name without the " — ESC-2026-000001: titel" that Tasklist's lists
 * need ({@link ZaakTaakListener} adds it), since the case file already shows its number and title.
 */
final class Stapnaam {

    private static final Pattern ZAAK_ACHTERVOEGSEL = Pattern.compile("\\s+—\\s+[A-Z]{3}-\\d{4}-\\d{6}.*$", Pattern.DOTALL);

    private Stapnaam() {
    }

    static String van(String taaknaam) {
        return taaknaam == null ? null : ZAAK_ACHTERVOEGSEL.matcher(taaknaam).replaceFirst("");
    }
}
