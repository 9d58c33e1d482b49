package nl.utrecht.wijkgerichtwerken.config;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /engine-rest} requires HTTP Basic authentication against the Camunda identity service. */
@Configuration(proxyBeanMethods = false)
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
