package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/** The task query with the fast authorization check shows everyone exactly what the engine's own statement shows. */
@IntegratieTest
class SnelleTaakautorisatieIntegrationTest {

    @Autowired ProcessEngine engine;

    @Test
    void iedereenZietDezelfdeTakenAlsMetDeStatementVanDeEngine() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory()
                .mapStatement("selectTaskCountByQueryCriteria")).endsWith("selectTaskCountByQueryCriteriaSnel");

        Map<String, List<String>> gezien = new Taakzichtbaarheid(engine).vergelijk();

        assertThat(gezien).containsExactly(
                Map.entry("zicht-anna", List.of("Persoonlijk aangeboden")),
                Map.entry("zicht-karim", List.of("Toegewezen")),
                Map.entry("zicht-niemand", List.of()),
                Map.entry("zicht-x", List.of("Aan de groep")),
                Map.entry("zicht-y", List.of("Aan de groep", "Persoonlijk aangeboden", "Toegewezen", "Voor een ander")),
                Map.entry("zicht-z", List.of("Aan de groep", "Persoonlijk aangeboden", "Toegewezen", "Voor een ander")));
    }
}
