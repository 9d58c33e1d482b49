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

    /**
     * Removes every variable of the new case not in {@code regels}, then sets those of {@code regels} that the start
     * did not already carry with the same value (setting an unchanged value again would only write history rows).
     */
    public static void alleen(DelegateExecution zaak, Map<String, Object> regels) {
        Set<String> namen = Set.copyOf(zaak.getVariableNamesLocal());
        for (String naam : namen) {
            if (!regels.containsKey(naam)) {
                zaak.removeVariableLocal(naam);
            }
        }
        regels.forEach((naam, waarde) -> {
            if (!namen.contains(naam) || !zelfde(zaak.getVariableLocal(naam), waarde)) {
                zaak.setVariableLocal(naam, waarde);
            }
        });
    }

    /** Equal and of the same class (so that a rule turning "5" into 5 still stores the number). */
    private static boolean zelfde(Object huidig, Object nieuw) {
        return huidig != null && nieuw != null && huidig.getClass() == nieuw.getClass() && huidig.equals(nieuw);
    }
}
