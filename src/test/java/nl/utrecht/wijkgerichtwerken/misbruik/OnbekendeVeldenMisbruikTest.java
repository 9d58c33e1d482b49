package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Abuse catalogue, one rule for every action on the case file: a field the action does not know is refused by name
 * (400, application/problem+json in Dutch), never silently ignored, and nothing happens. The opschorting actions have
 * had the rule since issue 22 (misbruik/OpschortingMisbruikTest); these are the others.
 */
@IntegratieTest
class OnbekendeVeldenMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void intrekkenMetEenOnbekendVeldWordtGeweigerdEnTrektNietsIn() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Onbekend veld intrekken");

        assertOnbekend(post(zaak, "intrekken", met(Map.of("reden", "Opgelost"), "extra", 1)), "extra");
        assertThat(lopend(zaak)).isTrue();
    }

    @Test
    void bestuurlijkVoorleggenMetEenOnbekendVeldWordtGeweigerdEnBlijftOpHetNiveau() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\",\"sw\"]", "Onbekend veld bestuur");

        assertOnbekend(post(zaak, "bestuurlijk", met(Map.of("route", "vakwethouder", "reden", "Politiek"), "wethouder", "Jansen")),
                "wethouder");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_OplossenInWijk").count()).isOne();
    }

    @Test
    void eenInterventieteamOfPartijMetEenOnbekendVeldWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Onbekend veld team");

        assertOnbekend(post(zaak, "interventieteam", met(Map.of("diensten", List.of("so"), "opdracht", "Los op"), "leden",
                List.of("daan"))), "leden");
        assertOnbekend(post(zaak, "partijen", met(Map.of("naam", "Noor", "organisatie", "Mitros"), "telefoon", "0612345678")),
                "telefoon");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaak)
                .taskDefinitionKey("Task_BijdrageInterventieteamLeveren").count()).isZero();
    }

    @Test
    void eenNotitieMetEenOnbekendVeldWordtGeweigerdEnNietOpgeslagen() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Onbekend veld notitie");

        assertOnbekend(post(zaak, "notities", met(Map.of("tekst", "Gebeld met SO"), "door", "ivo")), "door");
        JsonNode dossier = rest.withBasicAuth("anna", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class);
        assertThat(dossier.get("notities")).isEmpty();
    }

    // ---- helpers

    private static Map<String, Object> met(Map<String, Object> geldig, String veld, Object waarde) {
        Map<String, Object> invoer = new LinkedHashMap<>(geldig);
        invoer.put(veld, waarde);
        return invoer;
    }

    private ResponseEntity<JsonNode> post(String zaaknummer, String actie, Map<String, Object> invoer) {
        return rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaaknummer + "/" + actie, invoer, JsonNode.class);
    }

    private static void assertOnbekend(ResponseEntity<JsonNode> antwoord, String veld) {
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(antwoord.getHeaders().getContentType())).isTrue();
        assertThat(antwoord.getBody().get("fouten")).hasSize(1);
        assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo(veld);
        assertThat(antwoord.getBody().get("fouten").get(0).get("melding").asText()).startsWith("onbekend veld; toegestaan zijn ");
    }

    private boolean lopend(String zaaknummer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).processDefinitionKey("escalatie")
                .count() == 1;
    }
}
