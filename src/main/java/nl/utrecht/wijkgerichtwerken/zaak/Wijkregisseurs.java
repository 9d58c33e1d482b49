package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        return van(identiteit, wijk);
    }

    /**
     * Their user ids, in the order of the wijkregisseur group: two user queries (the wijkregisseurs, the members of
     * the wijk), not one per wijkregisseur; none for an unknown or empty wijk.
     */
    public static List<String> van(IdentityService identiteit, String wijk) {
        if (wijk == null || wijk.isBlank()) {
            return List.of();
        }
        Set<String> inDeWijk = ids(identiteit, Groepen.wijk(wijk)).collect(Collectors.toSet());
        return inDeWijk.isEmpty() ? List.of() : alle(identiteit).stream().filter(inDeWijk::contains).toList();
    }

    /** The user ids of every wijkregisseur of the city. */
    public static List<String> alle(IdentityService identiteit) {
        return ids(identiteit, Groepen.WIJKREGISSEUR).toList();
    }

    private static Stream<String> ids(IdentityService identiteit, String groep) {
        return identiteit.createUserQuery().memberOfGroup(groep).list().stream().map(User::getId);
    }

    /** Whether {@code groepen} (someone's groups) make him a wijkregisseur of {@code wijk}. */
    static boolean is(java.util.Set<String> groepen, String wijk) {
        return wijk != null && groepen.contains(Groepen.WIJKREGISSEUR) && groepen.contains(Groepen.wijk(wijk));
    }
}
