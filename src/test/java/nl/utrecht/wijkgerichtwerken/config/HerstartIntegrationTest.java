package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.utrecht.wijkgerichtwerken.TestProcessen;
import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;

/** The embedded default keeps cases in an H2 file: a case started before a restart is still there after it. */
@Tag("eigen-jvm")
class HerstartIntegrationTest {

    @TempDir
    Path map;

    @Test
    void zaakMetTaakEnVariabelenOverleeftEenHerstart() {
        String url = "jdbc:h2:file:" + map.resolve("wijkgericht-werken") + ";DB_CLOSE_ON_EXIT=FALSE";
        String zaak;
        try (ConfigurableApplicationContext app = start(url)) {
            String key = TestProcessen.eenTaakVoorGroep(app.getBean(RepositoryService.class), "test-herstart", "wijkregisseur");
            ProcessInstance instance = app.getBean(RuntimeService.class)
                    .startProcessInstanceByKey(key, "TST-2026-000001", Map.of("titel", "Speeltuin Oosterspoorplein"));
            zaak = instance.getId();
        }

        try (ConfigurableApplicationContext app = start(url)) {
            RuntimeService runtimeService = app.getBean(RuntimeService.class);
            TaskService taskService = app.getBean(TaskService.class);
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(zaak).singleResult();
            assertThat(instance).isNotNull();
            assertThat(instance.getBusinessKey()).isEqualTo("TST-2026-000001");
            assertThat(runtimeService.getVariable(zaak, "titel")).isEqualTo("Speeltuin Oosterspoorplein");
            Task taak = taskService.createTaskQuery().processInstanceId(zaak).singleResult();
            assertThat(taak.getName()).isEqualTo("Zaak behandelen");

            taskService.complete(taak.getId());
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(zaak).count()).isZero();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(WijkgerichtWerkenApplication.class)
                .profiles("test")
                .properties("spring.datasource.url=" + url, "server.port=0")
                .run();
    }
}
