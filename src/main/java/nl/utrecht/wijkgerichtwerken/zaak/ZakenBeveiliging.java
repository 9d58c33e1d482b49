package nl.utrecht.wijkgerichtwerken.zaak;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** {@code /api/zaken} asks for a login; under the profile oidc Spring Security does (inloggen/OidcBeveiliging). */
@Configuration(proxyBeanMethods = false)
@Profile("!oidc")
class ZakenBeveiliging {

    @Bean
    FilterRegistrationBean<ZaakAuthenticatieFilter> zaakAuthenticatie(ProcessEngine engine) {
        FilterRegistrationBean<ZaakAuthenticatieFilter> registratie =
                new FilterRegistrationBean<>(new ZaakAuthenticatieFilter(engine));
        registratie.setName("zaak-authenticatie");
        registratie.addUrlPatterns("/api/zaken", "/api/zaken/*");
        return registratie;
    }
}
