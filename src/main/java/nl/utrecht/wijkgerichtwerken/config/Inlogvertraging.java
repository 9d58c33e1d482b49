package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Failed logins slow down the address they come from, never the account: after {@code pogingen} failed logins
 * (401) from one client address, that address gets one more try per {@code venster / pogingen}; until then its
 * logins are answered 429 with Retry-After, without the password being checked. Logins of the same user from any
 * other address go on as usual. Applies to the webapps' login form and to HTTP Basic on {@code /engine-rest},
 * {@code /api} and {@code /actuator}. Camunda's own per-account lock is switched off (application.yaml,
 * {@code login-max-attempts}, {@code login-delay-base}). Buckets in the case database, shared by all instances.
 */
class Inlogvertraging extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(Inlogvertraging.class);

    private final ProxyManager<String> emmers;
    private final Clientadres clientadres;
    private final BucketConfiguration configuratie;

    Inlogvertraging(ProxyManager<String> emmers, Clientadres clientadres, int pogingen, Duration venster) {
        this.emmers = emmers;
        this.clientadres = clientadres;
        this.configuratie = BucketConfiguration.builder()
                .addLimit(limiet -> limiet.capacity(pogingen).refillGreedy(pogingen, venster)).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        return !isInlogpoging(verzoek);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        String client = clientadres.van(verzoek);
        BucketProxy emmer = emmers.builder().build("inlog:" + client, () -> configuratie);
        long wachtNanos = emmer.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        if (wachtNanos > 0) {
            weiger(antwoord, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wachtNanos + 999_999_999L)));
            return;
        }
        keten.doFilter(verzoek, antwoord);
        if (antwoord.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            emmer.tryConsume(1);
            LOG.info("Mislukte inlogpoging vanaf {} ({})", client, verzoek.getRequestURI());
        }
    }

    /** The webapps' login form, or any request that brings HTTP Basic credentials. */
    private static boolean isInlogpoging(HttpServletRequest verzoek) {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        if (pad.contains("/api/admin/auth/user/") && pad.contains("/login/")) {
            return "POST".equalsIgnoreCase(verzoek.getMethod());
        }
        String autorisatie = verzoek.getHeader("Authorization");
        return autorisatie != null && autorisatie.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static void weiger(HttpServletResponse antwoord, long seconden) throws IOException {
        antwoord.setStatus(429);
        antwoord.setHeader("Retry-After", Long.toString(seconden));
        antwoord.setContentType("application/problem+json;charset=UTF-8");
        antwoord.getWriter().write("{\"status\":429,\"title\":\"Te veel mislukte inlogpogingen\",\"detail\":\"Vanaf uw adres is "
                + "te vaak een verkeerd wachtwoord gegeven. Probeer het over " + seconden + " seconden opnieuw.\"}");
    }
}
