package nl.utrecht.wijkgerichtwerken.advies;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the municipality knows of each wijk's platform ({@code wijk.wijkplatforms.<wijk>.naam/email}): its name and the
 * address its requests for advice go to. A wijk without an entry has no known address: the requester then gives it,
 * checked as any outsider's address; a wijk with one gets its requests there only.
 */
@ConfigurationProperties("wijk")
record Wijkplatforms(Map<String, Wijkplatform> wijkplatforms) {

    record Wijkplatform(String naam, String email) {
    }

    Wijkplatforms {
        wijkplatforms = wijkplatforms == null ? Map.of() : Map.copyOf(wijkplatforms);
    }

    Optional<Wijkplatform> van(String wijk) {
        return Optional.ofNullable(wijk == null ? null : wijkplatforms.get(wijk)).filter(p -> p.email() != null && !p.email().isBlank());
    }
}
