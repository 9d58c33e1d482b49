package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.utrecht.wijkgerichtwerken.EmbeddedPostgresDatabase;
import nl.utrecht.wijkgerichtwerken.TestProcessen;
import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;

/** The whole app on a real PostgreSQL with the production profile: settings from the environment, no demo users. */
@SpringBootTest(classes = WijkgerichtWerkenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.admin-user.id=beheerder", "camunda.bpm.admin-user.password=geheim-voor-de-test"})
@ActiveProfiles({"test", "postgres"})
@Tag("eigen-jvm")
// close the app while PostgreSQL still runs (else the JVM's shutdown hooks race and the fork hangs)
@DirtiesContext
class PostgresIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresDatabase.nieuweDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Autowired ProcessEngine processEngine;
    @Autowired DataSource dataSource;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TestRestTemplate rest;

    @Test
    void engineDraaitOpPostgresql() throws Exception {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuratie.getDatabaseType()).isEqualTo("postgres");
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void groepenBestaanMaarDemoGebruikersNiet() {
        assertThat(identityService.createGroupQuery().groupId("dienstdirecteur-so").count()).isOne();
        assertThat(identityService.createGroupQuery().groupId("wijkbureau-leidsche-rijn").count()).isOne();
        assertThat(identityService.createUserQuery().userId("anna").count()).isZero();
        assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
        assertThat(identityService.checkPassword("beheerder", "geheim-voor-de-test")).isTrue();
    }

    @Test
    void zaakMetTaakLooptOpPostgresql() {
        String key = TestProcessen.eenTaakVoorGroep(repositoryService, "test-postgres", "wijkregisseur");
        String id = runtimeService.startProcessInstanceByKey(key, Map.of("titel", "Test")).getId();
        var taak = taskService.createTaskQuery().processInstanceId(id).singleResult();
        taskService.complete(taak.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
    }

    @Test
    void engineRestVraagtOokHierOmInloggen() {
        assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("beheerder", "geheim-voor-de-test").getForEntity("/engine-rest/engine", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
