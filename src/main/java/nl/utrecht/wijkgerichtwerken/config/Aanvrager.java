package nl.utrecht.wijkgerichtwerken.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who sends a request to the engine APIs: on {@code /engine-rest} the user of the Basic login (set by the
 * authentication filter that runs before {@link EngineApiBewaking}); on the webapps' API the user logged in to the
 * session (the webapps' own filters run after ours). {@code null} when nobody is logged in.
 */
@Component
class Aanvrager {

    private final IdentityService identityService;
    private final String engine;

    Aanvrager(ProcessEngine processEngine) {
        this.identityService = processEngine.getIdentityService();
        this.engine = processEngine.getName();
    }

    Authentication van(HttpServletRequest request) {
        if (!request.getRequestURI().substring(request.getContextPath().length()).startsWith("/camunda/")) {
            return identityService.getCurrentAuthentication();
        }
        HttpSession sessie = request.getSession(false);
        Authentications ingelogd = sessie == null ? null : AuthenticationUtil.getAuthsFromSession(sessie);
        if (ingelogd != null && ingelogd.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication gebruiker) {
            return new Authentication(gebruiker.getIdentityId(), gebruiker.getGroupIds(), gebruiker.getTenantIds());
        }
        return null;
    }
}
