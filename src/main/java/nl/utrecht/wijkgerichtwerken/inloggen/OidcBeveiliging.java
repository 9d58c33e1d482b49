package nl.utrecht.wijkgerichtwerken.inloggen;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/**
 * Profile {@code oidc}: officials log in at the municipality's OpenID Connect provider (authorization code flow with
 * PKCE) for Tasklist, Cockpit, Admin and the app's own {@code /api}; the webapps take that login through Camunda's
 * container-based authentication; {@code /engine-rest} takes only the provider's bearer tokens (JWT). No password
 * login anywhere: not Basic, not the webapps' login form. The public intake and status pages stay open.
 */
@Configuration(proxyBeanMethods = false)
@Profile("oidc")
@EnableConfigurationProperties(OidcInstellingen.class)
class OidcBeveiliging {

    private static final PathPatternRequestMatcher.Builder PAD = PathPatternRequestMatcher.withDefaults();

    /** The webapps' own password login: refused, it would switch the session to another (password) user. */
    private static final RequestMatcher WEBAPP_INLOGGEN = PAD.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/**");
    private static final RequestMatcher WEBAPP_AFMELDEN = PAD.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
    private static final RequestMatcher AFMELDEN = new OrRequestMatcher(PAD.matcher(HttpMethod.POST, "/logout"), WEBAPP_AFMELDEN);

    /** Called by scripts and programs rather than browsers navigating: these get 401, not a redirect. */
    private static final RequestMatcher API = new OrRequestMatcher(PAD.matcher("/camunda/api/**"), PAD.matcher("/api/**"),
            PAD.matcher("/actuator/**"));
    /** The public API of the intake and status pages (intake/). */
    private static final RequestMatcher PUBLIEKE_API = new OrRequestMatcher(PAD.matcher(HttpMethod.POST, "/api/adviezen"),
            PAD.matcher(HttpMethod.POST, "/api/initiatieven"), PAD.matcher(HttpMethod.POST, "/api/informatieverzoeken"),
            PAD.matcher("/api/status/**"), PAD.matcher("/api/adviesaanvragen/**"), PAD.matcher("/actuator/health"), PAD.matcher("/actuator/health/**"));
    /** Managers' figures (today ManagerBeveiliging's Basic login). */
    private static final RequestMatcher MANAGERS = new OrRequestMatcher(PAD.matcher("/api/dashboard"), PAD.matcher("/api/dashboard/**"),
            PAD.matcher("/actuator/**"));

    @Bean
    Groepentoewijzing groepentoewijzing(OidcInstellingen instellingen, Organisatie organisatie) {
        return new Groepentoewijzing(instellingen, organisatie);
    }

    @Bean
    OidcInlogdienst oidcInlogdienst(OidcInstellingen instellingen, Groepentoewijzing groepentoewijzing,
            IdentityService identityService) {
        return new OidcInlogdienst(instellingen, groepentoewijzing, new GebruikersBijInloggen(identityService));
    }

    /** {@code /engine-rest}: a valid bearer token of the provider, nothing else; no session. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestBeveiliging(HttpSecurity http, OidcInstellingen instellingen,
            Groepentoewijzing groepentoewijzing) throws Exception {
        return http.securityMatcher(PAD.matcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(r -> r.jwt(j -> j.jwtAuthenticationConverter(new Tokenomzetting(instellingen, groepentoewijzing))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .build();
    }

    /** Everything else: login at the provider for the webapps and {@code /api}, the public pages open. */
    @Bean
    @Order(2)
    SecurityFilterChain inloggenBijDeGemeente(HttpSecurity http, OidcInstellingen instellingen, Groepentoewijzing groepentoewijzing,
            OidcInlogdienst inlogdienst, ClientRegistrationRepository registraties) throws Exception {
        String inloggen = "/oauth2/authorization/" + instellingen.registratie();
        DefaultOAuth2AuthorizationRequestResolver aanvragen =
                new DefaultOAuth2AuthorizationRequestResolver(registraties, "/oauth2/authorization");
        aanvragen.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        HttpSessionRequestCache terugNaInloggen = new HttpSessionRequestCache();
        terugNaInloggen.setRequestMatcher(new NegatedRequestMatcher(API));
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers(WEBAPP_INLOGGEN).denyAll()
                        .requestMatchers(PUBLIEKE_API).permitAll()
                        .requestMatchers(MANAGERS).hasAnyAuthority(Groepentoewijzing.GROEP + Groepen.MANAGER,
                                Groepentoewijzing.GROEP + Groepen.BEHEERDER)
                        .requestMatchers(PAD.matcher("/camunda/**"), PAD.matcher("/api/**")).authenticated()
                        // the public intake and status pages, their CSS, the index redirect and the error page
                        .anyRequest().permitAll())
                .oauth2Login(l -> l
                        .authorizationEndpoint(e -> e.authorizationRequestResolver(aanvragen))
                        .userInfoEndpoint(u -> u.oidcUserService(inlogdienst)))
                // a metrics scraper may bring a bearer token instead of a session
                .oauth2ResourceServer(r -> r.jwt(j -> j.jwtAuthenticationConverter(new Tokenomzetting(instellingen, groepentoewijzing))))
                .logout(l -> l.logoutRequestMatcher(AFMELDEN)
                        .logoutSuccessHandler(new Afmelden(registraties, WEBAPP_AFMELDEN)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(toegang(inloggen))
                        .accessDeniedHandler(geenToegang()))
                .requestCache(c -> c.requestCache(terugNaInloggen))
                // the webapps have Camunda's own CSRF filter; the session cookie is SameSite=Lax (application-oidc.yaml)
                .csrf(c -> c.disable())
                // public pages and webapp assets keep their caching headers
                .headers(h -> h.cacheControl(c -> c.disable()))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .build();
    }

    /** Browsers go to the provider; API calls get 401 with the login address for the webapps' script. */
    private static AuthenticationEntryPoint toegang(String inloggen) {
        AuthenticationEntryPoint api = (request, response, fout) -> {
            response.setHeader(Afmelden.DOORSTUREN, request.getContextPath() + inloggen);
            probleem(response, HttpServletResponse.SC_UNAUTHORIZED, "Niet ingelogd",
                    "Log in met uw account van de gemeente.");
        };
        DelegatingAuthenticationEntryPoint toegang = new DelegatingAuthenticationEntryPoint(
                new LinkedHashMap<>(Map.of(API, api)));
        toegang.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(inloggen));
        return toegang;
    }

    private static AccessDeniedHandler geenToegang() {
        return (request, response, fout) -> probleem(response, HttpServletResponse.SC_FORBIDDEN, "Geen toegang",
                "Deze gegevens zijn niet voor uw groepen.");
    }

    private static void probleem(HttpServletResponse response, int status, String titel, String melding) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + titel + "\",\"detail\":\"" + melding + "\"}");
    }

    /** The webapps take the Spring Security login (user and groups) as Camunda's; after Spring Security's filter. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticatie() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registratie =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registratie.setName("webapp-oidc-authenticatie");
        registratie.addInitParameter("authentication-provider", WebappAuthenticatie.class.getName());
        registratie.addUrlPatterns("/camunda/*");
        registratie.setOrder(101);
        return registratie;
    }

    /** {@code /engine-rest} takes the bearer token's user and groups as the engine's authentication. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticatie() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registratie =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registratie.setName("engine-rest-authenticatie");
        registratie.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityAuthenticatie.class.getName());
        registratie.addUrlPatterns("/engine-rest/*");
        registratie.setOrder(101);
        return registratie;
    }
}
