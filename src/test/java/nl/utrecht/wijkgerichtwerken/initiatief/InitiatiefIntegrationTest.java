package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.Rest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

/** The initiative in the whole app over the REST API: receipt with timeline and a clear "nee" on GreenMail. */
@IntegratieTest
@Datumgevoelig
class InitiatiefIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    @Test
    void deInitiatiefnemerKrijgtDeTijdlijnEnEenDuidelijkNeeMetUitleg() throws Exception {
        ResponseEntity<JsonNode> start = rest.withBasicAuth("bram", "demo").postForEntity(
                "/engine-rest/process-definition/key/initiatief/start", Map.of("variables", Map.of(
                        "titel", waarde("Tafeltennistafel <Oosterpark>"),
                        "beschrijving", waarde("Een betonnen tafeltennistafel bij de speeltuin."),
                        "wijk", waarde("oost"),
                        "initiatiefnemer", waarde("Sem de Wit"),
                        "contactEmail", waarde("sem@example.org"),
                        "kanaal", waarde("wijkbureau"),
                        "hulpGevraagd", Map.of("value", "[\"vergunning\"]", "type", "Json"))), JsonNode.class);
        assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.OK);
        String zaak = start.getBody().get("businessKey").asText();
        Jobs.voerUit(managementService);

        MimeMessage ontvangst = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> Mails.onderwerp(m).equals("Uw initiatief is ontvangen: Tafeltennistafel <Oosterpark>")).findFirst().orElseThrow();
        assertThat(ontvangst.getAllRecipients()[0].toString()).isEqualTo("sem@example.org");
        assertThat(Mails.tekst(ontvangst)).contains("neemt uw vaste contactpersoon van het wijkbureau persoonlijk contact met u op")
                .contains("hoort u ons besluit");
        assertThat(Mails.html(ontvangst)).contains("Tafeltennistafel &lt;Oosterpark&gt;");

        voltooi("bram", zaak, "Task_ContactLeggen", Map.of("contactVerslag", waarde("Aan de balie gesproken")));
        voltooi("anna", zaak, "Task_InitiatiefWegen", Map.of("dientWijkambitie", waarde("ja"), "naarWijkmanagementoverleg", waarde("nee"),
                "besluitGemeenteNodig", waarde("ja"), "verderOnderzoeken", waarde("ja"), "eerstVerhelderen", waarde("ja"),
                "samenwerkingsvormKeuze", waarde("kompas"), "dienst", waarde("so")));
        voltooi("daan", zaak, "Task_InitiatiefAccepteren", Map.of("geaccepteerd", waarde("ja")));
        ResponseEntity<JsonNode> teKort = rest.withBasicAuth("daan", "demo").postForEntity(
                "/engine-rest/task/" + taak(zaak, "Task_BesluitNemen") + "/complete",
                Map.of("variables", Map.of("besluit", waarde("nee"), "motivering", waarde("Nee."))), JsonNode.class);
        assertThat(teKort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(teKort.getBody().get("message").asText()).contains("Motivering: leg het besluit uit in minstens 30 tekens");
        voltooi("daan", zaak, "Task_BesluitNemen", Map.of("besluit", waarde("nee"),
                "motivering", waarde("Op deze plek komt volgend jaar de nieuwe fietsenstalling.")));

        MimeMessage besluit = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> Mails.onderwerp(m).startsWith("Ons besluit over uw initiatief")).findFirst().orElseThrow();
        assertThat(Mails.tekst(besluit)).contains("niet. Daar willen we duidelijk over zijn.")
                .contains("Op deze plek komt volgend jaar de nieuwe fietsenstalling.")
                .contains("Uw contactpersoon Bram Jansen (wijkbureau Oost) helpt u graag.")
                .as("no money asked: nothing to object to").doesNotContain("Bezwaar maken");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak).processDefinitionKeyNotIn("melding").count()).isZero();
    }

    @Test
    void eenNeeOpEenGeldvraagNoemtDeBezwaarrouteEnDeContactpersoonEnBelooftNietsMeer() throws Exception {
        ResponseEntity<JsonNode> start = rest.withBasicAuth("bram", "demo").postForEntity(
                "/engine-rest/process-definition/key/initiatief/start", Map.of("variables", Map.of(
                        "titel", waarde("Buurtbarbecue"),
                        "beschrijving", waarde("Een barbecue voor de hele straat."),
                        "wijk", waarde("oost"),
                        "initiatiefnemer", waarde("Noor Bakker"),
                        "contactEmail", waarde("noor@example.org"),
                        "kanaal", waarde("wijkbureau"),
                        "hulpGevraagd", Map.of("value", "[\"geld\"]", "type", "Json"),
                        "gevraagdBedrag", waarde(800))), JsonNode.class);
        assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.OK);
        String zaak = start.getBody().get("businessKey").asText();
        Jobs.voerUit(managementService);
        String statuslink = List.of(smtp.getReceivedMessages()).stream().filter(m -> aan(m, "noor@example.org"))
                .map(Mails::tekst).map(t -> java.util.regex.Pattern.compile("/status/" + zaak + "\\?token=[A-Za-z0-9_-]+").matcher(t))
                .filter(java.util.regex.Matcher::find).map(java.util.regex.Matcher::group).findFirst().orElseThrow();

        voltooi("bram", zaak, "Task_ContactLeggen", Map.of("contactVerslag", waarde("Aan de balie gesproken")));
        voltooi("anna", zaak, "Task_InitiatiefWegen", Map.of("dientWijkambitie", waarde("ja"), "naarWijkmanagementoverleg", waarde("nee"),
                "besluitGemeenteNodig", waarde("ja"), "verderOnderzoeken", waarde("ja"), "eerstVerhelderen", waarde("ja"),
                "samenwerkingsvormKeuze", waarde("kompas"), "dienst", waarde("so")));
        voltooi("daan", zaak, "Task_InitiatiefAccepteren", Map.of("geaccepteerd", waarde("ja")));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_FondsBeoordelen")
                .taskCandidateUser("karim").count()).as("a wijkregisseur of another wijk").isZero();
        voltooi("anna", zaak, "Task_FondsBeoordelen", Map.of("toegekendBedrag", waarde(0), "fondsToelichting", waarde("Geen budget meer dit jaar")));
        voltooi("daan", zaak, "Task_BesluitNemen", Map.of("besluit", waarde("nee"),
                "motivering", waarde("Op deze plek komt volgend jaar de nieuwe fietsenstalling.")));

        MimeMessage besluit = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> aan(m, "noor@example.org") && Mails.onderwerp(m).startsWith("Ons besluit over uw initiatief")).findFirst().orElseThrow();
        assertThat(Mails.tekst(besluit)).contains("Bezwaar maken", "binnen zes weken", "Postbus 16200", "het zaaknummer " + zaak);
        assertThat(Mails.html(besluit)).contains("Bezwaar maken", "binnen zes weken");
        assertThat(Mails.tekst(besluit)).as("the samenwerkingsvorm the wijkregisseur chose with the Kompas, in words")
                .contains("Hoe we samenwerken: Peilen. De gemeente is verantwoordelijk en vraagt breed");
        JsonNode status = rest.getForObject(statuslink.replace("/status/", "/api/status/"), JsonNode.class);
        assertThat(status.path("uitkomst").path("bezwaarMogelijk").asBoolean()).isTrue();
        assertThat(status.path("uitkomst").path("contactpersoon").asText()).isEqualTo("Bram Jansen (wijkbureau Oost)");
        assertThat(status.path("uitkomst").path("samenwerkingsvorm").asText()).isEqualTo("Peilen");
        String pagina = rest.getForObject(statuslink, String.class);
        assertThat(pagina).contains("Hoe we samenwerken", "Peilen", "Bezwaar maken", "Uw contactpersoon", "Bram Jansen (wijkbureau Oost)")
                .as("no promise left after the decision").doesNotContain("U krijgt antwoord uiterlijk op");
    }

    private static boolean aan(MimeMessage mail, String adres) {
        try {
            return mail.getAllRecipients()[0].toString().equals(adres);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eenInitiatiefZonderContactgegevensGeeft400() {
        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("bram", "demo").postForEntity(
                "/engine-rest/process-definition/key/initiatief/start", Map.of("variables", Map.of(
                        "titel", waarde("Bankje"), "beschrijving", waarde("Een bankje"), "wijk", waarde("oost"),
                        "initiatiefnemer", waarde("Iemand"), "kanaal", waarde("telefoon"))), JsonNode.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("fouten").findValuesAsText("veld")).containsExactly("Contact");
    }

    private String taak(String zaak, String activiteit) {
        return taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).singleResult().getId();
    }

    private void voltooi(String gebruiker, String zaak, String activiteit, Map<String, Object> variabelen) {
        ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo")
                .postForEntity("/engine-rest/task/" + taak(zaak, activiteit) + "/complete", Map.of("variables", variabelen), String.class);
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);
    }
}
