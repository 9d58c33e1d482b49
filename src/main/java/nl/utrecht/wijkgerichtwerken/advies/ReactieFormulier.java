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

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The reactie form in Tasklist has one {@code standpunt<n>} and {@code motivering<n>} field per
 * adviespunt (a form-js 1.8 dynamic list cannot be completed in the 7.24 Tasklist once edited). The
 * task's start listener sets them as variables of the task's own scope, filled from {@code punten}, for the advice's
 * points only (not one pair per possible point: an advice of 3 points gets 6 fields, not 60, each of which is a row in
 * the runtime and history tables); the complete listener reads them back. REST clients may submit {@code punten}
 * instead. A field of a point the advice does not have is refused ({@link #vreemdeVelden}).
 */
@Component("adviesReactieFormulier")
public class ReactieFormulier {

    /** Start listener of {@code Task_ReactieSchrijven}: the fields of each point, local to the task's scope. */
    public void veldenKlaarzetten(DelegateExecution taak) {
        int aantal = AdviesStartRegels.teksten(taak.getVariable(ADVIESPUNTEN)).size();
        for (int n = 1; n <= aantal; n++) {
            taak.setVariableLocal(AdviesVariabelen.STANDPUNT + n, veld(taak, n, AdviesVariabelen.STANDPUNT));
            taak.setVariableLocal(AdviesVariabelen.MOTIVERING + n, veld(taak, n, AdviesVariabelen.MOTIVERING));
        }
    }

    /**
     * Refuses a standpunt or motivering for a point beyond the advice's {@code aantal} points (only a REST client can
     * send one: the form hides those fields); it would otherwise land on the case as a variable of its own.
     */
    static void vreemdeVelden(Invoercontrole controle, VariableScope taak, int aantal) {
        for (int n = aantal + 1; n <= Verdeling.MAX_PUNTEN; n++) {
            for (String veld : List.of(AdviesVariabelen.STANDPUNT, AdviesVariabelen.MOTIVERING)) {
                if (taak.getVariable(veld + n) != null) {
                    String label = veld.equals(AdviesVariabelen.STANDPUNT) ? "Standpunt" : "Motivering";
                    controle.fout(label + " bij adviespunt " + n, Verdeling.geenAdviespunt(aantal, n));
                }
            }
        }
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
