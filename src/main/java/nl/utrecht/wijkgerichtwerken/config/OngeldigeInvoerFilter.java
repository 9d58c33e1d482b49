package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;
import java.util.List;
import java.util.Set;

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

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * Camunda's REST resources wrap every engine exception in their own message ("Cannot instantiate
 * process definition …", status 500 on {@code /start}). When a request failed on one of our input
 * rules, this filter answers 400 with the Dutch message and the refused fields instead, for the
 * engine REST API and for the webapps' API that Tasklist uses; a {@link GeweigerdeToegangException} gets 403.
 */
class OngeldigeInvoerFilter extends OncePerRequestFilter {

    private static final ThreadLocal<OngeldigeInvoerException> WEIGERING = new ThreadLocal<>();

    private final ObjectMapper json = new ObjectMapper();

    /** The exception types with which Camunda's REST layer answers a body it cannot map. */
    private static final Set<String> CAMUNDA_INVOERFOUTEN = Set.of("InvalidRequestException", "JsonParseException",
            "JsonMappingException", "MismatchedInputException", "InvalidFormatException", "InvalidTypeIdException",
            "UnrecognizedPropertyException");
    private static final OngeldigeInvoerException ONLEESBAAR = new OngeldigeInvoerException(
            "Het verzoek heeft niet de vorm die deze actie verwacht; er is niets gewijzigd.",
            List.of(new OngeldigeInvoerException.Veldfout("verzoek",
                    "een waarde of de opbouw van het verzoek past niet bij wat deze actie verwacht")));

    static void onthoud(OngeldigeInvoerException weigering) {
        WEIGERING.set(weigering);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        WEIGERING.remove();
        ContentCachingResponseWrapper antwoord = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, antwoord);
            OngeldigeInvoerException weigering = WEIGERING.get();
            if (weigering == null && onleesbaar(antwoord)) {
                weigering = ONLEESBAAR;
            }
            if (weigering != null && antwoord.getStatus() >= 400) {
                EngineApiWeigering.van(weigering).schrijf(antwoord);
            }
        } finally {
            WEIGERING.remove();
            antwoord.copyBodyToResponse();
        }
    }

    /**
     * Camunda's own 400 for a body it could not map (a list where an object belongs, a value that does not fit its
     * type): English or empty, from the REST layer or from Jackson. It gets the Dutch refusal instead.
     */
    private boolean onleesbaar(ContentCachingResponseWrapper antwoord) {
        if (antwoord.getStatus() != HttpServletResponse.SC_BAD_REQUEST) {
            return false;
        }
        String type = antwoord.getContentType() == null ? "" : antwoord.getContentType();
        if (!type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            return true;
        }
        try {
            return CAMUNDA_INVOERFOUTEN.contains(json.readTree(antwoord.getContentAsByteArray()).path("type").asText());
        } catch (IOException e) {
            return true;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie {

        @Bean
        FilterRegistrationBean<OngeldigeInvoerFilter> ongeldigeInvoerFilter() {
            FilterRegistrationBean<OngeldigeInvoerFilter> registratie = new FilterRegistrationBean<>(new OngeldigeInvoerFilter());
            registratie.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registratie;
        }
    }
}
