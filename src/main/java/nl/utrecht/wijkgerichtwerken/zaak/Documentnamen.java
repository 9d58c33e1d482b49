package nl.utrecht.wijkgerichtwerken.zaak;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A file name as the sender gave it, made safe to show and to offer for download: no folders ({@code ../}, {@code C:\}),
 * no control or invisible direction characters, no leading dots, at most {@link #MAXIMUM} characters with the
 * extension kept.
 */
final class Documentnamen {

    static final int MAXIMUM = 120;

    private static final Pattern ONZICHTBAAR = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern ONVEILIG = Pattern.compile("[<>:\"|?*]");

    private Documentnamen() {
    }

    static String schoon(String opgegeven) {
        String naam = opgegeven == null ? "" : Normalizer.normalize(opgegeven, Normalizer.Form.NFC);
        naam = naam.substring(Math.max(naam.lastIndexOf('/'), naam.lastIndexOf('\\')) + 1);
        naam = ONZICHTBAAR.matcher(naam).replaceAll("");
        naam = ONVEILIG.matcher(naam).replaceAll("_").strip().replaceAll("\\s+", " ");
        naam = naam.replaceFirst("^[.\\s]+", "");
        if (naam.length() > MAXIMUM) {
            int punt = naam.lastIndexOf('.');
            String extensie = punt > 0 && naam.length() - punt <= 10 ? naam.substring(punt) : "";
            naam = naam.substring(0, MAXIMUM - extensie.length()).strip() + extensie;
        }
        return naam.isEmpty() ? "document" : naam;
    }
}
