package nl.utrecht.wijkgerichtwerken.organisatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;

/**
 * The engine itself (not only the REST guard) lets candidates and assignees work a task (Camunda's TASK_WORK:
 * claim, unclaim their own, complete) and nothing more: no due date, assignee, delegation, candidates or variables.
 */
@IntegratieTest
class TaakwerkIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;

    @AfterEach
    void afmelden() {
        identityService.clearAuthentication();
    }

    @Test
    void eenDienstdirecteurClaimtGeeftVrijEnRondtAfMaarWijzigtDeTaakNiet() {
        Map<String, Object> start = new HashMap<>(Map.of("titel", "Taakwerk", "wijk", "oost", "diensten", "[\"so\",\"sw\"]",
                "knelpunt", "Rechten op taken", "urgentie", "normaal", "startNiveau", "dienstdirecteur", "redenOverslaan", "Test"));
        identityService.setAuthentication("anna", List.of("wijkregisseur", "wijk-oost"));
        String zaak = runtimeService.startProcessInstanceByKey("escalatie", start).getId();
        identityService.clearAuthentication();
        Jobs.voerUit(managementService);
        Task taak = taskService.createTaskQuery().processInstanceId(zaak).taskCandidateGroup("dienstdirecteur-so").singleResult();
        String id = taak.getId();

        identityService.setAuthentication("femke", List.of("dienstdirecteur-so"));
        taskService.claim(id, "femke");
        taskService.setAssignee(id, null);
        taskService.claim(id, "femke");
        assertThatThrownBy(() -> taskService.setDueDate(id, new Date(0))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setFollowUpDate(id, null)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setAssignee(id, "gert")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.delegateTask(id, "gert")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.addCandidateGroup(id, "vakafdeling-so")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setVariable(id, "besluit_sw", "opgelost")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setVariableLocal(id, "niveau", "bestuurlijk")).isInstanceOf(AuthorizationException.class);
        taskService.complete(id, Map.of("besluit", "escaleren", "toelichting", "SO en SW komen er niet uit"));
        identityService.clearAuthentication();

        assertThat(taskService.createTaskQuery().taskId(id).count()).isZero();
        assertThat(runtimeService.getVariable(zaak, "besluit_sw")).isNull();
        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("dienstdirecteur");
    }
}
