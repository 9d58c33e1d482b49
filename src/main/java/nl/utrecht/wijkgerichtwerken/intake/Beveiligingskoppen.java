package nl.utrecht.wijkgerichtwerken.intake;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers of the public pages and API (no account, reachable from the internet): a Content-Security-Policy
 * that allows only the site's own styles and images and no scripts at all (the pages have none), no framing
 * ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}), {@code nosniff}, and {@code no-referrer}, because
 * the status link carries the case's secret token and must never leave in a Referer header. The status answers are
 * not cached.
 */
@Configuration(proxyBeanMethods = false)
class Beveiligingskoppen {

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publiekeKoppen() {
        FilterRegistrationBean<OncePerRequestFilter> registratie = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
                    throws ServletException, IOException {
                antwoord.setHeader("Content-Security-Policy", CSP);
                antwoord.setHeader("X-Frame-Options", "DENY");
                antwoord.setHeader("X-Content-Type-Options", "nosniff");
                antwoord.setHeader("Referrer-Policy", "no-referrer");
                String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
                if (pad.startsWith("/status/") || pad.startsWith("/api/status/") || pad.startsWith("/adviesaanvraag/")
                        || pad.startsWith("/api/adviesaanvragen/")) {
                    antwoord.setHeader("Cache-Control", "no-store");
                }
                keten.doFilter(verzoek, antwoord);
            }
        });
        registratie.setName("publieke-beveiligingskoppen");
        registratie.addUrlPatterns("/advies", "/initiatief", "/informatieverzoek", "/status/*", "/nlds/*", "/css/*",
                "/api/adviezen", "/api/initiatieven", "/api/informatieverzoeken", "/api/status/*",
                "/adviesaanvraag/*", "/api/adviesaanvragen/*");
        return registratie;
    }
}
