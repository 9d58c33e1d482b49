package nl.utrecht.wijkgerichtwerken.initiatief;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * The wijkregisseur(s) of the initiative's wijk: members of both {@code wijkregisseur} and
 * {@code wijk-<wijk>} (all wijkregisseurs when the wijk has none). Used in BPMN as candidate users.
 */
@Component("initiatiefOntvangers")
public class InitiatiefOntvangers {

    public String wijkregisseurs(DelegateExecution zaak) {
        IdentityService identity = zaak.getProcessEngineServices().getIdentityService();
        String wijkgroep = Groepen.wijk((String) zaak.getVariable(InitiatiefVariabelen.WIJK));
        List<User> regisseurs = identity.createUserQuery().memberOfGroup(Groepen.WIJKREGISSEUR).list();
        List<String> vanDeWijk = regisseurs.stream()
                .filter(u -> identity.createUserQuery().userId(u.getId()).memberOfGroup(wijkgroep).count() > 0)
                .map(User::getId).toList();
        List<String> kandidaten = vanDeWijk.isEmpty() ? regisseurs.stream().map(User::getId).toList() : vanDeWijk;
        return kandidaten.stream().collect(Collectors.joining(","));
    }
}
