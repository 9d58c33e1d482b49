package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Abuse catalogue, the wijkregisseur's other instruments on an escalation (issue 20 items 3 and 5): convening an
 * interventieteam ({@code POST /api/zaken/{zaaknummer}/interventieteam}) and adding a betrokken partij
 * ({@code POST …/partijen}) are his alone, on his own case, with configured diensten, bounded texts and one strict
 * address, and one team at a time. A refusal changes nothing: no task, no mail, no party.
 */
@IntegratieTest
class InterventieteamEnPartijenMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void eenAnderDanDeWijkregisseurKanGeenInterventieteamBijeenroepenOfPartijToevoegen() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\",\"sw\"]", "Misbruik team anderen");

        for (String gebruiker : List.of("bram", "femke", "daan")) {
            ResponseEntity<JsonNode> team = post(gebruiker, zaak, "interventieteam", team("so"));
            ResponseEntity<JsonNode> partij = post(gebruiker, zaak, "partijen", Map.of("naam", "X", "organisatie", "Y"));
            assertThat(team.getStatusCode()).as(gebruiker).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(partij.getStatusCode()).as(gebruiker).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        ResponseEntity<JsonNode> bram = post("bram", zaak, "interventieteam", team("so"));
        assertThat(bram.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bram.getBody().get("detail").asText())
                .isEqualTo("Alleen de wijkregisseur die de escalatie begon, kan haar laten behandelen door een interventieteam.");
        assertThat(teamtaken(zaak)).isZero();
        assertThat(partijen(zaak)).isNull();
        // the case file offers the buttons to anna only
        assertThat(rest.withBasicAuth("bram", "demo").getForObject("/api/zaken/" + zaak + "/escalatieacties", JsonNode.class)
                .get("acties")).isEmpty();
        assertThat(rest.withBasicAuth("anna", "demo").getForObject("/api/zaken/" + zaak + "/escalatieacties", JsonNode.class)
                .get("acties").toString()).isEqualTo("[\"intrekken\",\"bestuurlijk\",\"interventieteam\",\"partijen\"]");
    }

    @Test
    void eenWijkregisseurVanEenAndereWijkKanBijDeZaakVanAnnaNietsEnZietNietDatZeBestaat() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik team andere wijk");

        ResponseEntity<JsonNode> team = post("karim", zaak, "interventieteam", team("so"));
        ResponseEntity<JsonNode> partij = post("karim", zaak, "partijen", Map.of("naam", "X", "organisatie", "Y"));
        ResponseEntity<JsonNode> onbekend = post("karim", "ESC-1999-999999", "interventieteam", team("so"));

        assertThat(team.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(partij.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(team.getBody().get("detail")).isEqualTo(onbekend.getBody().get("detail"));
        assertThat(teamtaken(zaak)).isZero();
        assertThat(partijen(zaak)).isNull();
        assertThat(post("anna", zaak, "interventieteam", team("so")).getStatusCode())
                .as("the same request of the case's own wijkregisseur is taken: the refusal is karim's").isEqualTo(HttpStatus.OK);
    }

    @Test
    void eenOnbekendeOfVerzonnenDienstKomtNietInHetTeam() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik team dienst");

        for (Object diensten : List.of(List.of("so", "geheime-dienst"), List.of("so", "vakafdeling-so"), List.of(), "so",
                List.of("so", 7), List.of("x".repeat(500)))) {
            Map<String, Object> invoer = new HashMap<>(team("so"));
            invoer.put("diensten", diensten);
            ResponseEntity<JsonNode> antwoord = post("anna", zaak, "interventieteam", invoer);
            assertThat(antwoord.getStatusCode()).as(String.valueOf(diensten)).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(velden(antwoord)).as(String.valueOf(diensten)).contains("diensten");
        }
        assertThat(teamtaken(zaak)).isZero();
    }

    @Test
    void eenVijandigeOfTeLangeOpdrachtTermijnOfPartijWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik team tekst");

        assertThat(velden(post("anna", zaak, "interventieteam", Map.of("diensten", List.of("so"), "opdracht", "x".repeat(4001)))))
                .containsExactly("opdracht");
        assertThat(velden(post("anna", zaak, "interventieteam", Map.of("diensten", List.of("so"), "opdracht", "Los op\u0000\u001b[31m")))
                ).containsExactly("opdracht");
        for (Object termijn : List.of(0, -3, 21, 2.5, "5", 100000)) {
            assertThat(velden(post("anna", zaak, "interventieteam", Map.of("diensten", List.of("so"), "opdracht", "Los op",
                    "termijn", termijn)))).as(String.valueOf(termijn)).containsExactly("termijn");
        }
        assertThat(velden(post("anna", zaak, "partijen", Map.of("naam", "Noor", "organisatie", "Mitros",
                "email", "n.bakker@example.org,groep:wijkregisseur")))).containsExactly("email");
        assertThat(velden(post("anna", zaak, "partijen", Map.of("naam", "Noor | Mitros | x@example.org", "organisatie", "Mitros"))))
                .containsExactly("naam");
        assertThat(velden(post("anna", zaak, "partijen", Map.of("naam", "Noor\nKees | Y | k@example.org", "organisatie", "Mitros"))))
                .containsExactly("naam");
        assertThat(velden(post("anna", zaak, "partijen", Map.of("naam", "N".repeat(201), "organisatie", " ")))
                ).containsExactly("naam", "organisatie");
        assertThat(teamtaken(zaak)).isZero();
        assertThat(partijen(zaak)).isNull();
        assertThat(smtp.getReceivedMessages()).noneMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains("example.org");
            } catch (jakarta.mail.MessagingException e) {
                return true;
            }
        });
    }

    @Test
    void eenTweedeInterventieteamTerwijlHetEersteWerktWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\",\"sw\"]", "Misbruik tweede team");
        assertThat(post("anna", zaak, "interventieteam", team("so")).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> tweede = post("anna", zaak, "interventieteam", team("sw"));

        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tweede.getBody().get("detail").asText()).contains("werkt al een interventieteam");
        assertThat(teamtaken(zaak)).isOne();
    }

    @Test
    void eenPartijMetEenAdresDatErAlStaatOfEenEenentwintigstePartijWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik partijen vol");
        assertThat(post("anna", zaak, "partijen", Map.of("naam", "Noor", "organisatie", "Mitros", "email", "n@example.org"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(velden(post("anna", zaak, "partijen", Map.of("naam", "Noor B", "organisatie", "Mitros", "email", "n@example.org"))))
                .containsExactly("email");
        for (int i = 2; i <= 20; i++) {
            assertThat(post("anna", zaak, "partijen", Map.of("naam", "Partij " + i, "organisatie", "Buurt")).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(velden(post("anna", zaak, "partijen", Map.of("naam", "Partij 21", "organisatie", "Buurt"))))
                .containsExactly("Betrokken partijen");
        assertThat(((String) partijen(zaak)).lines()).hasSize(20);
    }

    // ---- helpers

    private static Map<String, Object> team(String dienst) {
        return Map.of("diensten", List.of(dienst), "opdracht", "Los het plein op binnen een week");
    }

    private ResponseEntity<JsonNode> post(String gebruiker, String zaaknummer, String actie, Map<String, Object> invoer) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/api/zaken/" + zaaknummer + "/" + actie, invoer, JsonNode.class);
    }

    private static List<String> velden(ResponseEntity<JsonNode> antwoord) {
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> velden = new ArrayList<>();
        antwoord.getBody().get("fouten").forEach(fout -> velden.add(fout.get("veld").asText()));
        return velden.stream().distinct().toList();
    }

    private long teamtaken(String zaaknummer) {
        return taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer)
                .taskDefinitionKey("Task_BijdrageInterventieteamLeveren").count();
    }

    private Object partijen(String zaaknummer) {
        return runtimeService.getVariable(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKey("escalatie").singleResult().getId(), "betrokkenPartijen");
    }
}
