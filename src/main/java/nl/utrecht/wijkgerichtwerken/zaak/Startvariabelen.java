package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * For the start listeners: a case keeps only what its start rules produced. Every other variable the
 * starter sent along (e.g. {@code wijkregisseur}, {@code geregistreerdDoor}, {@code niveau}) is removed
 * before the rules' values are set, so nothing later reads a value the starter made up.
 */
public final class Startvariabelen {

    private Startvariabelen() {
    }

    /** Removes every variable of the new case not in {@code regels}, then sets {@code regels}. */
    public static void alleen(DelegateExecution zaak, Map<String, Object> regels) {
        for (String naam : Set.copyOf(zaak.getVariableNamesLocal())) {
            if (!regels.containsKey(naam)) {
                zaak.removeVariableLocal(naam);
            }
        }
        zaak.setVariablesLocal(regels);
    }
}
