package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The reactie form in Tasklist has one {@code standpunt<n>} and {@code motivering<n>} field per
 * adviespunt (a form-js 1.8 dynamic list cannot be completed in the 7.24 Tasklist once edited). The
 * task's input mappings fill them from {@code punten} ({@code ${adviesReactieFormulier...}}); the
 * complete listener reads them back. REST clients may submit {@code punten} instead.
 */
@Component("adviesReactieFormulier")
public class ReactieFormulier {

    public String standpunt(DelegateExecution zaak, int nummer) {
        return veld(zaak, nummer, AdviesVariabelen.STANDPUNT);
    }

    public String motivering(DelegateExecution zaak, int nummer) {
        return veld(zaak, nummer, AdviesVariabelen.MOTIVERING);
    }

    /** The answers from the per-point fields, when the form filled in any of them. */
    static Optional<List<Map<String, Object>>> uitVelden(VariableScope taak, int aantal) {
        List<Map<String, Object>> punten = new ArrayList<>();
        boolean ingevuld = false;
        for (int i = 1; i <= aantal; i++) {
            Object standpunt = taak.getVariable(AdviesVariabelen.STANDPUNT + i);
            Object motivering = taak.getVariable(AdviesVariabelen.MOTIVERING + i);
            ingevuld |= standpunt != null || motivering != null;
            Map<String, Object> punt = new HashMap<>();
            punt.put("standpunt", standpunt == null ? null : standpunt.toString());
            punt.put("motivering", motivering == null ? null : motivering.toString());
            punten.add(punt);
        }
        return ingevuld ? Optional.of(punten) : Optional.empty();
    }

    private static String veld(DelegateExecution zaak, int nummer, String naam) {
        if (!(zaak.getVariable(PUNTEN) instanceof SpinJsonNode punten) || !punten.isArray()
                || punten.elements().size() < nummer) {
            return null;
        }
        SpinJsonNode punt = punten.elements().get(nummer - 1);
        Object dienst = zaak.getVariable(AdviesVariabelen.DIENST);
        if (punt.hasProp("dienst") && dienst != null && !dienst.equals(punt.prop("dienst").stringValue())) {
            // another dienst's point: not in this dienst's form, so a value submitted for it is the user's own
            return null;
        }
        return punt.hasProp(naam) && punt.prop(naam).isString() ? punt.prop(naam).stringValue() : null;
    }
}
