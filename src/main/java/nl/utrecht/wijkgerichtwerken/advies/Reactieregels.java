package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The inhoudelijke reactie (seed 001: "Adviezen … nemen we altijd serieus, daar hoort een inhoudelijke
 * reactie … bij"): one entry per adviespunt, in order, each with a standpunt and a motivering of at
 * least 30 characters, plus the vervolg. Anything less is refused, naming the point(s). When several diensten answer
 * ({@link Verdeling}), each answers only its own points.
 */
@Component
class Reactieregels {

    private final Organisatie organisatie;

    Reactieregels(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    static final int MIN_MOTIVERING = 30;
    static final Map<String, String> STANDPUNT_LABELS = Map.of("overgenomen", "Overgenomen",
            "deels-overgenomen", "Deels overgenomen", "niet-overgenomen", "Niet overgenomen", "nader-onderzoek", "Nader onderzoek");

    /** The points to fill in: the advice text of each point and its dienst, with an empty standpunt and motivering. */
    SpinJsonNode voorbereiden(List<String> adviespunten, List<String> diensten) {
        List<Map<String, Object>> punten = new ArrayList<>();
        for (int i = 0; i < adviespunten.size(); i++) {
            punten.add(punt(i + 1, adviespunten.get(i), i < diensten.size() ? diensten.get(i) : null, null, null));
        }
        return Spin.JSON(punten);
    }

    /**
     * Checks the reactie of {@code dienst} on its own points and returns all points as stored: the original texts, the
     * new answers on its points and the stored answers of the other diensten' points, which it may not change. The
     * answers come per point in order (all points, or only its own), or with {@code nummer}.
     */
    SpinJsonNode controleer(List<String> adviespunten, SpinJsonNode bestaand, String dienst, Object ingediend, Object vervolg) {
        Invoercontrole controle = new Invoercontrole();
        List<SpinJsonNode> opgeslagen = bestaand != null && bestaand.isArray() ? bestaand.elements() : List.of();
        int aantal = adviespunten.size();
        List<Integer> eigen = new ArrayList<>();
        for (int n = 1; n <= aantal; n++) {
            String van = n <= opgeslagen.size() ? tekst(opgeslagen.get(n - 1), "dienst") : null;
            if (van == null || dienst == null || van.equals(dienst)) {
                eigen.add(n);
            }
        }
        Map<Integer, SpinJsonNode> antwoorden = perPunt(elementen(ingediend), aantal, eigen, controle);
        List<Map<String, Object>> punten = new ArrayList<>();
        for (int n = 1; n <= aantal; n++) {
            SpinJsonNode antwoord = antwoorden.get(n);
            SpinJsonNode oud = n <= opgeslagen.size() ? opgeslagen.get(n - 1) : null;
            String van = tekst(oud, "dienst");
            String standpunt = tekst(antwoord, "standpunt");
            String motivering = tekst(antwoord, "motivering");
            String punt = "Adviespunt " + n;
            if (!eigen.contains(n)) {
                if (antwoord != null && (verschilt(standpunt, tekst(oud, "standpunt")) || verschilt(motivering, tekst(oud, "motivering")))) {
                    controle.fout(punt, "dit punt is toegewezen aan " + organisatie.dienstNaam(van)
                            + "; uw dienst beantwoordt alleen haar eigen adviespunten");
                }
                punten.add(punt(n, adviespunten.get(n - 1), van, tekst(oud, "standpunt"), tekst(oud, "motivering")));
                continue;
            }
            if (antwoord != null && standpunt == null) {
                controle.fout(punt, "kies een standpunt");
            } else if (antwoord != null && !STANDPUNTEN.contains(standpunt)) {
                controle.fout(punt, "'" + standpunt + "' is geen standpunt (overgenomen, deels-overgenomen, niet-overgenomen, nader-onderzoek)");
            }
            if (antwoord != null && (motivering == null || motivering.length() < MIN_MOTIVERING)) {
                controle.fout(punt, "motiveer het standpunt in minstens " + MIN_MOTIVERING + " tekens (nu "
                        + (motivering == null ? 0 : motivering.length()) + ")");
            }
            punten.add(punt(n, adviespunten.get(n - 1), van, standpunt, motivering));
        }
        controle.verplichteTekst("Vervolg", vervolg, 4000);
        controle.controleer("De reactie is niet opgeslagen.");
        return Spin.JSON(punten);
    }

    /** The answers by point number: by {@code nummer} when given, else in order over all points or over its own. */
    private static Map<Integer, SpinJsonNode> perPunt(List<SpinJsonNode> antwoorden, int aantal, List<Integer> eigen,
            Invoercontrole controle) {
        Map<Integer, SpinJsonNode> perPunt = new HashMap<>();
        boolean genummerd = !antwoorden.isEmpty() && antwoorden.stream().allMatch(a -> a.isObject() && a.hasProp("nummer") && a.prop("nummer").isNumber());
        if (genummerd) {
            for (SpinJsonNode antwoord : antwoorden) {
                int n = antwoord.prop("nummer").numberValue().intValue();
                if (n < 1 || n > aantal || perPunt.put(n, antwoord) != null) {
                    controle.fout("Reactie", "nummer " + n + " is geen adviespunt, of komt twee keer voor");
                }
            }
            eigen.stream().filter(n -> !perPunt.containsKey(n)).forEach(n -> controle.fout("Adviespunt " + n, "geef een reactie op dit punt"));
        } else if (antwoorden.size() == aantal) {
            for (int i = 0; i < aantal; i++) {
                perPunt.put(i + 1, antwoorden.get(i));
            }
        } else if (antwoorden.size() == eigen.size()) {
            for (int i = 0; i < eigen.size(); i++) {
                perPunt.put(eigen.get(i), antwoorden.get(i));
            }
        } else if (eigen.size() == aantal) {
            controle.fout("Reactie", "het advies heeft " + aantal + " adviespunten, de reactie "
                    + antwoorden.size() + "; geef op elk adviespunt precies één reactie");
            for (int i = 0; i < antwoorden.size(); i++) {
                perPunt.put(i + 1, antwoorden.get(i));
            }
        } else {
            controle.fout("Reactie", "uw dienst beantwoordt " + eigen.size() + " adviespunten (" + eigen.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + "), de reactie " + antwoorden.size());
        }
        return perPunt;
    }

    private static boolean verschilt(String nieuw, String oud) {
        return nieuw != null && !nieuw.equals(oud);
    }

    private static Map<String, Object> punt(int nummer, String tekst, String dienst, String standpunt, String motivering) {
        Map<String, Object> punt = new LinkedHashMap<>();
        punt.put("nummer", nummer);
        punt.put("tekst", tekst);
        if (dienst != null) {
            punt.put("dienst", dienst);
        }
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
