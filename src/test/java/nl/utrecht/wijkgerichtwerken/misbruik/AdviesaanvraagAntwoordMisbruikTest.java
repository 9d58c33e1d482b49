package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Abuse catalogue, a wijkplatform's answer to a request for advice (issue 21): without the link's token nothing is
 * seen or answered (and a wrong token looks like an unknown number), the answer is given once, only its own fields are
 * taken, and a hostile or oversized reason is refused or shown as text.
 */
@IntegratieTest
class AdviesaanvraagAntwoordMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;

    private String aanvraag;
    private String token;

    @BeforeEach
    void vraag() {
        String instantie = Adviesaanvraagstart.start(rest, "eva", Adviesaanvraagstart.aanvraag()).getBody().get("id").asText();
        aanvraag = runtimeService.createProcessInstanceQuery().processInstanceId(instantie).singleResult().getBusinessKey();
        token = Adviesaanvraagstart.token(historyService, instantie);
    }

    @AfterEach
    void werkAf() {
        Jobs.voerUit(managementService);
    }

    @Test
    void verkeerdeSleutelKanDeAanvraagNietLezenOfBeantwoorden() {
        ResponseEntity<JsonNode> verkeerd = rest.getForEntity("/api/adviesaanvragen/" + aanvraag + "?token=" + token.substring(1) + "A", JsonNode.class);
        ResponseEntity<JsonNode> onbekend = rest.getForEntity("/api/adviesaanvragen/AAV-1999-000001?token=" + token, JsonNode.class);
        assertThat(verkeerd.getStatusCode()).isEqualTo(onbekend.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(verkeerd.getBody().get("detail")).isEqualTo(onbekend.getBody().get("detail"));
        assertThat(verkeerd.getBody().toString()).contains("Niet gevonden").doesNotContain("Hoe wil de wijk");
        ResponseEntity<String> beantwoord = rest.postForEntity("/api/adviesaanvragen/" + aanvraag + "/antwoord", Map.of("besluit", "afgewezen"), String.class);
        assertThat(beantwoord.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/adviesaanvraag/" + aanvraag + "?token=x", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stand()).isEqualTo("open");
    }

    @Test
    void tweedeAntwoordWordtGeweigerd() {
        assertThat(antwoord(Map.of("besluit", "afgewezen")).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> tweede = antwoord(Map.of("besluit", "aanvaard"));
        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tweede.getBody().get("detail").asText()).contains("al beantwoord");
        assertThat(stand()).isEqualTo("afgewezen");
    }

    @Test
    void onbekendeVeldenInHetAntwoordWordenGeweigerd() {
        ResponseEntity<JsonNode> antwoord = antwoord(Map.of("besluit", "aanvaard", "adviesZaak", "ADV-2026-000001",
                "uitkomst", "advies ontvangen"));
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("fouten").toString()).contains("adviesZaak", "uitkomst", "onbekend veld");
        assertThat(antwoord(Map.of("besluit", "misschien")).getBody().get("fouten").toString()).contains("besluit", "geen geldige keuze");
        assertThat(stand()).isEqualTo("open");
    }

    @Test
    void vijandigeOfTeLangeRedenWordtGeweigerdOfAlsTekstGetoond() {
        assertThat(antwoord(reden("a".repeat(2001))).getBody().get("fouten").toString()).contains("reden", "maximaal 2000 tekens");
        assertThat(antwoord(reden("nee\u0000\u001b[2J")).getBody().get("fouten").toString()).contains("reden", "niet-toegestane tekens");
        Map<String, Object> object = new HashMap<>(Map.of("besluit", "afgewezen", "reden", Map.of("html", "<b>")));
        assertThat(antwoord(object).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(stand()).isEqualTo("open");

        assertThat(antwoord(reden("<script>alert('x')</script> geen tijd")).getStatusCode()).isEqualTo(HttpStatus.OK);
        String pagina = rest.getForObject("/adviesaanvraag/" + aanvraag + "?token=" + token, String.class);
        assertThat(pagina).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    private static Map<String, Object> reden(String reden) {
        return new HashMap<>(Map.of("besluit", "afgewezen", "reden", reden));
    }

    private ResponseEntity<JsonNode> antwoord(Map<String, Object> antwoord) {
        return rest.postForEntity("/api/adviesaanvragen/" + aanvraag + "/antwoord?token=" + token, antwoord, JsonNode.class);
    }

    private String stand() {
        return rest.getForObject("/api/adviesaanvragen/" + aanvraag + "?token=" + token, JsonNode.class).get("stand").asText();
    }
}
