package nl.utrecht.wijkgerichtwerken.misbruik;

import static nl.utrecht.wijkgerichtwerken.Rest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.intake.Adviesaanvraagstart;
import nl.utrecht.wijkgerichtwerken.intake.PubliekeAanvragen;

/**
 * Abuse catalogue, requests for advice (issue 21) as they start: over {@code /engine-rest} nobody asks in the name of a
 * dienst he does not belong to, nobody sends the request to an address of his own instead of the platform's, and over
 * the public API no advice claims a request without its link.
 */
@IntegratieTest
class AdviesaanvraagStartMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;

    @AfterEach
    void werkAf() {
        Jobs.voerUit(managementService);
    }

    @Test
    void vakafdelingKanGeenAdviesVragenNamensEenAndereDienst() {
        long voor = aantal();
        ResponseEntity<JsonNode> antwoord = Adviesaanvraagstart.start(rest, "daan", Adviesaanvraagstart.aanvraag());

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(antwoord.getBody().get("message").asText()).startsWith("De adviesaanvraag is niet verstuurd.")
                .contains("Stadswerken");
        assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("Dienst");
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void verzonnenPlatformadresWordtGeweigerd() {
        long voor = aantal();
        Map<String, Object> eigenAdres = Adviesaanvraagstart.aanvraag();
        eigenAdres.put("platformEmail", waarde("eva.prive@example.org"));
        ResponseEntity<JsonNode> bekend = Adviesaanvraagstart.start(rest, "eva", eigenAdres);
        assertThat(bekend.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bekend.getBody().get("fouten").toString()).contains("E-mailadres wijkplatform", "is bekend bij de gemeente");

        Map<String, Object> lijst = Adviesaanvraagstart.aanvraag();
        lijst.put("wijk", waarde("west"));
        lijst.put("wijkplatform", waarde("Wijkplatform West"));
        lijst.put("platformEmail", waarde("west@example.org,groep:manager"));
        ResponseEntity<JsonNode> onbekend = Adviesaanvraagstart.start(rest, "eva", lijst);
        assertThat(onbekend.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(onbekend.getBody().get("fouten").toString()).contains("E-mailadres wijkplatform", "geen geldig e-mailadres");
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void adviesKanGeenAanvraagClaimenZonderDeSleutelVanDeLink() {
        String instantie = Adviesaanvraagstart.start(rest, "eva", Adviesaanvraagstart.aanvraag()).getBody().get("id").asText();
        String aanvraag = runtimeService.createProcessInstanceQuery().processInstanceId(instantie).singleResult().getBusinessKey();
        String token = Adviesaanvraagstart.token(historyService, instantie);
        Map<String, Object> advies = PubliekeAanvragen.advies();
        advies.put("adviesaanvraag", aanvraag);
        advies.put("adviesaanvraagToken", token.substring(1) + "A");

        // not accepted yet, and a wrong token: refused alike
        ResponseEntity<JsonNode> geweigerd = rest.postForEntity("/api/adviezen", advies, JsonNode.class);
        assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(geweigerd.getBody().get("fouten").toString()).contains("Adviesaanvraag", "geen aanvaarde adviesaanvraag");
        rest.postForEntity("/api/adviesaanvragen/" + aanvraag + "/antwoord?token=" + token, Map.of("besluit", "aanvaard"), JsonNode.class);
        assertThat(rest.postForEntity("/api/adviezen", advies, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instantie).count()).isOne();
    }

    private long aantal() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("adviesaanvraag").count();
    }
}
