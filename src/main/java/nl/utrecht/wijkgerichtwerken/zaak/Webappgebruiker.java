package nl.utrecht.wijkgerichtwerken.zaak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The user logged in to the Camunda webapps' session (Tasklist, Cockpit) and that session's CSRF token, which the
 * webapps' CsrfPreventionFilter keeps in the session and sends as header X-XSRF-TOKEN.
 */
final class Webappgebruiker {

    /** Where the webapps' CsrfPreventionFilter keeps the session's token (its CsrfConstants). */
    static final String CSRF_SESSIE_ATTRIBUUT = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_KOP = "X-XSRF-TOKEN";

    private Webappgebruiker() {
    }

    /** The webapps' user of this request's session; {@code null} without a session or login. */
    static String van(HttpServletRequest verzoek, ProcessEngine engine) {
        HttpSession sessie = verzoek.getSession(false);
        Authentications ingelogd = sessie == null ? null : AuthenticationUtil.getAuthsFromSession(sessie);
        return ingelogd != null && ingelogd.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication g
                ? g.getIdentityId() : null;
    }

    /** The session's CSRF token; {@code null} before the webapps gave one. */
    static String csrfToken(HttpServletRequest verzoek) {
        HttpSession sessie = verzoek.getSession(false);
        return sessie != null && sessie.getAttribute(CSRF_SESSIE_ATTRIBUUT) instanceof String token ? token : null;
    }

    /** Whether the request carries its session's CSRF token (compared in constant time). */
    static boolean csrfTokenKlopt(HttpServletRequest verzoek) {
        String verwacht = csrfToken(verzoek);
        String gestuurd = verzoek.getHeader(CSRF_KOP);
        return verwacht != null && gestuurd != null && java.security.MessageDigest.isEqual(
                verwacht.getBytes(java.nio.charset.StandardCharsets.UTF_8), gestuurd.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
