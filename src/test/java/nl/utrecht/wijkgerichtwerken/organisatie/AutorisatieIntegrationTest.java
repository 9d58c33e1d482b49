package nl.utrecht.wijkgerichtwerken.organisatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.TestProcessen;

@IntegratieTest
class AutorisatieIntegrationTest {

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired AutorisatieInrichting autorisatieInrichting;

    private String processInstanceId;

    @BeforeEach
    void taakVoorDienstdirecteurStadswerken() {
        String key = TestProcessen.eenTaakVoorGroep(repositoryService, "test-autorisatie", Groepen.dienstdirecteur("sw"));
        processInstanceId = runtimeService.startProcessInstanceByKey(key).getId();
    }

    @AfterEach
    void opruimen() {
        identityService.clearAuthentication();
        if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtimeService.deleteProcessInstance(processInstanceId, "test");
        }
    }

    @Test
    void dienstdirecteurVanEenAndereDienstZietDeTaakNietEnKanHemNietAfronden() {
        Task taak = taak();
        alsGebruiker("femke");

        assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).list()).isEmpty();
        assertThatThrownBy(() -> taskService.complete(taak.getId())).isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();
        assertThat(taak()).as("task is still open").isNotNull();
    }

    @Test
    void dienstdirecteurVanDeBetrokkenDienstZietEnRondtDeTaakAf() {
        alsGebruiker("gert");

        List<Task> taken = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
        assertThat(taken).hasSize(1);
        taskService.complete(taken.get(0).getId());

        identityService.clearAuthentication();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
    }

    @Test
    void managerLeestDeTaakMaarKanHemNietAfrondenOfClaimen() {
        Task taak = taak();
        alsGebruiker("jet");

        assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).list()).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isOne();
        assertThatThrownBy(() -> taskService.complete(taak.getId())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.claim(taak.getId(), "jet")).isInstanceOf(AuthorizationException.class);
    }

    /** Tasklist shows a task's groups by name when the reader may read the group; else the bare id (dienstdirecteur-sw). */
    @Test
    void managerZietDeGroepenVanEenTaakBijHunNaam() {
        alsGebruiker("jet");

        assertThat(identityService.createGroupQuery().groupIdIn(Groepen.dienstdirecteur("sw")).list())
                .extracting(g -> g.getName()).singleElement().asString().startsWith("Dienstdirecteur");
        assertThat(identityService.createUserQuery().memberOfGroup(Groepen.dienstdirecteur("sw")).count())
                .as("the names of groups, not who is in them").isZero();
    }

    @Test
    void autorisatiesNogmaalsInrichtenVoegtNietsToe() {
        long voor = authorizationService.createAuthorizationQuery().count();
        autorisatieInrichting.richtIn();
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(voor);
    }

    private Task taak() {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private void alsGebruiker(String gebruiker) {
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker).list().stream()
                .map(g -> g.getId()).toList();
        identityService.setAuthentication(gebruiker, groepen);
    }
}
