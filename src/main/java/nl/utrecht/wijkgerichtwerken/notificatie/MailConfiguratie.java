package nl.utrecht.wijkgerichtwerken.notificatie;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retry cycle of every async mail step, used in BPMN as {@code ${mailRetryCycle}}. */
@Configuration(proxyBeanMethods = false)
class MailConfiguratie {

    @Bean
    String mailRetryCycle(NotificatieProperties properties) {
        return properties.getRetryCycle();
    }
}
