package nl.utrecht.wijkgerichtwerken.misbruik;

import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.advies;
import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.escalatie;
import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;

/**
 * Abuse catalogue, the facts the rules rely on, through {@code /engine-rest} as the demo users: no
 * variable adds a candidate group (a comma in {@code wijk} or {@code diensten}), and the four-eyes check,
 * the per-dienst decisions and the rung come from the engine's record, not from variables. Where a test
 * needs a variable changed behind the rules' back it writes it through the Java API (writing variables
 * over REST is refused by the engine-API guard).
 */
@IntegratieTest
class FeitenMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String MOTIVERING = "Dit nemen we over omdat het de veiligheid in de buurt vergroot.";

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;

    private DemoRest demo;

    @BeforeEach
    void demo() {
        demo = new DemoRest(rest);
    }

    @Test
    void eenKommaInDeWijkMaaktDeAuteurGeenBeoordelaar() {
        String zaak = adviesBijDeVakafdeling();
        runtimeService.setVariable(zaak, "wijk", "oost,vakafdeling-so");

        ResponseEntity<JsonNode> reactie = reactie("daan", zaak);

        assertThat(reactie.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reactie.getBody().get("message").asText()).contains("'oost,vakafdeling-so' is geen bekende wijk");
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskCandidateGroup("vakafdeling-so")
                .taskDefinitionKey("Task_ReactieBeoordelen").count()).isZero();
        assertThat(demo.taken("daan", zaak, "Task_ReactieBeoordelen")).isZero();
    }

    @Test
    void eenKommaInDeDienstenMaaktDeWijkregisseurGeenDienstdirecteur() {
        String zaak = demo.start("anna", "escalatie", escalatie("oost")).getBody().get("id").asText();
        runtimeService.setVariable(zaak, "diensten", new java.util.ArrayList<>(List.of("so,wijkregisseur")));
        String wijk = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_OplossenInWijk").singleResult().getId();

        ResponseEntity<JsonNode> besluit = demo.voltooi("anna", wijk, Map.of("besluit", waarde("escaleren"),
                "toelichting", waarde("Lukt niet in de wijk")));

        assertThat(besluit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(demo.taken("anna", zaak, "Task_BesluitDienstdirecteur")).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskCandidateGroup("wijkregisseur").count()).isZero();
    }

    @Test
    void deAuteurKanZijnEigenReactieNietBeoordelenOokAlsDeAuteurVariabeleIsVeranderd() {
        String zaak = adviesBijDeVakafdeling();
        assertThat(reactie("daan", zaak).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task beoordelen = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_ReactieBeoordelen").singleResult();
        // however daan got hold of the review (another hole) and whatever the variable says
        runtimeService.setVariable(zaak, "auteur", "eva");
        taskService.addCandidateUser(beoordelen.getId(), "daan");

        ResponseEntity<JsonNode> oordeel = demo.voltooi("daan", beoordelen.getId(), Map.of("akkoord", waarde("ja")));

        assertThat(oordeel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(oordeel.getBody().get("message").asText()).contains("vier ogen");
        assertThat(taskService.createTaskQuery().taskId(beoordelen.getId()).count()).as("the review stays open").isOne();
    }

    @Test
    void eenDienstdirecteurKanHetBesluitVanDeAndereDienstNietOverschrijven() {
        String zaak = escalatieBijDeDienstdirecteuren();
        assertThat(demo.voltooi("gert", dienstTaak(zaak, "sw"), opgelost()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);
        // femke overwrites what the process used to keep per dienst, then decides for her own dienst
        runtimeService.setVariable(zaak, "besluit_sw", "escaleren");
        runtimeService.setVariable(zaak, "toelichting_sw", "Stadswerken weigert");

        assertThat(demo.voltooi("femke", dienstTaak(zaak, "so"), opgelost()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);

        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BesluitWijkgarage").count())
                .as("Stadswerken solved it; femke's write does not escalate").isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(zaak).activityInstanceIdIn(zaak)
                .variableName("eindniveau").singleResult().getValue()).isEqualTo("dienstdirecteur");
    }

    @Test
    void eenDienstdirecteurBesluitNietVoorDeDienstVanEenAnder() {
        String zaak = escalatieBijDeDienstdirecteuren();
        String femkesTaak = dienstTaak(zaak, "so");
        // femke's task made out to be Stadswerken's
        taskService.setVariable(femkesTaak, "dienst", "sw");

        ResponseEntity<JsonNode> besluit = demo.voltooi("femke", femkesTaak, Map.of("besluit", waarde("escaleren"),
                "toelichting", waarde("Namens Stadswerken")));

        assertThat(besluit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(besluit.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("Dienst");
        assertThat(besluit.getBody().get("message").asText()).contains("geen dienstdirecteur van Stadswerken");
        assertThat(taskService.createTaskQuery().taskId(femkesTaak).count()).isOne();
    }

    @Test
    void eenZelfGezetNiveauLaatDeWijkregisseurNietNaarHetBestuurSpringen() {
        String zaak = demo.start("anna", "escalatie", escalatie("oost")).getBody().get("id").asText();
        runtimeService.setVariable(zaak, "niveau", "algemeen-directeur");
        String wijk = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_OplossenInWijk").singleResult().getId();

        assertThat(demo.voltooi("anna", wijk, Map.of("besluit", waarde("escaleren"), "toelichting", waarde("Lukt niet")))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);

        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("dienstdirecteur");
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BestuurlijkeUitkomstVastleggen").count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BesluitDienstdirecteur").count()).isEqualTo(2);
    }

    // ---- helpers

    private String adviesBijDeVakafdeling() {
        String zaak = demo.start("bram", "wijkplatform-advies", advies("oost")).getBody().get("id").asText();
        Jobs.voerUit(managementService);
        String registreren = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_AdviesRegistreren").singleResult().getId();
        assertThat(demo.voltooi("bram", registreren, Map.of("dienst", waarde("so"),
                "afsprakenVervolg", waarde("Bespreken op de wijkavond"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);
        return zaak;
    }

    private ResponseEntity<JsonNode> reactie(String auteur, String zaak) {
        String taak = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_ReactieSchrijven").singleResult().getId();
        // as Tasklist does: submit-form
        return rest.withBasicAuth(auteur, "demo").exchange("/engine-rest/task/" + taak + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", Map.of("punten", Map.of("value",
                        "[{\"standpunt\":\"overgenomen\",\"motivering\":\"" + MOTIVERING + "\"}]", "type", "Json"),
                        "vervolg", waarde("Uitvoering in het voorjaar")))), JsonNode.class);
    }

    private String escalatieBijDeDienstdirecteuren() {
        Map<String, Object> start = escalatie("oost");
        start.put("startNiveau", waarde("dienstdirecteur"));
        start.put("redenOverslaan", waarde("Wijkoverleg liep al vast"));
        String zaak = demo.start("anna", "escalatie", start).getBody().get("id").asText();
        Jobs.voerUit(managementService);
        return zaak;
    }

    private String dienstTaak(String zaak, String dienst) {
        return taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BesluitDienstdirecteur")
                .taskCandidateGroup("dienstdirecteur-" + dienst).singleResult().getId();
    }

    private static Map<String, Object> opgelost() {
        return Map.of("besluit", waarde("opgelost"), "toelichting", waarde("Wij pakken ons deel op"),
                "afspraken", waarde("Planning voor 1 februari"));
    }
}
