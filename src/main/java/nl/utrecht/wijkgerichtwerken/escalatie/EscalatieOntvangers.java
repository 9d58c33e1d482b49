package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * Who hears about an escalation (used in bpmn/escalatie.bpmn as {@code ${escalatieOntvangers...}}):
 * recipients as {@code gebruiker:<id>} and {@code groep:<id>} for the mail step.
 */
@Component("escalatieOntvangers")
public class EscalatieOntvangers {

    /** The wijkregisseur, the betrokken dienstdirecteuren and the rungs the case has reached. */
    public String betrokkenen(DelegateExecution execution) {
        Set<String> aan = new LinkedHashSet<>();
        aan.add("gebruiker:" + execution.getVariable(WIJKREGISSEUR));
        diensten(execution, aan);
        Niveau niveau = Niveau.van((String) execution.getVariable(NIVEAU)).orElse(Niveau.WIJK);
        if (niveau.ordinal() >= Niveau.WIJKGARAGE.ordinal()) {
            aan.add("groep:" + Groepen.WIJKGARAGE);
        }
        if (niveau.ordinal() >= Niveau.ALGEMEEN_DIRECTEUR.ordinal()) {
            aan.add("groep:" + Groepen.ALGEMEEN_DIRECTEUR);
        }
        return String.join(",", aan);
    }

    /** The bestuurlijke route: the wijkregisseur, the betrokken dienstdirecteuren and the algemeen directeur. */
    public String bestuurlijk(DelegateExecution execution) {
        Set<String> aan = new LinkedHashSet<>();
        aan.add("gebruiker:" + execution.getVariable(WIJKREGISSEUR));
        diensten(execution, aan);
        aan.add("groep:" + Groepen.ALGEMEEN_DIRECTEUR);
        return String.join(",", aan);
    }

    /** The addresses of the betrokken partijen outside the municipality, for a mail step that runs once per address. */
    public java.util.List<String> partijen(DelegateExecution execution) {
        return BetrokkenPartijen.adressen(execution.getVariable(BETROKKEN_PARTIJEN));
    }

    /** The people who must act on the current rung. */
    public String niveau(DelegateExecution execution) {
        Set<String> aan = new LinkedHashSet<>();
        switch (Niveau.uit((String) execution.getVariable(NIVEAU))) {
            case WIJK, BESTUURLIJK -> aan.add("gebruiker:" + execution.getVariable(WIJKREGISSEUR));
            case DIENSTDIRECTEUR -> diensten(execution, aan);
            case WIJKGARAGE -> aan.add("groep:" + Groepen.WIJKGARAGE);
            case ALGEMEEN_DIRECTEUR -> aan.add("groep:" + Groepen.ALGEMEEN_DIRECTEUR);
        }
        return String.join(",", aan);
    }

    private static void diensten(DelegateExecution execution, Set<String> aan) {
        for (String dienst : EscalatieStartRegels.alsLijst(execution.getVariable(DIENSTEN))) {
            aan.add("groep:" + Groepen.dienstdirecteur(dienst));
        }
    }
}
