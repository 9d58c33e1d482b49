package nl.utrecht.wijkgerichtwerken.inloggen;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/**
 * The project's group ids of a token: the values of the configured group claim (a list or a single value; a dotted
 * name such as {@code realm_access.roles} walks into nested claims), each mapped through {@code wijk.oidc.groepen},
 * else kept when it already is one of the project's group ids. Anything else the provider sends is left out: only
 * the project's own groups carry Camunda authorizations.
 */
final class Groepentoewijzing {

    /** Prefix of the Spring Security authorities that stand for a project group. */
    static final String GROEP = "GROEP_";

    private final Map<String, String> toewijzing;
    private final Set<String> eigenGroepen;
    private final String claim;

    Groepentoewijzing(OidcInstellingen instellingen, Organisatie organisatie) {
        this.toewijzing = instellingen.groepen();
        this.claim = instellingen.groepenClaim();
        Set<String> eigen = organisatie.groepen().stream().map(Organisatie.Groep::id).collect(Collectors.toSet());
        eigen.add(Groepen.BEHEERDER);
        this.eigenGroepen = Set.copyOf(eigen);
    }

    List<String> groepen(Map<String, Object> claims) {
        Set<String> groepen = new LinkedHashSet<>();
        for (Object waarde : waarden(claims)) {
            String naam = String.valueOf(waarde);
            String groep = toewijzing.getOrDefault(naam, naam);
            if (eigenGroepen.contains(groep)) {
                groepen.add(groep);
            }
        }
        return List.copyOf(groepen);
    }

    static List<GrantedAuthority> rechten(Collection<String> groepen) {
        return groepen.stream().<GrantedAuthority>map(g -> new SimpleGrantedAuthority(GROEP + g)).toList();
    }

    /** The project groups among Spring Security authorities (see {@link #rechten}). */
    static List<String> groepen(Collection<? extends GrantedAuthority> rechten) {
        return rechten.stream().map(GrantedAuthority::getAuthority).filter(r -> r != null && r.startsWith(GROEP))
                .map(r -> r.substring(GROEP.length())).toList();
    }

    private Collection<?> waarden(Map<String, Object> claims) {
        Object waarde = claims;
        for (String deel : claim.split("\\.")) {
            if (!(waarde instanceof Map<?, ?> map)) {
                return List.of();
            }
            waarde = map.get(deel);
        }
        if (waarde instanceof Collection<?> lijst) {
            return lijst;
        }
        return waarde == null ? List.of() : List.of(waarde);
    }
}
