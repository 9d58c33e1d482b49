package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.utrecht.wijkgerichtwerken.organisatie.BasicInlog;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * HTTP Basic against the Camunda identity service for the managers' figures ({@code /api/dashboard}, the actuator):
 * 401 without valid credentials, 403 for a user outside {@code manager} and {@code camunda-admin}. The health
 * check stays open for load balancers (it shows no details).
 */
class ManagerAuthenticatieFilter extends OncePerRequestFilter {

    private static final Set<String> TOEGESTAAN = Set.of(Groepen.MANAGER, Groepen.BEHEERDER);

    private final IdentityService identityService;

    ManagerAuthenticatieFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        return pad.equals("/actuator/health") || pad.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String gebruiker = BasicInlog.gebruiker(request.getHeader("Authorization"), identityService);
        if (gebruiker == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"wijkgericht-werken\", charset=\"UTF-8\"");
            weiger(response, HttpServletResponse.SC_UNAUTHORIZED, "Niet ingelogd",
                    "Log in met uw gebruikersnaam en wachtwoord (HTTP Basic).");
            return;
        }
        boolean manager = identityService.createGroupQuery().groupMember(gebruiker).list().stream()
                .anyMatch(groep -> TOEGESTAAN.contains(groep.getId()));
        if (!manager) {
            weiger(response, HttpServletResponse.SC_FORBIDDEN, "Geen toegang",
                    "Deze cijfers zijn alleen voor managers (groep manager).");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void weiger(HttpServletResponse response, int status, String titel, String melding) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + titel + "\",\"detail\":\"" + melding + "\"}");
    }
}
