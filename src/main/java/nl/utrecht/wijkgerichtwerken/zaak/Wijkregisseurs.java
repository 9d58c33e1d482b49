package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/** The wijkregisseur(s) of a wijk: members of both {@code wijkregisseur} and {@code wijk-<wijk>}. */
@Component
public class Wijkregisseurs {

    private final IdentityService identiteit;

    Wijkregisseurs(ProcessEngine engine) {
        this.identiteit = engine.getIdentityService();
    }

    /** Their user ids (none for an unknown or empty wijk). */
    public List<String> van(String wijk) {
        if (wijk == null || wijk.isBlank()) {
            return List.of();
        }
        return identiteit.createUserQuery().memberOfGroup(Groepen.WIJKREGISSEUR).list().stream().map(User::getId)
                .filter(id -> identiteit.createUserQuery().userId(id).memberOfGroup(Groepen.wijk(wijk)).count() > 0).toList();
    }

    /** Whether {@code groepen} (someone's groups) make him a wijkregisseur of {@code wijk}. */
    static boolean is(java.util.Set<String> groepen, String wijk) {
        return wijk != null && groepen.contains(Groepen.WIJKREGISSEUR) && groepen.contains(Groepen.wijk(wijk));
    }
}
