package nl.utrecht.wijkgerichtwerken.intake;

import java.util.Collection;
import java.util.Map;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The shape of a public submission, checked before anything starts: only the fields of the form, each
 * of the right kind (text, list of texts, number) and free of control characters. The content rules
 * (required fields, lengths, wijk, enums) are the processes' own start rules.
 */
final class Invoervorm {

    private Invoervorm() {
    }

    static void controleer(Zaaksoort soort, Map<String, Object> invoer) {
        Invoercontrole controle = new Invoercontrole();
        for (Map.Entry<String, Object> veld : invoer.entrySet()) {
            Zaaksoort.Veld verwacht = soort.velden().get(veld.getKey());
            Object waarde = veld.getValue();
            if (verwacht == null) {
                controle.fout(veld.getKey(), "onbekend veld");
            } else if (waarde != null && !klopt(verwacht, waarde)) {
                controle.fout(veld.getKey(), switch (verwacht) {
                    case TEKST -> "moet tekst zijn";
                    case TEKSTEN -> "moet een lijst met teksten zijn";
                    case GETAL -> "moet een getal zijn";
                });
            } else if (bevatStuurtekens(waarde)) {
                controle.fout(veld.getKey(), "bevat niet-toegestane tekens");
            }
        }
        controle.controleer("De aanvraag is niet in behandeling genomen.");
    }

    /** An evaluation: only {@code score} (a number) and {@code toelichting} (text). */
    static void controleerEvaluatie(Map<String, Object> invoer) {
        Invoercontrole controle = new Invoercontrole();
        invoer.forEach((veld, waarde) -> {
            if (!veld.equals("score") && !veld.equals("toelichting")) {
                controle.fout(veld, "onbekend veld");
            } else if (waarde != null && !(veld.equals("score") ? waarde instanceof Number : waarde instanceof String)) {
                controle.fout(veld, veld.equals("score") ? "moet een getal zijn" : "moet tekst zijn");
            } else if (bevatStuurtekens(waarde)) {
                controle.fout(veld, "bevat niet-toegestane tekens");
            }
        });
        controle.controleer("De evaluatie is niet vastgelegd.");
    }

    private static boolean klopt(Zaaksoort.Veld verwacht, Object waarde) {
        return switch (verwacht) {
            case TEKST -> waarde instanceof String;
            case TEKSTEN -> waarde instanceof Collection<?> lijst && lijst.stream().allMatch(e -> e instanceof String);
            case GETAL -> waarde instanceof Number;
        };
    }

    /** Control characters other than tab, newline and carriage return. */
    static boolean bevatStuurtekens(Object waarde) {
        if (waarde instanceof Collection<?> lijst) {
            return lijst.stream().anyMatch(Invoervorm::bevatStuurtekens);
        }
        return waarde instanceof String tekst && tekst.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }
}
