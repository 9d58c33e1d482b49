package nl.utrecht.wijkgerichtwerken.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the weekly digest ({@link Weekoverzicht}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Planning {
}
