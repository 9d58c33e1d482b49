package nl.utrecht.wijkgerichtwerken.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;

/**
 * What the platform sees of the follow-through of its advice (issue 21 item 3): per vervolgpunt the point, the dienst,
 * the standpunt, the date by which the dienst reports, the state ({@code open}, {@code gerapporteerd},
 * {@code gesloten}), what was done and the terugkoppeling. Empty before the reactie is sent.
 */
final class Vervolgstatus {

    private Vervolgstatus() {
    }

    static List<Map<String, Object>> van(Map<String, Object> variabelen) {
        List<Map<String, Object>> punten = new ArrayList<>();
        if (variabelen.get(AdviesVariabelen.VERVOLGPUNTEN) instanceof SpinJsonNode items && items.isArray()) {
            for (SpinJsonNode item : items.elements()) {
                Map<String, Object> punt = new LinkedHashMap<>();
                punt.put("nummer", item.prop("nummer").numberValue());
                punt.put("punt", tekst(item, "punt"));
                punt.put("dienst", tekst(item, "dienstNaam"));
                punt.put("standpunt", tekst(item, "standpuntLabel"));
                punt.put("datum", tekst(item, "datum"));
                punt.put("datumTekst", tekst(item, "datum") == null ? null
                        : LEESBAAR.format(java.time.LocalDate.parse(tekst(item, "datum"))));
                punt.put("status", tekst(item, "status"));
                punt.put("uitvoering", UITVOERING.get(String.valueOf(tekst(item, "uitvoering"))));
                punt.put("terugkoppeling", tekst(item, "terugkoppeling"));
                punten.add(punt);
            }
        }
        return punten;
    }

    private static final java.time.format.DateTimeFormatter LEESBAAR =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));
    private static final Map<String, String> UITVOERING = Map.of("gedaan", "Gedaan", "deels", "Deels gedaan",
            "niet-gedaan", "Niet gedaan");

    private static String tekst(SpinJsonNode item, String veld) {
        return item.hasProp(veld) && item.prop(veld).isString() ? item.prop(veld).stringValue() : null;
    }
}
