package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who asks: the user {@link ZaakAuthenticatieFilter} authenticated (HTTP Basic or the webapps' session), or under
 * the profile oidc the user Spring Security logged in. His groups come from the engine's identity service.
 */
@Component
class Lezers {

    static final String GEBRUIKER = Lezers.class.getName() + ".gebruiker";

    private final IdentityService identityService;

    Lezers(ProcessEngine engine) {
        this.identityService = engine.getIdentityService();
    }

    /** The reader of this request; {@code null} when nobody is logged in (the filters answer 401 before that). */
    Lezer van(HttpServletRequest verzoek) {
        String gebruiker = verzoek.getAttribute(GEBRUIKER) instanceof String g ? g : springSecurity();
        if (gebruiker == null) {
            return null;
        }
        Set<String> groepen = new HashSet<>();
        identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).forEach(groepen::add);
        return new Lezer(gebruiker, groepen);
    }

    private static String springSecurity() {
        Authentication ingelogd = SecurityContextHolder.getContext().getAuthentication();
        return ingelogd == null || !ingelogd.isAuthenticated() || ingelogd instanceof AnonymousAuthenticationToken
                ? null : ingelogd.getName();
    }
}
