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
import nl.utrecht.wijkgerichtwerken.intake.PubliekeAanvragen;
import nl.utrecht.wijkgerichtwerken.zaak.AanvullingsverzoekVariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Abuse catalogue, opschorting (issue 22): who may stop a case's clock ({@code POST /api/zaken/{nr}/aanvullingsverzoek},
 * only who works the case), and who may answer ({@code POST /api/status/{nr}/aanvulling}, only the holder of the
 * status link, only while a question is open). Every refusal is Dutch, names the field where there is one, and
 * changes nothing; each test ends with the allowed request succeeding, so a refusal is never just a missing endpoint.
 */
@IntegratieTest
class OpschortingMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;

    /** A public advice for wijk Oost routed to SO: {zaaknummer, token}. */
    String[] advies(String onderwerp) {
        Map<String, Object> aanvraag = PubliekeAanvragen.advies();
        aanvraag.put("wijk", "oost");
        aanvraag.put("onderwerp", onderwerp);
        JsonNode start = rest.postForObject("/api/adviezen", aanvraag, JsonNode.class);
        String zaak = start.get("zaaknummer").asText();
        Zaakmaker maker = new Zaakmaker(engine);
        maker.voltooi("bram", maker.taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", "so", "afsprakenVervolg", "Wijkavond"));
        return new String[] {zaak, start.get("statusUrl").asText().replaceFirst(".*token=", "")};
    }

    ResponseEntity<JsonNode> vraag(String wie, String zaak, Map<String, Object> invoer) {
        return rest.withBasicAuth(wie, "demo").postForEntity("/api/zaken/" + zaak + "/aanvullingsverzoek", invoer, JsonNode.class);
    }

    ResponseEntity<JsonNode> antwoord(String zaak, String token, Object invoer) {
        return rest.postForEntity("/api/status/" + zaak + "/aanvulling?token=" + token, invoer, JsonNode.class);
    }

    boolean opgeschort(String zaak) {
        return rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class).get("opgeschort").asBoolean();
    }

    long verzoeken(String zaak) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(AanvullingsverzoekVariabelen.PROCES)
                .processInstanceBusinessKey(zaak).count();
    }

    @Test
    void ambtenaarVanEenAndereWijkOfDienstSchortGeenZaakOp() {
        String zaak = advies("Misbruik andere wijk")[0];
        ResponseEntity<JsonNode> onbekend = vraag("eva", "ADV-1999-999999", Map.of("vraag", "Mag ik?"));
        for (String wie : List.of("eva", "karim", "gert")) {
            ResponseEntity<JsonNode> geweigerd = vraag(wie, zaak, Map.of("vraag", "Mag ik?"));
            assertThat(geweigerd.getStatusCode()).as(wie).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(geweigerd.getBody().get("detail")).as(wie + ": the same answer as an unknown number")
                    .isEqualTo(onbekend.getBody().get("detail"));
        }
        assertThat(opgeschort(zaak)).isFalse();
        assertThat(verzoeken(zaak)).isZero();
        assertThat(vraag("daan", zaak, Map.of("vraag", "Welke oversteek?")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void lezerDieDeZaakNietBehandeltSchortHaarNietOp() {
        String zaak = advies("Misbruik lezer")[0];
        for (String wie : List.of("jet", "femke", "anna")) {
            ResponseEntity<JsonNode> geweigerd = vraag(wie, zaak, Map.of("vraag", "Mag ik?"));
            assertThat(geweigerd.getStatusCode()).as(wie).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(geweigerd.getBody().get("detail").asText()).as(wie).contains("u behandelt haar niet");
        }
        assertThat(opgeschort(zaak)).isFalse();
        assertThat(verzoeken(zaak)).isZero();
        assertThat(vraag("bram", zaak, Map.of("vraag", "Welke oversteek?")).getStatusCode()).as("the wijkbureau of the wijk")
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aanvullingsverzoekMetOngeldigeOfExtraVeldenWordtGeweigerd() {
        String zaak = advies("Misbruik invoer")[0];
        Map<String, Object> extra = new HashMap<>(Map.of("vraag", "Welke oversteek?", "opgeschort", false, "aangevraagdDoor", "jet"));
        Object[][] gevallen = {
                {Map.of(), "vraag"}, {Map.of("vraag", "   "), "vraag"}, {Map.of("vraag", "regel\u0000null"), "vraag"}, {Map.of("vraag", "\u001b[31mrood"), "vraag"},
                {Map.of("vraag", "x".repeat(2001)), "vraag"}, {Map.of("vraag", "Vraag", "termijn", 0), "termijn"},
                {Map.of("vraag", "Vraag", "termijn", 61), "termijn"}, {Map.of("vraag", "Vraag", "termijn", "10"), "termijn"},
                {Map.of("vraag", "Vraag", "termijn", 1.5), "termijn"}, {extra, "aangevraagdDoor"}};
        for (Object[] geval : gevallen) {
            ResponseEntity<JsonNode> geweigerd = vraag("daan", zaak, castMap(geval[0]));
            assertThat(geweigerd.getStatusCode()).as(String.valueOf(geval[0]).substring(0, Math.min(60, String.valueOf(geval[0]).length())))
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(geweigerd.getBody().get("fouten").toString()).contains("\"veld\":\"" + geval[1] + "\"");
            assertThat(geweigerd.getBody().toString()).doesNotContain("ENGINE-").doesNotContain("Exception");
        }
        ResponseEntity<JsonNode> geenJson = rest.withBasicAuth("daan", "demo").postForEntity("/api/zaken/" + zaak + "/aanvullingsverzoek",
                "[1, 2", JsonNode.class);
        assertThat(geenJson.getStatusCode().is4xxClientError()).isTrue();
        assertThat(opgeschort(zaak)).isFalse();
        assertThat(verzoeken(zaak)).isZero();
        assertThat(vraag("daan", zaak, Map.of("vraag", "Welke oversteek?", "termijn", 60)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void tweedeVerzoekTerwijlDeZaakStilstaatOfOpEenEscalatieWordtGeweigerd() {
        String zaak = advies("Misbruik dubbel")[0];
        assertThat(vraag("daan", zaak, Map.of("vraag", "Eerste vraag")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> tweede = vraag("bram", zaak, Map.of("vraag", "Tweede vraag"));
        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tweede.getBody().get("detail").asText()).contains("al opgeschort");
        assertThat(verzoeken(zaak)).isOne();

        String escalatie = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik escalatie opschorten");
        ResponseEntity<JsonNode> opEscalatie = vraag("anna", escalatie, Map.of("vraag", "Aan wie?"));
        assertThat(opEscalatie.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(verzoeken(escalatie)).isZero();
    }

    @Test
    void aanvullingMetVerkeerdeSleutelOfOpEenAndereZaakWordtGeweigerd() {
        String[] zaak = advies("Misbruik sleutel");
        String[] ander = advies("Misbruik andere zaak");
        vraag("daan", zaak[0], Map.of("vraag", "Welke oversteek?"));
        ResponseEntity<JsonNode> onbekend = antwoord("ADV-1999-999999", zaak[1], Map.of("tekst", "Hier"));
        for (String[] poging : new String[][] {{zaak[0], "verzonnen"}, {zaak[0], ""}, {zaak[0], ander[1]}}) {
            ResponseEntity<JsonNode> geweigerd = antwoord(poging[0], poging[1], Map.of("tekst", "Ondergeschoven antwoord"));
            assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(geweigerd.getBody().get("detail")).isEqualTo(onbekend.getBody().get("detail"));
        }
        assertThat(opgeschort(zaak[0])).isTrue();
        assertThat(antwoord(zaak[0], zaak[1], Map.of("tekst", "De oversteek bij de school.")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(opgeschort(zaak[0])).isFalse();
    }

    @Test
    void aanvullingZonderOpenVraagWordtGeweigerd() {
        String[] zaak = advies("Misbruik geen vraag");
        ResponseEntity<JsonNode> ongevraagd = antwoord(zaak[0], zaak[1], Map.of("tekst", "Ongevraagd"));
        assertThat(ongevraagd.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ongevraagd.getBody().get("detail").asText()).contains("geen vraag om aanvulling open");
        assertThat(rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak[0], JsonNode.class).get("notities")).isEmpty();

        vraag("daan", zaak[0], Map.of("vraag", "Welke oversteek?"));
        assertThat(antwoord(zaak[0], zaak[1], Map.of("tekst", "Eerste antwoord")).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> nogmaals = antwoord(zaak[0], zaak[1], Map.of("tekst", "Tweede antwoord overschrijft"));
        assertThat(nogmaals.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        JsonNode dossier = rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak[0], JsonNode.class);
        assertThat(dossier.get("opschortingen").get(0).get("antwoord").asText()).isEqualTo("Eerste antwoord");
        assertThat(dossier.toString()).doesNotContain("Tweede antwoord overschrijft");
    }

    @Test
    void vijandigeTeGroteOfExtraAanvullingWordtGeweigerd() {
        String[] zaak = advies("Misbruik tekst");
        vraag("daan", zaak[0], Map.of("vraag", "Welke <script>alert(1)</script> oversteek?"));
        Object[][] gevallen = {{Map.of("tekst", "regel\u0000null"), "tekst"}, {Map.of("tekst", "\u001b[31mrood"), "tekst"},
                {Map.of("tekst", "x".repeat(3501)), "tekst"}, {Map.of("tekst", 42), "tekst"}, {Map.of(), "tekst"},
                {Map.of("tekst", "Goed", "aanvulling", "Anders"), "aanvulling"},
                {Map.of("tekst", "Goed", "antwoordTermijn", "2099-01-01"), "antwoordTermijn"}};
        for (Object[] geval : gevallen) {
            ResponseEntity<JsonNode> geweigerd = antwoord(zaak[0], zaak[1], geval[0]);
            assertThat(geweigerd.getStatusCode()).as(String.valueOf(geval[0]).substring(0, Math.min(40, String.valueOf(geval[0]).length())))
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(geweigerd.getHeaders().getContentType().toString()).contains("problem+json");
            assertThat(geweigerd.getBody().get("fouten").toString()).contains("\"veld\":\"" + geval[1] + "\"");
        }
        assertThat(antwoord(zaak[0], zaak[1], "x".repeat(300_000)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(opgeschort(zaak[0])).as("no refused answer resumed the case").isTrue();
        String pagina = rest.getForObject("/status/" + zaak[0] + "?token=" + zaak[1], String.class);
        assertThat(pagina).contains("Welke &lt;script&gt;alert(1)&lt;/script&gt; oversteek?").doesNotContain("<script>alert(1)");
        assertThat(antwoord(zaak[0], zaak[1], Map.of("tekst", "<b>De</b> oversteek")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void behandelaarGeeftGeenAanvullingNamensDeIndienerViaDeEngine() {
        String zaak = advies("Misbruik namens")[0];
        vraag("daan", zaak, Map.of("vraag", "Welke oversteek?"));
        ResponseEntity<String> bericht = rest.withBasicAuth("daan", "demo").postForEntity("/engine-rest/message",
                Map.of("messageName", AanvullingsverzoekVariabelen.BERICHT_AANVULLING, "businessKey", zaak,
                        "processVariables", Map.of("aanvulling", Map.of("value", "Verzonnen door daan"))), String.class);
        assertThat(bericht.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(opgeschort(zaak)).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object waarde) {
        return (Map<String, Object>) waarde;
    }
}
