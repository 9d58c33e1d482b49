package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
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
import nl.utrecht.wijkgerichtwerken.config.Webappsessie;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Abuse catalogue, the case file ({@code /api/zaken}): a case of another wijk or dienst answers 404 like an unknown
 * number (its existence is not given away), a note is checked before it is stored, and a note on the webapps'
 * session needs that session's CSRF token (another site's form sends the session cookie along, never the token).
 */
@IntegratieTest
class ZaakdossierMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;

    @Test
    void wijkregisseurLeestGeenZaakVanEenAndereWijk() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik dossier");
        assertThat(dossier("anna", zaak).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> karim = dossier("karim", zaak);
        ResponseEntity<JsonNode> onbekend = dossier("karim", "ESC-1999-999999");
        assertThat(karim.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(karim.getBody().get("detail")).isEqualTo(onbekend.getBody().get("detail"));
        assertThat(karim.getBody().toString()).doesNotContain("Misbruik dossier");
        assertThat(notitie("karim", zaak, "Ik schrijf mee").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notitie("eva", zaak, "Andere dienst").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(dossier("anna", zaak).getBody().get("notities")).isEmpty();
    }

    @Test
    void notitieMetStuurtekensOfTeLangWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik notitie");
        for (String tekst : new String[] {"regel\u0000null", "\u001b[31mrood", "x".repeat(4001), ""}) {
            ResponseEntity<JsonNode> antwoord = notitie("anna", zaak, tekst);
            assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("tekst");
            assertThat(antwoord.getBody().toString()).doesNotContain("ENGINE-").doesNotContain("Exception");
        }
        assertThat(dossier("anna", zaak).getBody().get("notities")).isEmpty();
    }

    @Test
    void notitieOpDeTasklistSessieZonderCsrfTokenWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik csrf");
        Webappsessie anna = Webappsessie.login(rest, "anna", "demo");
        // what another site's form could send along with anna's session cookie
        for (String token : new String[] {null, "", "verzonnen-token"}) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.add(HttpHeaders.COOKIE, anna.cookies());
            if (token != null) {
                headers.add("X-XSRF-TOKEN", token);
            }
            ResponseEntity<JsonNode> antwoord = rest.postForEntity("/api/zaken/" + zaak + "/notities",
                    new HttpEntity<>("{\"tekst\":\"Ondergeschoven\"}", headers), JsonNode.class);
            assertThat(antwoord.getStatusCode()).as("token %s", token).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(antwoord.getBody().get("detail").asText()).contains("Takenlijst");
        }
        assertThat(dossier("anna", zaak).getBody().get("notities")).isEmpty();
    }

    private ResponseEntity<JsonNode> dossier(String gebruiker, String zaak) {
        return rest.withBasicAuth(gebruiker, "demo").getForEntity("/api/zaken/" + zaak, JsonNode.class);
    }

    private ResponseEntity<JsonNode> notitie(String gebruiker, String zaak, String tekst) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/api/zaken/" + zaak + "/notities", Map.of("tekst", tekst),
                JsonNode.class);
    }
}
