package nl.utrecht.wijkgerichtwerken.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/** The public API reads at most {@link #MAXIMUM} bytes of a request body; more is refused with 400. */
class Groottebegrenzing extends OncePerRequestFilter {

    static final int MAXIMUM = 256 * 1024;

    /** The body went over the limit while it was read. */
    static class TeGroot extends IOException {
        TeGroot() {
            super("Aanvraag groter dan " + MAXIMUM + " bytes");
        }
    }

    /** Uploads of documents (multipart to …/documenten) are limited by spring.servlet.multipart and wijk.documenten. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getRequestURI().endsWith("/documenten") && type != null && type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAXIMUM) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String melding = "De aanvraag is te groot (maximaal " + MAXIMUM / 1024 + " kB).";
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Aanvraag te groot\",\"status\":400,\"detail\":\""
                    + melding + "\",\"fouten\":[{\"veld\":\"aanvraag\",\"melding\":\"" + melding + "\"}]}");
            return;
        }
        chain.doFilter(new Begrensd(request), response);
    }

    private static final class Begrensd extends HttpServletRequestWrapper {

        Begrensd(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream bron = super.getInputStream();
            return new ServletInputStream() {
                private long gelezen;

                @Override
                public int read() throws IOException {
                    int b = bron.read();
                    if (b >= 0 && ++gelezen > MAXIMUM) {
                        throw new TeGroot();
                    }
                    return b;
                }

                @Override
                public boolean isFinished() {
                    return bron.isFinished();
                }

                @Override
                public boolean isReady() {
                    return bron.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    bron.setReadListener(listener);
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie {

        @Bean
        FilterRegistrationBean<Groottebegrenzing> groottebegrenzing() {
            FilterRegistrationBean<Groottebegrenzing> registratie = new FilterRegistrationBean<>(new Groottebegrenzing());
            registratie.addUrlPatterns("/api/*");
            return registratie;
        }
    }
}
