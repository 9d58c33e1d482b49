package nl.utrecht.wijkgerichtwerken.zaak;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.utrecht.wijkgerichtwerken.organisatie.BasicInlog;

/**
 * Login for {@code /api/zaken} without the profile oidc: HTTP Basic against the engine's identity service (like
 * {@code /api/dashboard}), else the user logged in to the webapps' session (a Tasklist plugin). 401 otherwise;
 * wrong passwords are slowed down by config/Inlogvertraging, which covers {@code /api/*}.
 */
class ZaakAuthenticatieFilter extends OncePerRequestFilter {

    private final ProcessEngine engine;

    ZaakAuthenticatieFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        String header = verzoek.getHeader("Authorization");
        String gebruiker = header != null ? BasicInlog.gebruiker(header, engine.getIdentityService()) : sessie(verzoek);
        if (gebruiker == null) {
            antwoord.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            antwoord.setHeader("WWW-Authenticate", "Basic realm=\"wijkgericht-werken\", charset=\"UTF-8\"");
            antwoord.setContentType("application/problem+json;charset=UTF-8");
            antwoord.getWriter().write("{\"status\":401,\"title\":\"Niet ingelogd\","
                    + "\"detail\":\"Log in met uw gebruikersnaam en wachtwoord.\"}");
            return;
        }
        verzoek.setAttribute(Lezers.GEBRUIKER, gebruiker);
        keten.doFilter(verzoek, antwoord);
    }

    private String sessie(HttpServletRequest verzoek) {
        HttpSession sessie = verzoek.getSession(false);
        Authentications ingelogd = sessie == null ? null : AuthenticationUtil.getAuthsFromSession(sessie);
        return ingelogd != null && ingelogd.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication g
                ? g.getIdentityId() : null;
    }
}
