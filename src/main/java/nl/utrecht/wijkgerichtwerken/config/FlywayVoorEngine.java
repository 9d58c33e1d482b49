package nl.utrecht.wijkgerichtwerken.config;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine waits for Flyway (the project's tables, db/migration): its startup deploys and may start
 * processes whose delegates use those tables. Spring Boot already lets JdbcTemplate users wait; this adds the
 * engine's beans. Registered in META-INF/spring.factories.
 */
public class FlywayVoorEngine extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, ProcessEngineFactoryBean.class, ProcessEngineConfigurationImpl.class);
    }
}
