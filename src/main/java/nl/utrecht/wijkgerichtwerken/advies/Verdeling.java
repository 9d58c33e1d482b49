package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * Routing an advice over diensten (issue 19 item 4): at registration each adviespunt goes to the responsible dienst or,
 * with field {@code dienstPunt<n>}, to another configured dienst; each dienst gets one reactie task
 * ({@code ${adviesVerdeling.diensten(execution)}}, the multi-instance collection of Task_ReactieSchrijven) and answers
 * only its own points. One dienst is the simple case: one task, every point.
 */
@Component("adviesVerdeling")
public class Verdeling {

    /** The form has a field per adviespunt up to the start's maximum. */
    static final int MAX_PUNTEN = AdviesStartRegels.MAX_ADVIESPUNTEN;

    /**
     * Start listener of {@code Task_AdviesRegistreren}: a field {@code dienstPunt<n>} for each of the advice's points,
     * local to the task's scope, so that what the form sends stays on the task and never becomes a variable of the
     * case; only as many as the advice has points (each field is a row in the runtime and history tables).
     */
    public void veldenKlaarzetten(DelegateExecution taak) {
        int aantal = AdviesStartRegels.teksten(taak.getVariable(ADVIESPUNTEN)).size();
        for (int n = 1; n <= aantal; n++) {
            taak.setVariableLocal(DIENST_PUNT + n, null);
        }
    }

    /** The diensten that answer, the responsible one first. */
    public List<String> diensten(DelegateExecution zaak) {
        Set<String> diensten = new LinkedHashSet<>();
        Object verantwoordelijk = zaak.getVariable(DIENST);
        if (verantwoordelijk != null) {
            diensten.add(verantwoordelijk.toString());
        }
        diensten.addAll(Invoercontrole.lijst(zaak.getVariable(PUNT_DIENSTEN)));
        return List.copyOf(diensten);
    }

    /**
     * The dienst of each of the {@code aantal} points: the field {@code dienstPunt<n>} when given (a configured dienst,
     * only for an existing point), else the responsible dienst.
     */
    static List<String> verdeel(Invoercontrole controle, Organisatie organisatie, String dienst, int aantal,
            IntFunction<Object> veld) {
        List<String> verdeling = new ArrayList<>();
        for (int n = 1; n <= MAX_PUNTEN; n++) {
            Object waarde = veld.apply(n);
            boolean leeg = waarde == null || waarde.toString().isBlank();
            String naam = "Dienst voor adviespunt " + n;
            if (n > aantal) {
                if (!leeg) {
                    controle.fout(naam, geenAdviespunt(aantal, n));
                }
                continue;
            }
            verdeling.add(leeg ? dienst : controle.dienst(naam, waarde, organisatie));
        }
        return verdeling;
    }

    /** The refusal of a field for point {@code n} of an advice with {@code aantal} points. */
    static String geenAdviespunt(int aantal, int n) {
        return "het advies heeft " + aantal + " adviespunten; er is geen adviespunt " + n;
    }
}
