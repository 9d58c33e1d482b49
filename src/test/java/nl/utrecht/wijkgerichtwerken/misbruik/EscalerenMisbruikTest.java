package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Abuse catalogue, the case-file action "Escaleren" ({@code POST /api/zaken/{nr}/escaleren}, issues 20 and 21): only a
 * wijkregisseur of the case's wijk starts the linked escalation, only with the fields it knows, and only once per case.
 * Every refusal is Dutch and starts nothing; each test ends with the allowed request succeeding, so a refusal is never
 * just a missing endpoint.
 */
@IntegratieTest
class EscalerenMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;

    ResponseEntity<JsonNode> escaleer(String wie, String zaak, Map<String, Object> invoer) {
        return rest.withBasicAuth(wie, "demo").postForEntity("/api/zaken/" + zaak + "/escaleren", invoer, JsonNode.class);
    }

    long escalaties(String zaak) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalatieVariabelen.PROCES)
                .variableValueEquals(EscalatieVariabelen.INITIATIEF, zaak).count();
    }

    @Test
    void wijkregisseurVanEenAndereWijkEscaleertGeenZaak() {
        String zaak = new Zaakmaker(engine).advies("Escaleren andere wijk", "so");
        ResponseEntity<JsonNode> onbekend = escaleer("karim", "ADV-1999-999999", Map.of());
        ResponseEntity<JsonNode> geweigerd = escaleer("karim", zaak, Map.of("toelichting", "Mag ik?"));
        assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(geweigerd.getBody().get("detail")).as("the same answer as an unknown number").isEqualTo(onbekend.getBody().get("detail"));
        assertThat(escalaties(zaak)).isZero();
        assertThat(escaleer("anna", zaak, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void wieGeenWijkregisseurIsEscaleertGeenZaakVanZijnWijk() {
        String zaak = new Zaakmaker(engine).advies("Escaleren wijkbureau", "so");
        for (String wie : List.of("bram", "daan")) {
            ResponseEntity<JsonNode> geweigerd = escaleer(wie, zaak, Map.of());
            assertThat(geweigerd.getStatusCode()).as(wie).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(geweigerd.getBody().get("detail").asText()).as(wie).contains("Alleen de wijkregisseur van de wijk");
        }
        assertThat(escalaties(zaak)).isZero();
        assertThat(escaleer("anna", zaak, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void onbekendVeldBijEscalerenWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).advies("Escaleren onbekend veld", "so");
        Map<String, Object> invoer = new HashMap<>(Map.of("toelichting", "Loopt vast", "dienst", "sw", "wijkregisseur", "karim"));
        ResponseEntity<JsonNode> geweigerd = escaleer("anna", zaak, invoer);
        assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(geweigerd.getBody().get("fouten").findValuesAsText("veld")).contains("dienst", "wijkregisseur");
        assertThat(escalaties(zaak)).isZero();
        assertThat(escaleer("anna", zaak, Map.of("toelichting", "Loopt vast")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void tweemaalEscalerenVoorDezelfdeZaakWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).advies("Escaleren tweemaal", "so");
        assertThat(escaleer("anna", zaak, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> nogmaals = escaleer("anna", zaak, Map.of("toelichting", "Nog een keer"));
        assertThat(nogmaals.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(nogmaals.getBody().get("detail").asText()).contains("al een escalatie gestart");
        assertThat(escalaties(zaak)).isEqualTo(1);
    }
}
