package nl.utrecht.wijkgerichtwerken.inloggen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's side of the login (profile oidc) for {@code /engine-rest} and, through {@link WebappAuthenticatie}, for the
 * webapps' container-based authentication: the user Spring Security authenticated, with the project groups of the token as the engine's
 * authenticated groups, so that Camunda's authorizations apply to them. Camunda instantiates it by class name.
 */
public class SpringSecurityAuthenticatie implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        if (authenticatie == null || !authenticatie.isAuthenticated() || authenticatie instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult resultaat = AuthenticationResult.successful(authenticatie.getName());
        resultaat.setGroups(Groepentoewijzing.groepen(authenticatie.getAuthorities()));
        return resultaat;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security answers unauthenticated requests before Camunda sees them
    }
}
