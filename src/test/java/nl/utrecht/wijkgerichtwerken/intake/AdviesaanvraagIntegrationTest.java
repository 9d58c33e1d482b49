package nl.utrecht.wijkgerichtwerken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Mails;

/**
 * Issue 21 over REST on GreenMail: a dienst asks the platform of Oost for advice, the platform answers on its link, and
 * an accepted request becomes the advice case with the question; a declined one is on the request's timeline.
 */
@IntegratieTest
class AdviesaanvraagIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/adviesaanvraag/(AAV-\\d{4}-\\d{6})\\?token=([A-Za-z0-9_-]+)");

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;

    @AfterEach
    void werkAf() {
        Jobs.voerUit(managementService);
    }

    @Test
    void aanvaardeAanvraagWordtEenAdviesMetDeVraagEnBeideZakenZijnGekoppeld() {
        ResponseEntity<JsonNode> gestart = Adviesaanvraagstart.start(rest, "eva", Adviesaanvraagstart.aanvraag());
        assertThat(gestart.getStatusCode()).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);
        MimeMessage aanPlatform = precies("wijkplatform-oost@example.org", "De gemeente vraagt uw advies");
        Matcher link = LINK.matcher(Mails.tekst(aanPlatform));
        assertThat(link.find()).isTrue();
        String aanvraag = link.group(1);
        String token = link.group(2);
        assertThat(Mails.tekst(aanPlatform)).contains("Hoe wil de wijk de Kanaalstraat heringericht zien?",
                "Het advies gaat mee in het raadsvoorstel van maart.", "adviesplicht");

        JsonNode gelezen = rest.getForObject("/api/adviesaanvragen/" + aanvraag + "?token=" + token, JsonNode.class);
        assertThat(gelezen.get("stand").asText()).isEqualTo("open");
        assertThat(gelezen.get("wijkplatform").asText()).isEqualTo("Wijkplatform Oost");
        assertThat(rest.postForEntity("/api/adviesaanvragen/" + aanvraag + "/antwoord?token=" + token,
                Map.of("besluit", "aanvaard"), JsonNode.class).getBody().get("stand").asText()).isEqualTo("aanvaard");
        Jobs.voerUit(managementService);
        precies("eva@utrecht.example", "Wijkplatform geeft advies");

        Map<String, Object> advies = PubliekeAanvragen.advies();
        advies.put("wijk", "oost");
        advies.remove("soort");
        advies.put("adviesaanvraag", aanvraag);
        advies.put("adviesaanvraagToken", token);
        ResponseEntity<JsonNode> ontvangen = rest.postForEntity("/api/adviezen", advies, JsonNode.class);
        assertThat(ontvangen.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String adviesZaak = ontvangen.getBody().get("zaaknummer").asText();
        Jobs.voerUit(managementService);

        var adviesInstantie = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(adviesZaak)
                .processDefinitionKey("wijkplatform-advies").singleResult();
        assertThat(runtimeService.getVariables(adviesInstantie.getId())).containsEntry("soort", "gevraagd")
                .containsEntry("aanvraagVraag", "Hoe wil de wijk de Kanaalstraat heringericht zien?")
                .containsEntry("aanvraagWatGebeurtErmee", "Het advies gaat mee in het raadsvoorstel van maart.");
        assertThat(rest.getForObject("/api/adviesaanvragen/" + aanvraag + "?token=" + token, JsonNode.class).get("stand").asText())
                .isEqualTo("advies ontvangen");
        assertThat(dossier(aanvraag).get("gekoppeldeZaken").toString()).contains(adviesZaak);
        assertThat(dossier(adviesZaak).get("gekoppeldeZaken").toString()).contains(aanvraag);
        JsonNode status = rest.getForObject(ontvangen.getBody().get("statusUrl").asText().replace("http://localhost:8080/status/",
                "/api/status/"), JsonNode.class);
        assertThat(status.get("uitkomst").get("gevraagd").get("vraag").asText()).isEqualTo("Hoe wil de wijk de Kanaalstraat heringericht zien?");
        precies("eva@utrecht.example", "Advies ontvangen");
        precies("wijkplatform-oost@example.org", "De gemeente vraagt uw advies");
    }

    @Test
    void afgewezenAanvraagStaatOpDeTijdlijnEnDeAanvragerKrijgtDeReden() {
        String instantie = Adviesaanvraagstart.start(rest, "eva", Adviesaanvraagstart.aanvraag()).getBody().get("id").asText();
        String aanvraag = runtimeService.createProcessInstanceQuery().processInstanceId(instantie).singleResult().getBusinessKey();
        String token = Adviesaanvraagstart.token(historyService, instantie);
        Map<String, Object> antwoord = new HashMap<>();
        antwoord.put("besluit", "afgewezen");
        antwoord.put("reden", "Onze vrijwilligers hebben hier deze maand geen tijd voor.");
        assertThat(rest.postForEntity("/api/adviesaanvragen/" + aanvraag + "/antwoord?token=" + token, antwoord, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);

        JsonNode stap = dossier(aanvraag).get("tijdlijn").get(0);
        assertThat(stap.get("besluit").asText()).isEqualTo("afgewezen");
        assertThat(stap.get("toelichting").asText()).isEqualTo("Onze vrijwilligers hebben hier deze maand geen tijd voor.");
        assertThat(Mails.tekst(precies("eva@utrecht.example", "Wijkplatform geeft geen advies")))
                .contains("Onze vrijwilligers hebben hier deze maand geen tijd voor.");
    }

    private JsonNode dossier(String zaak) {
        return rest.withBasicAuth("bram", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class);
    }

    /** The one mail to {@code aan} whose subject starts with {@code onderwerp}. */
    private static MimeMessage precies(String aan, String onderwerp) {
        List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.onderwerp(m).startsWith(onderwerp))
                .filter(m -> ontvanger(m).contains(aan)).toList();
        assertThat(mails).as(onderwerp + " aan " + aan).hasSize(1);
        return mails.get(0);
    }

    private static String ontvanger(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
