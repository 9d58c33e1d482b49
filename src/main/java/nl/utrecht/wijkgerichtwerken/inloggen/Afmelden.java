package nl.utrecht.wijkgerichtwerken.inloggen;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * After the app's session has ended: on to the provider's end-session endpoint (RP-initiated logout), which ends the
 * provider's session and sends the browser back to Tasklist, where the next visit asks to log in again. The webapps'
 * own logout button is an XHR: it gets 200 with the address in {@value #DOORSTUREN}, and the webapps' script
 * {@code eenmalige-aanmelding.js} goes there. A provider without an end-session endpoint ends only the app's session.
 */
final class Afmelden extends OidcClientInitiatedLogoutSuccessHandler {

    /** Response header with the address the webapps' script navigates to (logout, or login after a lost session). */
    static final String DOORSTUREN = "X-Wijk-Doorsturen";

    private final RequestMatcher webappAfmelding;

    Afmelden(ClientRegistrationRepository registraties, RequestMatcher webappAfmelding) {
        super(registraties);
        this.webappAfmelding = webappAfmelding;
        setPostLogoutRedirectUri("{baseUrl}/camunda/app/tasklist/");
        setDefaultTargetUrl("/camunda/app/tasklist/");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (webappAfmelding.matches(request)) {
            String doel = determineTargetUrl(request, response, authentication);
            response.setHeader(DOORSTUREN, doel.startsWith("/") ? request.getContextPath() + doel : doel);
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        super.onLogoutSuccess(request, response, authentication);
    }
}
