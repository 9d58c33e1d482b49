package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/**
 * A command that loses the race with another transaction on the same case is run again by the server: a
 * conflict that passes is never seen; one that stays gives a Dutch 409 in the engine REST API and in
 * Tasklist's API, never a 500 or an {@code ENGINE-} text, and the task stays open.
 */
@IntegratieTest
class GelijktijdigWijzigenIntegrationTest {

    private static final String PROCES = "test-botsing";

    @Autowired TestRestTemplate rest;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    /** Stands in for another transaction that changed the case first: the first {@code botsingen} tries lose. */
    public static class Botsing implements JavaDelegate {

        static final AtomicInteger POGINGEN = new AtomicInteger();
        static volatile int botsingen;

        @Override
        public void execute(DelegateExecution execution) {
            if (POGINGEN.incrementAndGet() <= botsingen) {
                throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed. "
                        + "Entity was updated by another transaction concurrently.");
            }
        }
    }

    @BeforeEach
    void deploy() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCES).count() == 0) {
            repositoryService.createDeployment().addModelInstance(PROCES + ".bpmn", Bpmn.createExecutableProcess(PROCES)
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_Behandelen").name("Zaak behandelen").camundaCandidateGroups("wijkregisseur")
                    .serviceTask("Task_Verwerken").camundaClass(Botsing.class.getName())
                    .endEvent()
                    .done()).deploy();
        }
        Botsing.POGINGEN.set(0);
        Botsing.botsingen = 0;
    }

    @Test
    void eenBotsingDieOverwaaitMerktNiemand() {
        String taak = nieuweTaak();
        Botsing.botsingen = 2;

        ResponseEntity<String> antwoord = voltooiOverRest(taak);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(Botsing.POGINGEN.get()).as("twee keer verloren, de derde keer gelukt").isEqualTo(3);
        assertThat(taskService.createTaskQuery().taskId(taak).count()).isZero();
    }

    @Test
    void eenBotsingDieBlijftGeeftEen409InHetNederlandsEnDeTaakBlijftOpen() {
        String taak = nieuweTaak();
        Botsing.botsingen = Integer.MAX_VALUE;

        ResponseEntity<String> antwoord = voltooiOverRest(taak);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(antwoord.getBody()).contains("De zaak is zojuist gewijzigd; probeer het opnieuw.").doesNotContain("ENGINE-");
        assertThat(antwoord.getBody()).as("names what changed, like every refusal").contains("\"veld\":\"zaak\"");
        assertThat(Botsing.POGINGEN.get()).as("de eerste poging en drie herhalingen").isEqualTo(4);
        assertThat(taskService.createTaskQuery().taskId(taak).count()).isOne();
    }

    @Test
    void inTasklistOokEen409InHetNederlands() {
        String taak = nieuweTaak();
        Botsing.botsingen = Integer.MAX_VALUE;

        ResponseEntity<String> antwoord = Webappsessie.login(rest, "anna", "demo")
                .post(rest, "/camunda/api/engine/engine/default/task/" + taak + "/submit-form", "{\"variables\": {}}");

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(antwoord.getBody()).contains("De zaak is zojuist gewijzigd; probeer het opnieuw.").doesNotContain("ENGINE-");
        assertThat(taskService.createTaskQuery().taskId(taak).count()).isOne();
    }

    @Test
    void eenTaakDieNetIsAfgerondGeeftBijDeTweedeKeerEen404InHetNederlands() {
        String taak = nieuweTaak();
        assertThat(voltooiOverRest(taak).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> nogEens = voltooiOverRest(taak);

        assertThat(nogEens.getStatusCode()).as("a double click or a second tab").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(nogEens.getBody()).contains("Deze taak is al afgerond of ingetrokken", "\"veld\":\"taak\"")
                .doesNotContain("ENGINE-", "Cannot find task");
        ResponseEntity<String> inTasklist = Webappsessie.login(rest, "anna", "demo")
                .post(rest, "/camunda/api/engine/engine/default/task/" + taak + "/submit-form", "{\"variables\": {}}");
        assertThat(inTasklist.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(inTasklist.getBody()).contains("Deze taak is al afgerond of ingetrokken").doesNotContain("ENGINE-");
        assertThat(Botsing.POGINGEN.get()).as("the process went on once").isEqualTo(1);
    }

    @Test
    void watEenClientNogVraagtVanEenTaakDieNetIsAfgerondKrijgtEen404InHetNederlands() {
        String taak = nieuweTaak();
        assertThat(voltooiOverRest(taak).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        TestRestTemplate anna = rest.withBasicAuth("anna", "demo");
        String pad = "/engine-rest/task/" + taak;
        Map<String, ResponseEntity<String>> antwoorden = new LinkedHashMap<>();
        for (String deel : List.of("", "/form", "/deployed-form", "/form-variables", "/variables", "/identity-links")) {
            antwoorden.put("GET " + deel, anna.getForEntity(pad + deel, String.class));
        }
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        antwoorden.put("claim", anna.postForEntity(pad + "/claim", new HttpEntity<>("{\"userId\": \"anna\"}", json), String.class));

        antwoorden.forEach((wat, antwoord) -> {
            assertThat(antwoord.getStatusCode()).as(wat).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(antwoord.getBody()).as(wat).contains("Deze taak is al afgerond of ingetrokken", "\"veld\":\"taak\"")
                    .doesNotContain("ENGINE-", "Cannot find", "is null", "No matching");
        });
    }

    @Test
    void eenTaakDieBestaatHoudtHaarEigenAntwoord() {
        String taak = nieuweTaak();

        ResponseEntity<String> variabelen = rest.withBasicAuth("anna", "demo")
                .getForEntity("/engine-rest/task/" + taak + "/variables", String.class);

        assertThat(variabelen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("anna", "demo").getForEntity("/engine-rest/task/count", String.class).getStatusCode())
                .as("/task/count is no task").isEqualTo(HttpStatus.OK);
    }

    private String nieuweTaak() {
        String zaak = runtimeService.startProcessInstanceByKey(PROCES).getId();
        return taskService.createTaskQuery().processInstanceId(zaak).singleResult().getId();
    }

    private ResponseEntity<String> voltooiOverRest(String taak) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("anna", "demo").postForEntity("/engine-rest/task/" + taak + "/complete",
                new HttpEntity<>("{\"variables\": {}}", headers), String.class);
    }
}
