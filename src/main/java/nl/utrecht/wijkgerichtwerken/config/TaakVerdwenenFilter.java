package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A task that someone completed a moment ago, or that was withdrawn: whatever a client of the engine REST API asks of
 * it next — the task, its form, its variables or candidates, a claim — the engine answered with English text, often
 * as a 500 ("Cannot find task … task is null", a {@code NullPointerException} for its form). This filter answers each
 * of those with the Dutch 404 that completing a gone task gets ({@link EngineApiWeigering#verdwenen()}). A task that
 * exists keeps its answer, whatever the asker may see of it.
 * <p>
 * Not on the webapps' API: Tasklist recognizes the engine's own text there ("task is null", "No matching task"),
 * shows its Dutch text for it (the same words, {@code TASK_NOT_EXIST} in its {@code locales/nl.json}) and takes the
 * task out of the list; a Dutch body would leave the gone task open with its button busy ({@code TasklistBrowserTest}).
 */
class TaakVerdwenenFilter extends OncePerRequestFilter {

    private static final Pattern TAAK = Pattern.compile("^/task/([^/]+)(?:/.*)?$", Pattern.CASE_INSENSITIVE);
    /** Paths under /task that are no task id. */
    private static final Set<String> GEEN_TAAK = Set.of("count", "create", "report");

    private final Taakformulier taken;

    TaakVerdwenenFilter(Taakformulier taken) {
        this.taken = taken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String pad = EngineApiVerzoek.pad(request);
        Matcher taak = pad == null ? null : TAAK.matcher(pad);
        if (taak == null || !taak.matches() || GEEN_TAAK.contains(taak.group(1).toLowerCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper antwoord = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, antwoord);
            if (mislukt(antwoord.getStatus()) && !taken.bestaat(taak.group(1))) {
                EngineApiWeigering.verdwenen().schrijf(antwoord);
            }
        } finally {
            antwoord.copyBodyToResponse();
        }
    }

    /** What the engine answers for a task it cannot find: 400, 404 or 500, depending on the resource. */
    private static boolean mislukt(int status) {
        return status == HttpServletResponse.SC_BAD_REQUEST || status == HttpServletResponse.SC_NOT_FOUND || status >= 500;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie {

        @Bean
        FilterRegistrationBean<TaakVerdwenenFilter> taakVerdwenenFilter(Taakformulier taakformulier) {
            FilterRegistrationBean<TaakVerdwenenFilter> registratie = new FilterRegistrationBean<>(new TaakVerdwenenFilter(taakformulier));
            registratie.addUrlPatterns("/engine-rest/*");
            // inside the other filters that rewrite refusals: a race lost to whoever completed the task stays a 409
            registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 13);
            return registratie;
        }
    }
}
