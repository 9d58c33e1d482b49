package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.Rest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Testklok;
import nl.utrecht.wijkgerichtwerken.Mails;

/**
 * The afspraken over het vervolg and the follow-through in the whole app (issue 21 items 2 and 3): the afspraken mailed
 * at registration and on a change from the case file, one vervolgpunt per dienst's point, its terugkoppeling or the
 * wijkbureau's closing mailed to the platform exactly once, and all of it on the status page.
 */
@IntegratieTest
class AdviesVervolgIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String MOTIVERING = "Wij nemen dit over: de oversteek ligt op een schoolroute.";

    @Autowired TestRestTemplate rest;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;

    @Test
    void afsprakenEnTerugkoppelingPerVervolgpuntGaanEenKeerNaarHetPlatformEnStaanOpDeStatuspagina() throws Exception {
        String zaak = start();
        voltooi("bram", taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", waarde("so"), "dienstPunt2", waarde("sw"),
                "afsprakenVervolg", waarde("Wij bespreken de reactie op de wijkavond van maart.")));
        String statusUrl = (String) runtimeService.getVariable(instantie(zaak), "statusUrl");
        String status = statusUrl.substring(statusUrl.indexOf("/status/")).replace("/status/", "/api/status/");
        assertThat(tekst(mail("Afspraken over het vervolg van uw advies: " + zaak)))
                .contains("Wij bespreken de reactie op de wijkavond van maart.");

        ResponseEntity<JsonNode> gewijzigd = rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak + "/afspraken",
                Map.of("afsprakenVervolg", "Wij bespreken de reactie in de wijkraad van april.", "reden", "De wijkavond vervalt"),
                JsonNode.class);
        assertThat(gewijzigd.getStatusCode()).as(String.valueOf(gewijzigd.getBody())).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);
        assertThat(tekst(mail("De afspraken over het vervolg van uw advies zijn gewijzigd: " + zaak)))
                .contains("Wij bespreken de reactie in de wijkraad van april.").contains("De wijkavond vervalt");
        assertThat(rest.getForObject(status, JsonNode.class).get("afsprakenVervolg").asText())
                .isEqualTo("Wij bespreken de reactie in de wijkraad van april.");
        assertThat(rest.withBasicAuth("bram", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class).get("notities").toString())
                .as("the change is in the case file").contains("Afspraken over het vervolg gewijzigd").contains("De wijkavond vervalt");

        voltooi("daan", taak(zaak, "Task_ReactieSchrijven", "vakafdeling-so"), Map.of("punten", Map.of("value",
                "[{\"nummer\":1,\"standpunt\":\"overgenomen\",\"motivering\":\"" + MOTIVERING + "\"}]", "type", "Json"),
                "vervolg", waarde("De oversteek komt er.")));
        voltooi("eva", taak(zaak, "Task_ReactieSchrijven", "vakafdeling-sw"), Map.of("punten", Map.of("value",
                "[{\"nummer\":2,\"standpunt\":\"nader-onderzoek\",\"motivering\":\"Wij zoeken uit waar groen past op het plein.\"}]",
                "type", "Json"), "vervolg", waarde("Stadswerken onderzoekt het groen.")));
        voltooi("carla", taak(zaak, "Task_ReactieBeoordelen"), Map.of("akkoord", waarde("ja")));

        JsonNode punten = rest.getForObject(status, JsonNode.class).get("vervolgpunten");
        assertThat(punten.findValuesAsText("punt")).containsExactly("Een veilige oversteek", "Meer groen");
        assertThat(punten.findValuesAsText("dienst")).containsExactly("StadsOntwikkeling", "Stadswerken");
        assertThat(punten.findValuesAsText("standpunt")).containsExactly("Overgenomen", "Nader onderzoek");
        assertThat(punten.findValuesAsText("status")).containsExactly("open", "open");

        // an item past its date is on the managers' dashboard as its dienst's late step (120 days on: ~85 werkdagen)
        ClockUtil.setCurrentTime(Date.from(Testklok.nu().plus(Duration.ofDays(120))));
        try {
            JsonNode teLaat = rest.withBasicAuth("jet", "demo").getForObject(
                    "/api/dashboard/open-zaken/zaken?proces=wijkplatform-advies&wijk=oost&dienst=sw&termijnstatus=te-laat", JsonNode.class);
            assertThat(teLaat.findParents("zaaknummer").stream().filter(z -> zaak.equals(z.get("zaaknummer").asText()))
                    .map(z -> z.get("taak").asText()).toList()).as(String.valueOf(teLaat))
                    .singleElement().asString().startsWith("Vervolg adviespunt rapporteren");
        } finally {
            Testklok.herstel();
        }

        voltooi("eva", taak(zaak, "Task_VervolgRapporteren", "vakafdeling-sw"), Map.of("uitvoering", waarde("deels"),
                "terugkoppeling", waarde("Er komen vier bomen; voor een grasveld is geen plek.")));
        ResponseEntity<JsonNode> gesloten = rest.withBasicAuth("bram", "demo").postForEntity(
                "/api/zaken/" + zaak + "/vervolgpunten/1/sluiten", Map.of("reden", "De oversteek valt onder het nieuwe verkeersplan."),
                JsonNode.class);
        assertThat(gesloten.getStatusCode()).as(String.valueOf(gesloten.getBody())).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);

        assertThat(tekst(mail("Terugkoppeling op uw advies: " + zaak))).contains("Adviespunt 2: Meer groen")
                .contains("Wat er gedaan is: Deels gedaan").contains("Er komen vier bomen; voor een grasveld is geen plek.");
        assertThat(tekst(mail("Een punt uit uw advies is afgesloten: " + zaak))).contains("Adviespunt 1: Een veilige oversteek")
                .contains("De oversteek valt onder het nieuwe verkeersplan.");
        JsonNode einde = rest.getForObject(status, JsonNode.class);
        assertThat(einde.get("afgerond").asBoolean()).isTrue();
        assertThat(einde.get("vervolgpunten").findValuesAsText("status")).containsExactly("gesloten", "gerapporteerd");
        assertThat(einde.get("vervolgpunten").findValuesAsText("terugkoppeling")).containsExactly(
                "De oversteek valt onder het nieuwe verkeersplan.", "Er komen vier bomen; voor een grasveld is geen plek.");
        String pagina = rest.getForObject(statusUrl.substring(statusUrl.indexOf("/status/")), String.class);
        assertThat(pagina).contains("Wij bespreken de reactie in de wijkraad van april.").contains("Er komen vier bomen");
    }

    /** The one mail with this subject (a second one fails). */
    private MimeMessage mail(String onderwerp) throws Exception {
        List<MimeMessage> mails = List.of(smtp.getReceivedMessages()).stream().filter(m -> Mails.onderwerp(m).equals(onderwerp)).toList();
        assertThat(mails).as(onderwerp).hasSize(1);
        assertThat(mails.get(0).getAllRecipients()[0].toString()).isEqualTo("platform-oost@example.org");
        return mails.get(0);
    }

    private static String tekst(MimeMessage mail) {
        try {
            return Mails.tekst(mail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String start() {
        ResponseEntity<JsonNode> start = rest.withBasicAuth("bram", "demo").postForEntity(
                "/engine-rest/process-definition/key/wijkplatform-advies/start", Map.of("variables", Map.of(
                        "wijkplatform", Map.of("value", "Wijkplatform Oost"), "wijk", Map.of("value", "oost"),
                        "onderwerp", Map.of("value", "Oversteek en groen"), "soort", Map.of("value", "gevraagd"),
                        "adviespunten", Map.of("value", "[\"Een veilige oversteek\", \"Meer groen\"]", "type", "Json"),
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

    private Task taak(String zaak, String activiteit) {
        return taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).singleResult();
    }

    private Task taak(String zaak, String activiteit, String groep) {
        return taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit)
                .taskCandidateGroup(groep).singleResult();
    }

    private void voltooi(String gebruiker, Task taak, Map<String, Object> variabelen) {
        ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo")
                .postForEntity("/engine-rest/task/" + taak.getId() + "/complete", Map.of("variables", variabelen), String.class);
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);
    }
}
