package nl.utrecht.wijkgerichtwerken.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.utrecht.wijkgerichtwerken.Datumgevoelig;
import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/** The shared Tasklist filters as officials use them: what each person finds under which filter. */
@IntegratieTest
@Datumgevoelig
class TakenFiltersIntegrationTest {

    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TakenFilters takenFilters;

    @AfterEach
    void uitloggen() {
        identityService.clearAuthentication();
    }

    @Test
    void eenTaakVoorMijPersoonlijkStaatBijDeTakenVanMijnGroepen() {
        repositoryService.createDeployment().addModelInstance("test-kandidaat.bpmn", Bpmn.createExecutableProcess("test-kandidaat")
                .camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Persoonlijk").name("Persoonlijk aangeboden").camundaCandidateUsers("anna")
                .userTask("Task_Groep").name("Aan de groep").camundaCandidateGroups("wijkregisseur")
                .endEvent().done()).deploy();
        String zaak = runtimeService.startProcessInstanceByKey("test-kandidaat").getId();

        assertThat(namen("anna", "Taken van mijn groepen", zaak)).containsExactly("Persoonlijk aangeboden");
        assertThat(namen("karim", "Taken van mijn groepen", zaak)).isEmpty();
        taskService.complete(taskService.createTaskQuery().processInstanceId(zaak).singleResult().getId());
        assertThat(namen("karim", "Taken van mijn groepen", zaak)).containsExactly("Aan de groep");
        runtimeService.deleteProcessInstance(zaak, "test");
    }

    @Test
    void filtersNogmaalsInrichtenMaaktGeenDubbeleEnHoudtDeVolgorde() {
        long voor = filterService.createTaskFilterQuery().count();
        takenFilters.richtIn();
        assertThat(filterService.createTaskFilterQuery().count()).isEqualTo(voor);
        assertThat(filterService.createTaskFilterQuery().list()).extracting(f -> f.getName())
                .contains("Mijn taken", "Taken van mijn groepen", "Bijna te laat", "Te laat");
    }

    private List<String> namen(String gebruiker, String filter, String zaak) {
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(gebruiker, groepen);
        try {
            String id = filterService.createTaskFilterQuery().filterName(filter).singleResult().getId();
            List<Task> taken = filterService.list(id);
            return taken.stream().filter(t -> zaak.equals(t.getProcessInstanceId())).map(Task::getName).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
