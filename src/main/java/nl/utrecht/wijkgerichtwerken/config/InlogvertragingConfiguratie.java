package nl.utrecht.wijkgerichtwerken.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * {@link Inlogvertraging} before every authentication filter: {@code wijk.inlog.pogingen} failed logins per client
 * address (10), then one try per {@code wijk.inlog.venster}/{@code pogingen} (PT10M: one a minute).
 */
@Configuration(proxyBeanMethods = false)
class InlogvertragingConfiguratie {

    @Bean
    FilterRegistrationBean<Inlogvertraging> inlogvertraging(ProxyManager<String> emmers, Clientadres clientadres,
                                                            @Value("${wijk.inlog.pogingen:10}") int pogingen,
                                                            @Value("${wijk.inlog.venster:PT10M}") Duration venster) {
        FilterRegistrationBean<Inlogvertraging> registratie =
                new FilterRegistrationBean<>(new Inlogvertraging(emmers, clientadres, pogingen, venster));
        registratie.setName("inlogvertraging");
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registratie.addUrlPatterns("/camunda/api/admin/auth/user/*", "/engine-rest/*", "/api/*", "/actuator/*");
        return registratie;
    }
}
