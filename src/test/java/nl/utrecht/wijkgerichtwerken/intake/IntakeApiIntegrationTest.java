package nl.utrecht.wijkgerichtwerken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
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

import nl.utrecht.wijkgerichtwerken.Datumgevoelig;
import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Mails;

/** Contract of the public API: happy paths, every class of bad input, idempotency, rate limit, status. */
@IntegratieTest
@Datumgevoelig
class IntakeApiIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired Snelheidsbegrenzer begrenzer;

    @AfterEach
    void werkAfMetEenDraaiendeMailserver() {
        // cases started here have async receipt mails: send them now, not in another test class
        Jobs.voerUit(managementService);
    }

    static Map<String, Object> advies() {
        return PubliekeAanvragen.advies();
    }

    @Test
    void eenAdviesGeeft201MetZaaknummerGeheimeStatuslinkEnBeloofdeDatum() {
        ResponseEntity<JsonNode> antwoord = post("/api/adviezen", advies(), null);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String zaak = antwoord.getBody().get("zaaknummer").asText();
        assertThat(zaak).matches("ADV-\\d{4}-\\d{6}");
        String statusUrl = antwoord.getBody().get("statusUrl").asText();
        String token = statusUrl.substring(statusUrl.indexOf("token=") + 6);
        assertThat(statusUrl).startsWith("http://localhost:8080/status/" + zaak + "?token=");
        assertThat(token).hasSizeGreaterThanOrEqualTo(40).doesNotContain(zaak.substring(4));
        assertThat(antwoord.getBody().get("beloofdeDatum").asText()).isNotBlank();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak).processDefinitionKeyNotIn("melding").count()).isOne();

        Jobs.voerUit(managementService);
        var ontvangst = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).equals("Uw advies is ontvangen: " + zaak)).findFirst().orElseThrow();
        assertThat(Mails.tekst(ontvangst)).contains("Volg uw zaak: " + statusUrl);
    }

    @Test
    void eenInitiatiefEnEenInformatieverzoekWordenOokGestart() {
        ResponseEntity<JsonNode> initiatief = post("/api/initiatieven", Map.of("titel", "Geveltuinen", "beschrijving", "Geveltuinen in de straat",
                "wijk", "west", "initiatiefnemer", "Noor", "contactEmail", "noor@example.org", "hulpGevraagd", List.of("kennis")), null);
        assertThat(initiatief.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String zaak = initiatief.getBody().get("zaaknummer").asText();
        var instantie = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak).processDefinitionKeyNotIn("melding").singleResult();
        assertThat(runtimeService.getVariable(instantie.getId(), "kanaal")).isEqualTo("online");

        ResponseEntity<JsonNode> verzoek = post("/api/informatieverzoeken", Map.of("wijkplatform", "Wijkplatform West", "wijk", "west",
                "onderwerp", "Bomenkap", "vraag", "Welke bomen?", "contactEmail", "west@example.org"), null);
        assertThat(verzoek.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(verzoek.getBody().get("zaaknummer").asText()).startsWith("INF-");
    }

    @Test
    void elkeSoortFouteInvoerGeeft400ProblemJsonInHetNederlandsEnStartNiets() {
        long voor = runtimeService.createProcessInstanceQuery().count();

        assertThat(fout(postTekst("/api/adviezen", "{\"wijk\": \"zuid\",")))
                .contains("aanvraag: De aanvraag is geen geldige JSON");
        Map<String, Object> onvolledig = advies();
        onvolledig.remove("onderwerp");
        onvolledig.put("wijkplatform", "x".repeat(201));
        onvolledig.put("wijk", "gotham");
        onvolledig.put("soort", "misschien");
        assertThat(fout(post("/api/adviezen", onvolledig, null))).contains(
                "Onderwerp: dit veld is verplicht", "Wijkplatform: maximaal 200 tekens (nu 201)",
                "Wijk: 'gotham' is geen bekende wijk", "Soort advies: 'misschien' is geen geldige keuze (gevraagd, ongevraagd)");
        Map<String, Object> teVeel = advies();
        List<String> punten = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            punten.add("Punt " + i);
        }
        teVeel.put("adviespunten", punten);
        assertThat(fout(post("/api/adviezen", teVeel, null))).contains("Adviespunten: maximaal 30 adviespunten (nu 31)");
        Map<String, Object> verkeerdType = advies();
        verkeerdType.put("adviespunten", 12);
        verkeerdType.put("onderwerp", List.of("a"));
        verkeerdType.put("wachtwoord", "geheim");
        verkeerdType.put("draagvlak", "veel\u0000bewoners");
        assertThat(fout(post("/api/adviezen", verkeerdType, null))).contains(
                "adviespunten: moet een lijst met teksten zijn", "onderwerp: moet tekst zijn", "wachtwoord: onbekend veld",
                "draagvlak: bevat niet-toegestane tekens");
        Map<String, Object> groot = advies();
        groot.put("betrokkenen", "x".repeat(300_000));
        assertThat(fout(post("/api/adviezen", groot, null))).contains("aanvraag: De aanvraag is te groot");
        assertThat(fout(post("/api/initiatieven", Map.of("titel", "T", "beschrijving", "B", "wijk", "oost", "initiatiefnemer", "I",
                "gevraagdBedrag", "veel"), null))).contains("gevraagdBedrag: moet een getal zijn");

        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(voor);
    }

    @Test
    void eenHerhaaldeAanvraagMetDezelfdeIdempotencyKeyStartNietsNieuws() {
        String sleutel = "aanvraag-" + System.nanoTime();
        ResponseEntity<JsonNode> eerste = post("/api/adviezen", advies(), sleutel);
        long na = runtimeService.createProcessInstanceQuery().count();
        ResponseEntity<JsonNode> tweede = post("/api/adviezen", advies(), sleutel);

        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(tweede.getBody().get("zaaknummer").asText()).isEqualTo(eerste.getBody().get("zaaknummer").asText());
        assertThat(tweede.getBody().get("statusUrl").asText()).isEqualTo(eerste.getBody().get("statusUrl").asText());
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(na);
    }

    @Test
    void teVeelAanvragenVanEenClientGeeft429MetRetryAfter() {
        begrenzer.zetMaximum(2);
        try {
            post("/api/informatieverzoeken", Map.of(), null);
            post("/api/informatieverzoeken", Map.of(), null);
            ResponseEntity<JsonNode> derde = post("/api/informatieverzoeken", Map.of(), null);

            assertThat(derde.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(Integer.parseInt(derde.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1, 60);
            assertThat(derde.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        } finally {
            begrenzer.zetMaximum(1000);
        }
    }

    @Test
    void deStatusToontDeStappenEnNaVersturenDeReactiePerPunt() {
        ResponseEntity<JsonNode> ingediend = post("/api/adviezen", advies(), null);
        String zaak = ingediend.getBody().get("zaaknummer").asText();
        String statusUrl = ingediend.getBody().get("statusUrl").asText();
        String pad = statusUrl.substring(statusUrl.indexOf("/status/")).replace("/status/", "/api/status/");
        Jobs.voerUit(managementService);

        JsonNode status = rest.getForObject(pad, JsonNode.class);
        assertThat(status.get("gedaan").findValuesAsText("stap")).as("the receipt has gone")
                .containsSubsequence("Advies ontvangen", "Bericht verstuurd");
        assertThat(status.get("huidig").findValuesAsText("stap")).containsExactly("Advies registreren");
        assertThat(status.get("uitkomst").isEmpty()).isTrue();

        var id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak).processDefinitionKeyNotIn("melding").singleResult().getId();
        taskService.complete(taak(id, "Task_AdviesRegistreren"), Map.of("dienst", "sw", "afsprakenVervolg", "Op de wijkavond"));
        Jobs.voerUit(managementService);
        Map<String, Object> reactie = new HashMap<>();
        reactie.put("standpunt1", "overgenomen");
        reactie.put("motivering1", "Wij plaatsen extra rekken bij de winkels aan het plein.");
        reactie.put("standpunt2", "niet-overgenomen");
        reactie.put("motivering2", "Parkeerplaatsen zijn nodig voor bewoners met een beperking.");
        reactie.put("vervolg", "Uitvoering in het voorjaar");
        taskService.complete(taak(id, "Task_ReactieSchrijven"), reactie);
        taskService.complete(taak(id, "Task_ReactieBeoordelen"), Map.of("akkoord", "ja"));
        Jobs.voerUit(managementService);

        JsonNode klaar = rest.getForObject(pad, JsonNode.class);
        assertThat(klaar.get("afgerond").asBoolean()).as("point 1 was overgenomen: its follow-up item keeps the case open").isFalse();
        assertThat(klaar.get("vervolgpunten").findValuesAsText("status")).containsExactly("open");
        assertThat(klaar.get("uitkomst").get("reactie").get(1).get("standpunt").asText()).isEqualTo("Niet overgenomen");
        assertThat(klaar.get("uitkomst").get("reactie").get(1).get("motivering").asText()).startsWith("Parkeerplaatsen zijn nodig");
    }

    @Test
    void eenOnbekendNummerEnEenVerkeerdeSleutelGevenHetzelfde404() {
        ResponseEntity<JsonNode> ingediend = post("/api/adviezen", advies(), null);
        String zaak = ingediend.getBody().get("zaaknummer").asText();

        ResponseEntity<String> verkeerd = rest.getForEntity("/api/status/" + zaak + "?token=raden", String.class);
        ResponseEntity<String> onbekend = rest.getForEntity("/api/status/ADV-1999-000001?token=raden", String.class);
        ResponseEntity<String> zonder = rest.getForEntity("/api/status/" + zaak, String.class);

        assertThat(verkeerd.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(onbekend.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(verkeerd.getBody().replace(zaak, "X")).isEqualTo(onbekend.getBody().replace("ADV-1999-000001", "X"));
        assertThat(zonder.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void deStatuspaginaToontDeZaakMetOntsnapteTekstEnGeeftHetzelfde404VoorEenVerkeerdeSleutel() {
        Map<String, Object> advies = advies();
        advies.put("onderwerp", "Parkeren <script>alert('x')</script> Hoograven");
        ResponseEntity<JsonNode> ingediend = post("/api/adviezen", advies, null);
        String zaak = ingediend.getBody().get("zaaknummer").asText();
        String statusUrl = ingediend.getBody().get("statusUrl").asText();
        String pad = statusUrl.substring(statusUrl.indexOf("/status/"));

        ResponseEntity<String> pagina = rest.getForEntity(pad, String.class);
        assertThat(pagina.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pagina.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(pagina.getBody()).contains("Parkeren &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Hoograven")
                .doesNotContain("<script>").contains(zaak).contains("Advies ontvangen").contains("U krijgt antwoord uiterlijk op");

        ResponseEntity<String> verkeerd = rest.getForEntity("/status/" + zaak + "?token=raden", String.class);
        ResponseEntity<String> onbekend = rest.getForEntity("/status/ADV-1999-000001?token=raden", String.class);
        assertThat(verkeerd.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(verkeerd.getBody()).isEqualTo(onbekend.getBody()).contains("Zaak niet gevonden");
    }

    private String taak(String zaak, String activiteit) {
        return taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey(activiteit).singleResult().getId();
    }

    private ResponseEntity<JsonNode> post(String pad, Map<String, Object> invoer, String sleutel) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (sleutel != null) {
            headers.add("Idempotency-Key", sleutel);
        }
        return rest.postForEntity(pad, new HttpEntity<>(invoer, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> postTekst(String pad, String tekst) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.postForEntity(pad, new HttpEntity<>(tekst, headers), JsonNode.class);
    }

    /** Asserts a 400 problem+json and returns its refusals as lines "veld: melding". */
    private static String fout(ResponseEntity<JsonNode> antwoord) {
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        List<String> fouten = new ArrayList<>();
        antwoord.getBody().get("fouten").forEach(f -> fouten.add(f.get("veld").asText() + ": " + f.get("melding").asText()));
        return String.join("\n", fouten);
    }
}
