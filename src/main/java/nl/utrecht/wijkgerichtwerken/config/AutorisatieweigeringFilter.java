package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine refuses what a user's rights do not allow with an English permission dump ("The user with id 'jet' does
 * not have one of the following permissions: 'TASK_WORK' permission on resource …"), which Tasklist and Cockpit show
 * as it is — for instance to a manager who clicks "Claimen". This filter keeps the 403 and replaces the message with
 * a Dutch one that says what the user cannot do; the refusals of our own filters are Dutch already and pass unchanged.
 */
class AutorisatieweigeringFilter extends OncePerRequestFilter {

    static final String TAAK = "U kunt deze taak niet oppakken of afronden: ze is niet aan u of aan een van uw groepen "
            + "aangeboden. Er is niets gewijzigd.";
    static final String TAAK_AANMAKEN = "Losse taken aanmaken kan alleen een beheerder; een zaak start u met "
            + "\"Proces starten\". Er is niets aangemaakt.";
    static final String INZIEN = "U mag dit niet inzien.";
    static final String ALGEMEEN = "U heeft hiervoor geen rechten. Er is niets gewijzigd.";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper antwoord = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, antwoord);
            if (antwoord.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                vertaal(antwoord);
            }
        } finally {
            antwoord.copyBodyToResponse();
        }
    }

    private void vertaal(ContentCachingResponseWrapper antwoord) throws IOException {
        JsonNode lichaam;
        try {
            lichaam = json.readTree(antwoord.getContentAsByteArray());
        } catch (IOException geenJson) {
            return;
        }
        if (lichaam == null || !"AuthorizationException".equals(lichaam.path("type").asText())
                || !lichaam.path("message").asText().startsWith("The user with id")) {
            return;
        }
        Map<String, Object> nederlands = new LinkedHashMap<>();
        nederlands.put("type", "AuthorizationException");
        nederlands.put("message", melding(lichaam.path("missingAuthorizations")));
        antwoord.resetBuffer();
        antwoord.setContentType(MediaType.APPLICATION_JSON_VALUE);
        antwoord.setCharacterEncoding(StandardCharsets.UTF_8.name());
        antwoord.getOutputStream().write(json.writeValueAsBytes(nederlands));
    }

    static String melding(JsonNode ontbrekend) {
        boolean taak = false;
        boolean aanmaken = false;
        boolean lezen = true;
        for (JsonNode recht : ontbrekend) {
            String soort = recht.path("resourceName").asText();
            String permissie = recht.path("permissionName").asText();
            taak |= "Task".equals(soort);
            aanmaken |= "Task".equals(soort) && "CREATE".equals(permissie);
            lezen &= permissie.startsWith("READ");
        }
        if (aanmaken) {
            return TAAK_AANMAKEN;
        }
        if (taak && !lezen) {
            return TAAK;
        }
        return lezen && ontbrekend.size() > 0 ? INZIEN : ALGEMEEN;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie {

        @Bean
        FilterRegistrationBean<AutorisatieweigeringFilter> autorisatieweigeringFilter() {
            FilterRegistrationBean<AutorisatieweigeringFilter> registratie = new FilterRegistrationBean<>(new AutorisatieweigeringFilter());
            registratie.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
            return registratie;
        }
    }
}
