package nl.utrecht.wijkgerichtwerken.misbruik;

import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.advies;
import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.escalatie;
import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/**
 * Abuse catalogue, starting a case, through {@code /engine-rest} and Tasklist's own API (session and CSRF
 * token) as the demo users: what a starter sends besides the start fields is dropped (also from what the
 * managers' figures read), the initiator is the authenticated user, and nobody starts for a wijk he does
 * not belong to (a Dutch 403 naming the field).
 */
@IntegratieTest
class StartMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    private DemoRest demo;

    @BeforeEach
    void demo() {
        demo = new DemoRest(rest);
    }

    @Test
    void eenAndereWijkregisseurMeegevenBijDeStartWordtGenegeerd() {
        Map<String, Object> start = escalatie("oost");
        start.put("wijkregisseur", waarde("karim"));
        start.put("niveau", waarde("bestuurlijk"));

        String zaak = demo.start("anna", "escalatie", start).getBody().get("id").asText();

        assertThat(runtimeService.getVariable(zaak, "wijkregisseur")).isEqualTo("anna");
        assertThat(demo.taken("karim", zaak)).as("karim gets nothing of anna's escalation").isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_OplossenInWijk")
                .singleResult().getAssignee()).isEqualTo("anna");
        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("wijk");
    }

    @Test
    void eenVervalstGeregistreerdDoorEnOnbekendeVariabelenWordenNietBewaard() {
        long verstuurd = demo.kengetallen().get("adviesreactiesOpTijd").get("totaal").asLong();
        Map<String, Object> start = advies("oost");
        start.put("geregistreerdDoor", waarde("carla"));
        start.put("auteur", waarde("eva"));
        // a reactie "sent on time" before anything was written: would count in the managers' figures
        start.put("verstuurdOp", Map.of("value", new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date()), "type", "Date"));
        start.put("opTijd", waarde(true));

        String zaak = demo.start("bram", "wijkplatform-advies", start).getBody().get("id").asText();

        assertThat(runtimeService.getVariable(zaak, "geregistreerdDoor")).isEqualTo("bram");
        assertThat(runtimeService.getVariables(zaak)).doesNotContainKeys("auteur", "verstuurdOp", "opTijd");
        assertThat(demo.kengetallen().get("adviesreactiesOpTijd").get("totaal").asLong()).isEqualTo(verstuurd);
    }

    @Test
    void eenEscalatieInEenAndereWijkWordtGeweigerd() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count();

        ResponseEntity<JsonNode> antwoord = demo.start("anna", "escalatie", escalatie("overvecht"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(antwoord.getBody().get("message").asText()).startsWith("De escalatie is niet gestart.")
                .contains("wijk Overvecht");
        assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("Wijk");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count()).isEqualTo(voor);
    }

    @Test
    void eenAdviesVoorEenAndereWijkWordtGeweigerd() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("wijkplatform-advies").count();

        ResponseEntity<JsonNode> antwoord = demo.start("bram", "wijkplatform-advies", advies("west"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(antwoord.getBody().get("message").asText()).startsWith("Het advies is niet geregistreerd.")
                .contains("wijkbureau West");
        assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("Wijk");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("wijkplatform-advies").count()).isEqualTo(voor);
    }

    @Test
    void ookInTasklistStartEenWijkregisseurNietInEenAndereWijkEnGeeftZeDeZaakNietWeg() {
        Map<String, Object> start = escalatie("oost");
        start.put("wijkregisseur", waarde("karim"));
        String tasklist = "/camunda/api/engine/engine/default/process-definition/key/escalatie/submit-form";
        HttpHeaders sessie = demo.sessie("anna");

        ResponseEntity<JsonNode> eigen = rest.postForEntity(tasklist, new HttpEntity<>(Map.of("variables", start), sessie), JsonNode.class);
        ResponseEntity<JsonNode> ander = rest.postForEntity(tasklist, new HttpEntity<>(Map.of("variables", escalatie("overvecht")), sessie),
                JsonNode.class);

        assertThat(eigen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtimeService.getVariable(eigen.getBody().get("id").asText(), "wijkregisseur")).isEqualTo("anna");
        assertThat(ander.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ander.getBody().get("message").asText()).contains("u hoort niet bij wijk Overvecht");
    }
}
