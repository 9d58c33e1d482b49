package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Mails;

/**
 * Bad input on the engine REST API (the Tasklist start and task forms send the same): wrong types,
 * unknown choices, control characters, very long texts, each refused with a Dutch 400 that leaves no
 * half-made case; a double submission to the public API makes one case; HTML stays text in the mails.
 * The public API's own corpus is in {@code IntakeApiIntegrationTest}.
 */
@IntegratieTest
class FouteInvoerIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    static Map<String, Object> escalatie() {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("titel", Map.of("value", "Bad input"));
        variabelen.put("wijk", Map.of("value", "oost"));
        variabelen.put("diensten", Map.of("value", "[\"so\",\"sw\"]", "type", "Json"));
        variabelen.put("knelpunt", Map.of("value", "Foute invoer"));
        variabelen.put("urgentie", Map.of("value", "normaal"));
        return variabelen;
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void eenGeweigerdeInvoerIsEenRegelInHetLogGeenFoutMetStacktrace(CapturedOutput log) {
        Map<String, Object> variabelen = escalatie();
        variabelen.put("urgentie", Map.of("value", "superacuut"));
        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity(
                "/engine-rest/process-definition/key/escalatie/start", new HttpEntity<>(Map.of("variables", variabelen), json()),
                JsonNode.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> regels = log.getOut().lines().filter(r -> r.contains("superacuut")).toList();
        assertThat(regels).as("the refusal in the log").hasSize(1);
        assertThat(regels.get(0)).contains("INFO").contains("Invoer geweigerd");
        assertThat(log.getOut()).doesNotContain("ENGINE-16004").doesNotContain("ENGINE-REST-HTTP500")
                .doesNotContain("\tat org.camunda");
    }

    @Test
    void eenStartMetFouteInvoerGeeftEenNederlands400EnStartNiets() {
        Map<String, Map<String, Object>> corpus = new java.util.LinkedHashMap<>();
        corpus.put("Urgentie: 'superacuut' is geen geldige keuze", Map.of("urgentie", Map.of("value", "superacuut")));
        corpus.put("Betrokken diensten", Map.of("diensten", Map.of("value", 12, "type", "Integer")));
        corpus.put("'nasa'", Map.of("diensten", Map.of("value", "[\"so\",\"nasa\"]", "type", "Json")));
        corpus.put("Wijk: 'gotham'", Map.of("wijk", Map.of("value", "gotham")));
        corpus.put("Titel: bevat niet-toegestane tekens", Map.of("titel", Map.of("value", "Bel\u0007letje")));
        corpus.put("Knelpunt: maximaal", Map.of("knelpunt", Map.of("value", "x".repeat(100_000))));
        corpus.put("Titel: dit veld is verplicht", Map.of("titel", Map.of("value", "   ")));
        corpus.put("Urgentie", Map.of("urgentie", Map.of("value", true, "type", "Boolean")));
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count();

        corpus.forEach((melding, fout) -> {
            Map<String, Object> variabelen = escalatie();
            variabelen.putAll(fout);
            ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity(
                    "/engine-rest/process-definition/key/escalatie/start", Map.of("variables", variabelen), JsonNode.class);
            assertThat(antwoord.getStatusCode()).as(melding + ": " + antwoord.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(antwoord.getBody().get("message").asText()).startsWith("De escalatie is niet gestart.").contains(melding);
        });
        ResponseEntity<String> kapot = rest.withBasicAuth("anna", "demo").postForEntity("/engine-rest/process-definition/key/escalatie/start",
                new HttpEntity<>("{\"variables\": {\"titel\": ", json()), String.class);
        assertThat(kapot.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count()).isEqualTo(voor);
    }

    @Test
    void eenBesluitMetFouteInvoerGeeftEenNederlands400EnDeTaakBlijftOpen() {
        ResponseEntity<JsonNode> start = rest.withBasicAuth("anna", "demo").postForEntity(
                "/engine-rest/process-definition/key/escalatie/start", Map.of("variables", escalatie()), JsonNode.class);
        String zaak = start.getBody().get("id").asText();
        Jobs.voerUit(managementService);
        String taak = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_OplossenInWijk").singleResult().getId();
        Map<String, Map<String, Object>> corpus = Map.of(
                "Besluit: 'misschien' is geen geldige keuze", Map.of("besluit", Map.of("value", "misschien"), "toelichting", Map.of("value", "t")),
                "Toelichting: maximaal 4000 tekens", Map.of("besluit", Map.of("value", "escaleren"), "toelichting", Map.of("value", "x".repeat(5000))),
                "Besluit", Map.of("besluit", Map.of("value", 3, "type", "Integer"), "toelichting", Map.of("value", "t")));

        corpus.forEach((melding, fout) -> {
            ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity("/engine-rest/task/" + taak + "/complete",
                    Map.of("variables", fout), JsonNode.class);
            assertThat(antwoord.getStatusCode()).as(melding + ": " + antwoord.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(antwoord.getBody().get("message").asText()).startsWith("Het besluit is niet opgeslagen.").contains(melding);
        });

        assertThat(taskService.createTaskQuery().taskId(taak).count()).isOne();
        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("wijk");
    }

    @Test
    void eenDubbeleInzendingTegelijkMaaktEenZaakEnElkeAfzenderKrijgtEenNederlandsAntwoord() throws Exception {
        String sleutel = "dubbelklik-" + System.nanoTime();
        Map<String, Object> invoer = Map.of("wijkplatform", "Wijkplatform Zuid", "wijk", "zuid", "onderwerp", "Dubbelklik",
                "vraag", "Komt dit één keer binnen?", "contactEmail", "zuid@example.org");
        ExecutorService draden = Executors.newFixedThreadPool(4);
        try {
            CyclicBarrier tegelijk = new CyclicBarrier(4);
            List<Future<ResponseEntity<JsonNode>>> antwoorden = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                antwoorden.add(draden.submit(() -> {
                    HttpHeaders headers = json();
                    headers.add("Idempotency-Key", sleutel);
                    tegelijk.await(10, TimeUnit.SECONDS);
                    return rest.postForEntity("/api/informatieverzoeken", new HttpEntity<>(invoer, headers), JsonNode.class);
                }));
            }
            Set<String> zaaknummers = new java.util.TreeSet<>();
            for (Future<ResponseEntity<JsonNode>> f : antwoorden) {
                ResponseEntity<JsonNode> antwoord = f.get(30, TimeUnit.SECONDS);
                if (antwoord.getStatusCode() == HttpStatus.CREATED) {
                    zaaknummers.add(antwoord.getBody().get("zaaknummer").asText());
                } else {
                    assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(antwoord.getBody().get("detail").asText()).contains("al ontvangen");
                }
            }
            assertThat(zaaknummers).hasSize(1);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummers.iterator().next()).processDefinitionKeyNotIn("melding").count()).isOne();
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKeyNotIn("melding").variableValueEquals("onderwerp", "Dubbelklik").count()).isOne();
        } finally {
            draden.shutdownNow();
        }
    }

    @Test
    void htmlUitDeApiStaatAlsTekstInDeMail() throws Exception {
        String html = "<img src=x onerror=\"alert('XSS')\"><b>vet</b>";
        JsonNode advies = rest.postForObject("/api/informatieverzoeken", Map.of("wijkplatform", "Wijkplatform " + html, "wijk", "zuid",
                "onderwerp", "Onderwerp " + html, "vraag", "Vraag " + html, "contactEmail", "zuid@example.org"), JsonNode.class);
        Jobs.voerUit(managementService);

        MimeMessage ontvangst = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).contains(advies.get("zaaknummer").asText())).findFirst().orElseThrow();
        String htmlDeel = Mails.html(ontvangst);
        assertThat(htmlDeel).contains("&lt;img src=x onerror=&quot;alert(&#39;XSS&#39;)&quot;&gt;&lt;b&gt;vet&lt;/b&gt;")
                .doesNotContain("<img src=x").doesNotContain("<b>vet");
        assertThat(Mails.tekst(ontvangst)).as("plain text shows the text as it was sent").contains("Onderwerp " + html);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
