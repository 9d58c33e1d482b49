package nl.utrecht.wijkgerichtwerken.zaak;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.utrecht.wijkgerichtwerken.organisatie.BasicInlog;

/**
 * Login for {@code /api/zaken} without the profile oidc: HTTP Basic against the engine's identity service (like
 * {@code /api/dashboard}), else the user logged in to the webapps' session (a Tasklist plugin, the /zaken pages), who
 * must send that session's CSRF token with every change (403 otherwise, like the webapps' own API). 401 otherwise;
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
        String gebruiker = header != null ? BasicInlog.gebruiker(header, engine.getIdentityService())
                : Webappgebruiker.van(verzoek, engine);
        if (gebruiker == null) {
            antwoord.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            antwoord.setHeader("WWW-Authenticate", "Basic realm=\"wijkgericht-werken\", charset=\"UTF-8\"");
            antwoord.setContentType("application/problem+json;charset=UTF-8");
            antwoord.getWriter().write("{\"status\":401,\"title\":\"Niet ingelogd\","
                    + "\"detail\":\"Log in met uw gebruikersnaam en wachtwoord.\"}");
            return;
        }
        if (header == null && !veilig(verzoek.getMethod()) && !Webappgebruiker.csrfTokenKlopt(verzoek)) {
            // a session cookie goes along with any site's form; only the webapps' own pages know the session's token
            antwoord.setStatus(HttpServletResponse.SC_FORBIDDEN);
            antwoord.setContentType("application/problem+json;charset=UTF-8");
            antwoord.getWriter().write("{\"status\":403,\"title\":\"Verzoek geweigerd\","
                    + "\"detail\":\"Het verzoek kwam niet uit de Takenlijst. Laad de pagina opnieuw en probeer het nog eens.\"}");
            return;
        }
        verzoek.setAttribute(Lezers.GEBRUIKER, gebruiker);
        keten.doFilter(verzoek, antwoord);
    }

    private static boolean veilig(String methode) {
        return "GET".equals(methode) || "HEAD".equals(methode) || "OPTIONS".equals(methode);
    }
}
