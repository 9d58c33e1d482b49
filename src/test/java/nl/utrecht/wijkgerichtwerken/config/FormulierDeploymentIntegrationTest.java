package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

@IntegratieTest
class FormulierDeploymentIntegrationTest {

    @Autowired RepositoryService repositoryService;
    @Autowired FormService formService;

    @Test
    void formulierUitFormsMapIsGedeployedEnViaFormRefTeVinden() throws Exception {
        assertThat(repositoryService.createDeploymentQuery().list()).isNotEmpty();
        String resource = repositoryService.getDeploymentResourceNames(
                repositoryService.createDeploymentQuery().orderByDeploymentTime().asc().list().get(0).getId())
                .stream().filter(r -> r.endsWith("escalatie-start.form")).findFirst().orElseThrow();
        assertThat(resource).endsWith("forms/escalatie-start.form");

        BpmnModelInstance model = Bpmn.createExecutableProcess("test-formref")
                .camundaHistoryTimeToLive(1)
                .startEvent().camundaFormRef("escalatie-start").camundaFormRefBinding("latest")
                .endEvent().done();
        repositoryService.createDeployment().addModelInstance("test-formref.bpmn", model).deploy();
        ProcessDefinition definitie = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("test-formref").latestVersion().singleResult();

        try (InputStream form = formService.getDeployedStartForm(definitie.getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"id\": \"escalatie-start\"").contains("Knelpunt");
        }
    }
}
