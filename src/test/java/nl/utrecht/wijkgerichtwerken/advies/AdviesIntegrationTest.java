package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.Rest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.Datumgevoelig;
import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Mails;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/** The advice in the whole app: wijkbureau, vakafdeling and reviewer over the REST API, mails on GreenMail. */
@IntegratieTest
@Datumgevoelig
class AdviesIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String MOTIVERING = "Wij nemen dit over: de oversteek ligt op een schoolroute.";

    @Autowired TestRestTemplate rest;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired Werkdagen werkdagen;

    @Test
    void hetWijkplatformKrijgtEenOntvangstbevestigingEnDeReactieMetElkAdviespunt() throws Exception {
        ResponseEntity<JsonNode> start = rest.withBasicAuth("bram", "demo").postForEntity(
                "/engine-rest/process-definition/key/wijkplatform-advies/start", Map.of("variables", Map.of(
                        "wijkplatform", Map.of("value", "Wijkplatform Oost"),
                        "wijk", Map.of("value", "oost"),
                        "onderwerp", Map.of("value", "Oversteek Oosterspoorplein"),
                        "soort", Map.of("value", "ongevraagd"),
                        "adviespunten", Map.of("value", "[\"Een <b>veilige</b> oversteek\", \"Meer groen\"]", "type", "Json"),
                        "betrokkenen", Map.of("value", "Werkgroep verkeer"),
                        "draagvlak", Map.of("value", "Handtekeningen van 120 bewoners"),
                        "contactEmail", Map.of("value", "platform-oost@example.org"))), JsonNode.class);
        assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.OK);
        String zaak = start.getBody().get("businessKey").asText();
        Jobs.voerUit(managementService);

        MimeMessage ontvangst = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> Mails.onderwerp(m).equals("Uw advies is ontvangen: " + zaak)).findFirst().orElseThrow();
        assertThat(Mails.tekst(ontvangst)).contains("Aantal adviespunten: 2").contains("U krijgt onze reactie uiterlijk op: ")
                .contains("Volg uw zaak: http://localhost:8080/status/" + zaak + "?token=");

        voltooi("bram", taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", waarde("so"), "afsprakenVervolg", waarde("Bespreken op de wijkavond")));
        String punten = "[{\"standpunt\":\"overgenomen\",\"motivering\":\"" + MOTIVERING + "\"},"
                + "{\"standpunt\":\"nader-onderzoek\",\"motivering\":\"Wij zoeken uit waar groen past zonder parkeerplaatsen te verliezen.\"}]";
        voltooi("daan", taak(zaak, "Task_ReactieSchrijven"), Map.of("punten", Map.of("value", punten, "type", "Json"),
                "vervolg", waarde("De oversteek wordt in april aangelegd.")));
        voltooi("carla", taak(zaak, "Task_ReactieBeoordelen"), Map.of("akkoord", waarde("ja")));
        Jobs.voerUit(managementService);

        MimeMessage reactie = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> Mails.onderwerp(m).equals("Reactie op uw advies: Oversteek Oosterspoorplein")).findFirst().orElseThrow();
        assertThat(reactie.getAllRecipients()[0].toString()).isEqualTo("platform-oost@example.org");
        assertThat(Mails.html(reactie)).contains("Een &lt;b&gt;veilige&lt;/b&gt; oversteek").contains("Overgenomen")
                .contains(MOTIVERING).contains("Meer groen").contains("Nader onderzoek").contains("De oversteek wordt in april aangelegd.");
        assertThat(Mails.tekst(reactie)).contains("Adviespunt 1: Een <b>veilige</b> oversteek").contains("Standpunt: Overgenomen")
                .contains("Adviespunt 2: Meer groen").contains("Standpunt: Nader onderzoek").contains("Motivering: " + MOTIVERING);
    }

    @Test
    void tweeDienstenEenVerlengingEnEenReactieAanHetPlatform() throws Exception {
        String zaak = start("Bankjes en groen", "[\"Meer bankjes\", \"Meer groen\"]");
        voltooi("bram", taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", waarde("so"), "dienstPunt2", waarde("sw"),
                "afsprakenVervolg", waarde("Bespreken op de wijkavond")));
        ResponseEntity<JsonNode> dossier = rest.withBasicAuth("eva", "demo").getForEntity("/api/zaken/" + zaak, JsonNode.class);
        assertThat(dossier.getStatusCode()).as("Stadswerken reads the case it answers on").isEqualTo(HttpStatus.OK);
        assertThat(dossier.getBody().get("dienstNamen").toString()).contains("StadsOntwikkeling", "Stadswerken");

        LocalDate huidig = ((java.util.Date) runtimeService.getVariable(instantie(zaak), "reactieDatum")).toInstant()
                .atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
        LocalDate nieuw = werkdagen.plusWerkdagen(huidig, 10);
        ResponseEntity<JsonNode> verlengd = rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak + "/verlengen",
                Map.of("reden", "Twee diensten moeten afstemmen", "nieuweTermijn", nieuw.toString()), JsonNode.class);
        assertThat(verlengd.getStatusCode()).as(String.valueOf(verlengd.getBody())).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_ReactieSchrijven")
                .list()).allSatisfy(t -> assertThat(t.getDueDate()).isAfter(java.sql.Timestamp.valueOf(huidig.atStartOfDay())));

        voltooi("eva", taak(zaak, "Task_ReactieSchrijven", "sw"), Map.of("punten", Map.of("value",
                "[{\"nummer\":2,\"standpunt\":\"overgenomen\",\"motivering\":\"" + MOTIVERING + "\"}]", "type", "Json"),
                "vervolg", waarde("Stadswerken plant in mei.")));
        voltooi("daan", taak(zaak, "Task_ReactieSchrijven", "so"), Map.of("punten", Map.of("value",
                "[{\"standpunt\":\"niet-overgenomen\",\"motivering\":\"Er staan al zes bankjes binnen honderd meter van het plein.\"}]",
                "type", "Json"), "vervolg", waarde("Geen nieuwe bankjes.")));
        voltooi("carla", taak(zaak, "Task_ReactieBeoordelen"), Map.of("akkoord", waarde("ja")));

        List<MimeMessage> aanPlatform = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> Mails.onderwerp(m).contains(zaak) || Mails.onderwerp(m).contains("Bankjes en groen")).toList();
        assertThat(aanPlatform).extracting(Mails::onderwerp).containsExactlyInAnyOrder("Uw advies is ontvangen: " + zaak,
                "De reactie op uw advies komt later: " + zaak, "Reactie op uw advies: Bankjes en groen");
        MimeMessage verlenging = aanPlatform.stream().filter(m -> Mails.onderwerp(m).startsWith("De reactie op uw advies komt later")).findFirst().orElseThrow();
        assertThat(Mails.tekst(verlenging)).contains("Twee diensten moeten afstemmen").contains(String.valueOf(nieuw.getYear()));
        MimeMessage reactie = aanPlatform.stream().filter(m -> Mails.onderwerp(m).startsWith("Reactie op uw advies")).findFirst().orElseThrow();
        assertThat(Mails.tekst(reactie)).contains("Adviespunt 1: Meer bankjes").contains("Standpunt: Niet overgenomen")
                .contains("Adviespunt 2: Meer groen").contains("Standpunt: Overgenomen").contains(MOTIVERING)
                .contains("Stadswerken plant in mei.").contains("Geen nieuwe bankjes.");
    }

    private String start(String onderwerp, String punten) {
        ResponseEntity<JsonNode> start = rest.withBasicAuth("bram", "demo").postForEntity(
                "/engine-rest/process-definition/key/wijkplatform-advies/start", Map.of("variables", Map.of(
                        "wijkplatform", Map.of("value", "Wijkplatform Oost"), "wijk", Map.of("value", "oost"),
                        "onderwerp", Map.of("value", onderwerp), "soort", Map.of("value", "gevraagd"),
                        "adviespunten", Map.of("value", punten, "type", "Json"),
                        "betrokkenen", Map.of("value", "Werkgroep"), "draagvlak", Map.of("value", "Wijkavond"),
                        "contactEmail", Map.of("value", "platform-oost@example.org"))), JsonNode.class);
        assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);
        return start.getBody().get("businessKey").asText();
    }

    private String instantie(String zaak) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("wijkplatform-advies").singleResult().getId();
    }

    private Task taak(String zaak, String activiteit, String dienst) {
        return taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).list().stream()
                .filter(t -> dienst.equals(taskService.getVariable(t.getId(), "dienst"))).findFirst().orElseThrow();
    }

    @Test
    void onvolledigAdviesViaDeRestApiGeeft400MetDeVelden() {
        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("bram", "demo").postForEntity(
                "/engine-rest/process-definition/key/wijkplatform-advies/start", Map.of("variables", Map.of(
                        "wijk", Map.of("value", "oost"), "contactEmail", Map.of("value", "@@"))), JsonNode.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("message").asText()).startsWith("Het advies is niet geregistreerd.");
        assertThat(antwoord.getBody().get("fouten").findValuesAsText("veld"))
                .contains("Wijkplatform", "Onderwerp", "Soort advies", "Adviespunten", "Betrokkenen", "Draagvlak", "E-mailadres");
    }

    private Task taak(String zaak, String activiteit) {
        return taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).singleResult();
    }

    private void voltooi(String gebruiker, Task taak, Map<String, Object> variabelen) {
        ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo")
                .postForEntity("/engine-rest/task/" + taak.getId() + "/complete", Map.of("variables", variabelen), String.class);
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);
    }
}
