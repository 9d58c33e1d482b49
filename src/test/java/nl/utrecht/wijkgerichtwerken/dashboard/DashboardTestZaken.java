package nl.utrecht.wijkgerichtwerken.dashboard;

import nl.utrecht.wijkgerichtwerken.Testklok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Cases for the dashboard tests, started through the real escalation process over the engine REST API at a chosen
 * moment on the engine's clock. Only the new case's own jobs run, so the timers of other cases stay untouched by
 * the time travel; every case is deleted again by {@link #ruimOp()}, which also resets the clock. Camunda's login
 * throttling also runs on the engine's clock: a user who mistyped his password in another test stays locked while the
 * clock is in the past, so these tests work as users that no test logs in with a wrong password.
 */
final class DashboardTestZaken {

    record Zaak(String id, String zaaknummer) {
    }

    private final TestRestTemplate rest;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final List<String> gestart = new ArrayList<>();

    DashboardTestZaken(TestRestTemplate rest, RuntimeService runtimeService, TaskService taskService,
                       ManagementService managementService) {
        this.rest = rest;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    static Date moment(String iso) {
        return Date.from(LocalDateTime.parse(iso).atZone(ZoneId.of("Europe/Amsterdam")).toInstant());
    }

    /** Sets the engine's clock (Europe/Amsterdam local time, e.g. {@code 2026-03-02T10:00}). */
    static void klok(String iso) {
        ClockUtil.setCurrentTime(moment(iso));
    }

    /** Starts an escalation by {@code wijkregisseur} in the wijk at the current clock; returns it at its first rung. */
    Zaak escalatie(String wijkregisseur, String wijk, String titel) {
        Map<String, Object> variabelen = Map.of(
                "titel", Map.of("value", titel),
                "wijk", Map.of("value", wijk),
                "diensten", Map.of("value", "[\"so\"]", "type", "Json"),
                "knelpunt", Map.of("value", "De buitenruimte wacht al maanden op een besluit"),
                "urgentie", Map.of("value", "normaal"));
        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth(wijkregisseur, "demo").postForEntity(
                "/engine-rest/process-definition/key/escalatie/start", Map.of("variables", variabelen), JsonNode.class);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.OK);
        Zaak zaak = new Zaak(antwoord.getBody().get("id").asText(), antwoord.getBody().get("businessKey").asText());
        gestart.add(zaak.id());
        voerJobsUit(zaak.id());
        return zaak;
    }

    /** Completes the open task of the case at the first rung with {@code escaleren}, at the current clock. */
    void escaleer(String gebruiker, Zaak zaak) {
        String taak = taskService.createTaskQuery().processInstanceId(zaak.id()).taskDefinitionKey("Task_OplossenInWijk")
                .singleResult().getId();
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("besluit", Map.of("value", "escaleren"));
        variabelen.put("toelichting", Map.of("value", "In de wijk komen we er niet uit"));
        ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo").postForEntity(
                "/engine-rest/task/" + taak + "/complete", Map.of("variables", variabelen), String.class);
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        voerJobsUit(zaak.id());
    }

    String taak(Zaak zaak) {
        return taskService.createTaskQuery().processInstanceId(zaak.id()).taskDefinitionKey("Task_OplossenInWijk")
                .singleResult().getId();
    }

    /** Runs the due jobs of one case (its async mail steps), as the job executor would. */
    void voerJobsUit(String zaakId) {
        for (int ronde = 0; ronde < 20; ronde++) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(zaakId).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("er blijven jobs klaarstaan voor " + zaakId);
    }

    void registreer(String zaakId) {
        gestart.add(zaakId);
    }

    void ruimOp() {
        Testklok.herstel();
        gestart.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "dashboardtest opgeruimd", true, true, true, true));
        gestart.clear();
    }
}
