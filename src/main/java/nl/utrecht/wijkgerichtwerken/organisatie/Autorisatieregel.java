package nl.utrecht.wijkgerichtwerken.organisatie;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One GRANT authorization for a group on a resource. */
record Autorisatieregel(String groep, Resource resource, String resourceId, List<Permission> permissies) {

    static Autorisatieregel grant(String groep, Resource resource, String resourceId, Permission... permissies) {
        return new Autorisatieregel(groep, resource, resourceId, List.of(permissies));
    }
}
