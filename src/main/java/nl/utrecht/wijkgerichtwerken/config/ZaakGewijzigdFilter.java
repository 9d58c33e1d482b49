package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When a command kept losing the race with another change of the same case (see
 * {@link OpnieuwProberenPlugin}), Camunda's REST resources would answer 500 with the engine's English
 * "ENGINE-03005 … updated by another transaction concurrently". This filter answers 409 with a Dutch
 * message instead (or, when the retry found the task gone, that it was completed meanwhile), for the engine REST API and for the webapps' API that Tasklist uses.
 */
class ZaakGewijzigdFilter extends OncePerRequestFilter {

    static final String MELDING = "De zaak is zojuist gewijzigd; probeer het opnieuw.";

    /** The race was lost to someone who completed or withdrew the same task: trying again makes no sense. */
    static final String TAAK_VERDWENEN = "Deze taak is al afgerond of ingetrokken; er is niets opgeslagen. Vernieuw de takenlijst.";

    private static final ThreadLocal<EngineApiWeigering> GEWIJZIGD = new ThreadLocal<>();

    static void onthoud() {
        GEWIJZIGD.set(EngineApiWeigering.gewijzigd());
    }

    static void onthoudVerdwenen() {
        GEWIJZIGD.set(EngineApiWeigering.gewijzigdEnVerdwenen());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        GEWIJZIGD.remove();
        ContentCachingResponseWrapper antwoord = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, antwoord);
            EngineApiWeigering weigering = GEWIJZIGD.get();
            if (weigering != null && antwoord.getStatus() >= 400) {
                weigering.schrijf(antwoord);
            }
        } finally {
            GEWIJZIGD.remove();
            antwoord.copyBodyToResponse();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie {

        @Bean
        FilterRegistrationBean<ZaakGewijzigdFilter> zaakGewijzigdFilter() {
            FilterRegistrationBean<ZaakGewijzigdFilter> registratie = new FilterRegistrationBean<>(new ZaakGewijzigdFilter());
            registratie.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
            return registratie;
        }
    }
}
