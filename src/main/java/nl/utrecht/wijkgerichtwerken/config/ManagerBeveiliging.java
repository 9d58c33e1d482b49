package nl.utrecht.wijkgerichtwerken.config;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** {@code /api/dashboard} and {@code /actuator} (but its health check) are for managers only. */
@Configuration(proxyBeanMethods = false)
@Profile("!oidc")
class ManagerBeveiliging {

    @Bean
    FilterRegistrationBean<ManagerAuthenticatieFilter> managerAuthenticatie(IdentityService identityService) {
        FilterRegistrationBean<ManagerAuthenticatieFilter> registratie =
                new FilterRegistrationBean<>(new ManagerAuthenticatieFilter(identityService));
        registratie.setName("manager-authenticatie");
        registratie.addUrlPatterns("/api/dashboard", "/api/dashboard/*", "/actuator", "/actuator/*");
        return registratie;
    }
}
