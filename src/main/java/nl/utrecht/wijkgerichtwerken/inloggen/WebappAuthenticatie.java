package nl.utrecht.wijkgerichtwerken.inloggen;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * The webapps' side of {@link SpringSecurityAuthenticatie}: only for a user Camunda knows (kept at login by
 * {@link GebruikersBijInloggen}). The webapps build their session from Camunda's user; for someone else (a bearer token
 * of a service account, a user deleted in Admin) they would fail, so the answer is 401. The webapps re-read the user's
 * groups from Camunda's memberships now and then (their authentication cache), which is why each login writes them.
 */
public class WebappAuthenticatie extends SpringSecurityAuthenticatie {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult resultaat = super.extractAuthenticatedUser(request, engine);
        if (resultaat.isAuthenticated()
                && engine.getIdentityService().createUserQuery().userId(resultaat.getAuthenticatedUser()).count() == 0) {
            return AuthenticationResult.unsuccessful();
        }
        return resultaat;
    }
}
