package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * Follow-through of an advice (issue 21 item 3, seed 001: "koppelen terug wat we wel en niet gedaan hebben met de
 * input"): after the reactie is sent, every point with standpunt overgenomen, deels-overgenomen or nader-onderzoek
 * becomes a vervolgpunt of the dienst that answered it, due {@code wijk.termijnen.processen.wijkplatform-advies.vervolg}
 * werkdagen later. The case keeps them in {@code vervolgpunten} (one JSON entry per item: nummer, punt, dienst,
 * dienstNaam, standpunt, standpuntLabel, datum, status open|gerapporteerd|gesloten, uitvoering, terugkoppeling); the
 * model reads one item per instance of SubProcess_Vervolgpunt through {@code ${adviesVervolg...}}.
 */
@Component("adviesVervolg")
public class Vervolgpunten {

    static final Set<String> MET_VERVOLG = Set.of("overgenomen", "deels-overgenomen", "nader-onderzoek");
    static final String OPEN = "open";
    static final String GERAPPORTEERD = "gerapporteerd";
    static final String GESLOTEN = "gesloten";

    private final Werkdagen werkdagen;
    private final Organisatie organisatie;

    Vervolgpunten(Werkdagen werkdagen, Organisatie organisatie) {
        this.werkdagen = werkdagen;
        this.organisatie = organisatie;
    }

    /** Task_VervolgpuntenVaststellen: the items of the sent reactie, each with its dienst and date. */
    public void vaststellen(DelegateExecution zaak) {
        Date datum = werkdagen.deadline(PROCES_ADVIES, "vervolg");
        String verantwoordelijk = zaak.getVariable(DIENST) == null ? null : zaak.getVariable(DIENST).toString();
        List<Map<String, Object>> items = new ArrayList<>();
        if (zaak.getVariable(PUNTEN) instanceof SpinJsonNode punten && punten.isArray()) {
            for (SpinJsonNode punt : punten.elements()) {
                String standpunt = tekst(punt, "standpunt");
                if (standpunt == null || !MET_VERVOLG.contains(standpunt)) {
                    continue;
                }
                String dienst = tekst(punt, "dienst") != null ? tekst(punt, "dienst") : verantwoordelijk;
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("nummer", punt.prop("nummer").numberValue().intValue());
                item.put("punt", tekst(punt, "tekst"));
                item.put("dienst", dienst);
                item.put("dienstNaam", dienst == null ? null : organisatie.dienstNaam(dienst));
                item.put("standpunt", standpunt);
                item.put("standpuntLabel", Reactieregels.STANDPUNT_LABELS.get(standpunt));
                item.put("datum", AdviesTermijnen.datum(datum).toString());
                item.put("status", OPEN);
                item.put("uitvoering", null);
                item.put("terugkoppeling", null);
                items.add(item);
            }
        }
        zaak.setVariable(VERVOLGPUNTEN, SpinValues.jsonValue(Spin.JSON(items)).create());
        zaak.setVariable(AANTAL_VERVOLGPUNTEN, items.size());
    }

    /** The numbers of the adviespunten with a vervolgpunt: the collection of SubProcess_Vervolgpunt. */
    public List<Integer> nummers(DelegateExecution zaak) {
        return items(zaak).stream().map(item -> item.prop("nummer").numberValue().intValue()).toList();
    }

    /** One field of the instance's item (element variable {@code vervolgpunt}). */
    public Object veld(DelegateExecution zaak, String veld) {
        SpinJsonNode item = item(zaak, ((Number) zaak.getVariable(VERVOLGPUNT)).intValue());
        if (item == null || !item.hasProp(veld)) {
            return null;
        }
        return "datum".equals(veld) ? AdviesTermijnen.eindeDag(LocalDate.parse(tekst(item, veld))) : tekst(item, veld);
    }

    /** Task_VervolgpuntSluiten: the wijkbureau closed the instance's item with a reason (sent to the platform next). */
    public void sluiten(DelegateExecution zaak) {
        werkBij(zaak.getProcessInstance(), ((Number) zaak.getVariable(VERVOLGPUNT)).intValue(), GESLOTEN, null,
                String.valueOf(zaak.getVariable(SLUITREDEN)));
    }

    static List<SpinJsonNode> items(VariableScope zaak) {
        return zaak.getVariable(VERVOLGPUNTEN) instanceof SpinJsonNode json && json.isArray() ? json.elements() : List.of();
    }

    static SpinJsonNode item(VariableScope zaak, int nummer) {
        return items(zaak).stream().filter(item -> item.prop("nummer").numberValue().intValue() == nummer).findFirst().orElse(null);
    }

    /** Records the outcome of item {@code nummer} on the case (the other items untouched). */
    static void werkBij(VariableScope zaak, int nummer, String status, String uitvoering, String terugkoppeling) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (SpinJsonNode item : items(zaak)) {
            Map<String, Object> kopie = new LinkedHashMap<>();
            item.fieldNames().forEach(naam -> kopie.put(naam, waarde(item.prop(naam))));
            if (item.prop("nummer").numberValue().intValue() == nummer) {
                kopie.put("status", status);
                kopie.put("uitvoering", uitvoering);
                kopie.put("terugkoppeling", terugkoppeling);
            }
            items.add(kopie);
        }
        zaak.setVariable(VERVOLGPUNTEN, SpinValues.jsonValue(Spin.JSON(items)).create());
    }

    private static Object waarde(SpinJsonNode veld) {
        return veld.isNull() ? null : veld.isNumber() ? veld.numberValue() : veld.isString() ? veld.stringValue() : veld.toString();
    }

    static String tekst(SpinJsonNode punt, String veld) {
        return punt != null && punt.hasProp(veld) && punt.prop(veld).isString() ? punt.prop(veld).stringValue() : null;
    }
}
