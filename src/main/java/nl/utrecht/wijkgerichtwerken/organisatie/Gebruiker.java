package nl.utrecht.wijkgerichtwerken.organisatie;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;

import nl.utrecht.wijkgerichtwerken.config.GeweigerdeToegangException;

/**
 * The authenticated user of the current engine call, with his groups. Every channel a person uses
 * (engine REST, Tasklist) authenticates; an empty result means the system itself acts: the public
 * intake on behalf of an outsider, a job, or a process of our own.
 */
public record Gebruiker(String id, Set<String> groepen) {

    public static Optional<Gebruiker> huidige(ProcessEngineServices engine) {
        IdentityService identity = engine.getIdentityService();
        Authentication authenticatie = identity.getCurrentAuthentication();
        if (authenticatie == null || authenticatie.getUserId() == null) {
            return Optional.empty();
        }
        Collection<String> groepen = authenticatie.getGroupIds() != null ? authenticatie.getGroupIds()
                : identity.createGroupQuery().groupMember(authenticatie.getUserId()).list().stream().map(Group::getId).toList();
        return Optional.of(new Gebruiker(authenticatie.getUserId(), Set.copyOf(groepen)));
    }

    public boolean isBeheerder() {
        return groepen.contains(Groepen.BEHEERDER);
    }

    /** Member of at least one of the groups (the administrator always is). */
    public boolean hoortBij(String... groepIds) {
        return isBeheerder() || Arrays.stream(groepIds).anyMatch(groepen::contains);
    }

    /** Refuses with a 403 naming the field unless {@link #hoortBij} one of the groups. */
    public void eis(String inleiding, String veld, String melding, String... groepIds) {
        if (!hoortBij(groepIds)) {
            throw new GeweigerdeToegangException(inleiding, veld, melding);
        }
    }
}
