package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The inhoudelijke reactie (seed 001: "Adviezen … nemen we altijd serieus, daar hoort een inhoudelijke
 * reactie … bij"): one entry per adviespunt, in order, each with a standpunt and a motivering of at
 * least 30 characters, plus the vervolg. Anything less is refused, naming the point(s).
 */
@Component
class Reactieregels {

    static final int MIN_MOTIVERING = 30;
    static final Map<String, String> STANDPUNT_LABELS = Map.of("overgenomen", "Overgenomen",
            "deels-overgenomen", "Deels overgenomen", "niet-overgenomen", "Niet overgenomen", "nader-onderzoek", "Nader onderzoek");

    /** The points to fill in: the advice text of each point with an empty standpunt and motivering. */
    SpinJsonNode voorbereiden(List<String> adviespunten) {
        List<Map<String, Object>> punten = new ArrayList<>();
        for (int i = 0; i < adviespunten.size(); i++) {
            punten.add(punt(i + 1, adviespunten.get(i), null, null));
        }
        return Spin.JSON(punten);
    }

    /** Checks the submitted reactie and returns the points as stored: the original texts with the answers. */
    SpinJsonNode controleer(List<String> adviespunten, Object ingediend, Object vervolg) {
        Invoercontrole controle = new Invoercontrole();
        List<SpinJsonNode> antwoorden = elementen(ingediend);
        if (antwoorden.size() != adviespunten.size()) {
            controle.fout("Reactie", "het advies heeft " + adviespunten.size() + " adviespunten, de reactie "
                    + antwoorden.size() + "; geef op elk adviespunt precies één reactie");
        }
        List<Map<String, Object>> punten = new ArrayList<>();
        for (int i = 0; i < adviespunten.size(); i++) {
            SpinJsonNode antwoord = i < antwoorden.size() ? antwoorden.get(i) : null;
            String standpunt = tekst(antwoord, "standpunt");
            String motivering = tekst(antwoord, "motivering");
            String punt = "Adviespunt " + (i + 1);
            if (antwoord != null && standpunt == null) {
                controle.fout(punt, "kies een standpunt");
            } else if (antwoord != null && !STANDPUNTEN.contains(standpunt)) {
                controle.fout(punt, "'" + standpunt + "' is geen standpunt (overgenomen, deels-overgenomen, niet-overgenomen, nader-onderzoek)");
            }
            if (antwoord != null && (motivering == null || motivering.length() < MIN_MOTIVERING)) {
                controle.fout(punt, "motiveer het standpunt in minstens " + MIN_MOTIVERING + " tekens (nu "
                        + (motivering == null ? 0 : motivering.length()) + ")");
            }
            punten.add(punt(i + 1, adviespunten.get(i), standpunt, motivering));
        }
        controle.verplichteTekst("Vervolg", vervolg, 4000);
        controle.controleer("De reactie is niet opgeslagen.");
        return Spin.JSON(punten);
    }

    private static Map<String, Object> punt(int nummer, String tekst, String standpunt, String motivering) {
        Map<String, Object> punt = new LinkedHashMap<>();
        punt.put("nummer", nummer);
        punt.put("tekst", tekst);
        punt.put("standpunt", standpunt);
        punt.put("motivering", motivering);
        if (standpunt != null && STANDPUNT_LABELS.containsKey(standpunt)) {
            punt.put("standpuntLabel", STANDPUNT_LABELS.get(standpunt));
        }
        return punt;
    }

    private static List<SpinJsonNode> elementen(Object ingediend) {
        SpinJsonNode json = ingediend instanceof SpinJsonNode node ? node
                : ingediend instanceof String tekst && !tekst.isBlank() ? Spin.JSON(tekst)
                : ingediend instanceof List<?> lijst ? Spin.JSON(lijst) : null;
        return json != null && json.isArray() ? json.elements() : List.of();
    }

    private static String tekst(SpinJsonNode punt, String veld) {
        if (punt == null || !punt.isObject() || !punt.hasProp(veld) || !punt.prop(veld).isString()) {
            return null;
        }
        String waarde = punt.prop(veld).stringValue().trim();
        return waarde.isEmpty() ? null : waarde;
    }
}
