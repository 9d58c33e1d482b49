package nl.utrecht.wijkgerichtwerken.config;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** {@code /engine-rest} requires HTTP Basic authentication against the Camunda identity service. */
@Configuration(proxyBeanMethods = false)
@Profile("!oidc")
class EngineRestBeveiliging {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticatie() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registratie =
                new FilterRegistrationBean<>(new EngineRestAuthenticatieFilter());
        registratie.setName("engine-rest-authenticatie");
        registratie.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registratie.addUrlPatterns("/engine-rest/*");
        return registratie;
    }
}
