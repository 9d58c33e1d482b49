package nl.utrecht.wijkgerichtwerken.zaak;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Values as the Dutch read them in forms, mails and pages: "€ 2.500" rather than {@code 2500.0}, "geld en kennis"
 * rather than {@code ["geld", "kennis"]}. The processes store these texts next to the values they show, written by
 * their rules, so that a form needs no formatting logic of its own.
 */
public final class Weergave {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Weergave() {
    }

    /** 2500.0 → "2.500", 2500.5 → "2.500,50". */
    public static String bedrag(Number bedrag) {
        BigDecimal waarde = new BigDecimal(bedrag.toString());
        NumberFormat formaat = NumberFormat.getNumberInstance(NL);
        int decimalen = waarde.stripTrailingZeros().scale() > 0 ? 2 : 0;
        formaat.setMinimumFractionDigits(decimalen);
        formaat.setMaximumFractionDigits(decimalen);
        return formaat.format(waarde);
    }

    /** 2500.0 → "€ 2.500"; {@code null} → "geen bedrag". */
    public static String euro(Number bedrag) {
        return bedrag == null ? "geen bedrag" : "€ " + bedrag(bedrag);
    }

    /** ["geld", "kennis", "ruimte"] → "geld, kennis en ruimte"; an empty list → {@code leeg}. */
    public static String opsomming(List<String> items, String leeg) {
        if (items == null || items.isEmpty()) {
            return leeg;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }

    /**
     * Texts as a numbered list for a form's text field (markdown), each made inert as the forms do with free text:
     * {@code <} and {@code [} cannot start HTML or a link.
     */
    public static String genummerd(List<String> items) {
        StringBuilder lijst = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String tekst = items.get(i).replace("\r", " ").replace("\n", " ").replace("<", "&lt;").replace("[", "&#91;");
            lijst.append(i + 1).append(". ").append(tekst).append('\n');
        }
        return lijst.toString();
    }
}
