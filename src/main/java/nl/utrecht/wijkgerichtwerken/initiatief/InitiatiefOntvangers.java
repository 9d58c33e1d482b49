package nl.utrecht.wijkgerichtwerken.initiatief;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Kandidaatgroepen;
import nl.utrecht.wijkgerichtwerken.zaak.Voltooiers;
import nl.utrecht.wijkgerichtwerken.zaak.Wijkregisseurs;

/**
 * Who works on an initiative, used in BPMN: the wijkregisseur(s) of its wijk as candidate users, and
 * its fixed contact person as assignee of the later tasks.
 */
@Component("initiatiefOntvangers")
public class InitiatiefOntvangers {

    private final Kandidaatgroepen groepen;

    InitiatiefOntvangers(Kandidaatgroepen groepen) {
        this.groepen = groepen;
    }

    /**
     * Members of both {@code wijkregisseur} and {@code wijk-<wijk>} (all wijkregisseurs when the wijk has
     * none); the wijk must be a configured one.
     */
    public String wijkregisseurs(DelegateExecution zaak) {
        IdentityService identity = zaak.getProcessEngineServices().getIdentityService();
        List<String> vanDeWijk = Wijkregisseurs.van(identity, groepen.wijk(zaak.getVariable(InitiatiefVariabelen.WIJK)));
        List<String> kandidaten = vanDeWijk.isEmpty() ? Wijkregisseurs.alle(identity) : vanDeWijk;
        return kandidaten.stream().collect(Collectors.joining(","));
    }

    /**
     * Who assesses an initiatievenfonds request, as decided by the table {@code initiatievenfonds}: a small amount
     * goes to the wijkregisseur(s) of the initiative's wijk by name (not to every wijkregisseur in the city, seed
     * 001), a larger one to the wijkgarage or the algemeen directeur as a group.
     */
    public List<String> fondsBeoordelaars(DelegateExecution zaak, Object beslisser) {
        String groep = groepen.beslisser(beslisser);
        return Groepen.WIJKREGISSEUR.equals(groep) ? List.of(wijkregisseurs(zaak).split(",")) : List.of();
    }

    /** The group counterpart of {@link #fondsBeoordelaars}: none for the wijkregisseur, who is named. */
    public List<String> fondsGroepen(Object beslisser) {
        String groep = groepen.beslisser(beslisser);
        return Groepen.WIJKREGISSEUR.equals(groep) ? List.of() : List.of(groep);
    }

    /**
     * The contact person: whoever completed the personal contact, as the engine recorded it (the variable
     * {@code contactpersoon} only shows the name in forms and mails).
     */
    public String contactpersoon(DelegateExecution zaak) {
        return Voltooiers.van(zaak.getProcessEngineServices(), zaak.getProcessInstanceId(), InitiatiefVariabelen.TAAK_CONTACT)
                .stream().findFirst().orElse(null);
    }
}
