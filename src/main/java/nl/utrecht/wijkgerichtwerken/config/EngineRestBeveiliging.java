package nl.utrecht.wijkgerichtwerken.config;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@code /engine-rest} requires HTTP Basic authentication against the Camunda identity service. */
@Configuration(proxyBeanMethods = false)
class EngineRestBeveiliging {

    /** Filter order of the Basic login; {@link EngineApiBewaking} comes right after it. */
    static final int VOLGORDE = Ordered.LOWEST_PRECEDENCE - 10;

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticatie() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registratie =
                new FilterRegistrationBean<>(new EngineRestAuthenticatieFilter());
        registratie.setName("engine-rest-authenticatie");
        registratie.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registratie.addUrlPatterns("/engine-rest/*");
        registratie.setOrder(VOLGORDE);
        return registratie;
    }
}
