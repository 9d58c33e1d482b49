package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;

/**
 * Abuse catalogue, starts and the facts the rules rely on, through {@code /engine-rest} (and Tasklist's
 * own API with a session and its CSRF token) as the demo users: what a starter sends along besides the start fields is dropped, nobody starts for another
 * wijk, no variable adds a candidate group, and the four-eyes check, the per-dienst decisions and the
 * rung come from the engine's record. Where a test needs a variable changed behind the rules' back it
 * writes it through the Java API (writing variables over REST is refused by the engine-API guard).
 */
@IntegratieTest
class StartEnFeitenMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String MOTIVERING = "Dit nemen we over omdat het de veiligheid in de buurt vergroot.";

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;

    // ---- start

    @Test
    void eenAndereWijkregisseurMeegevenBijDeStartWordtGenegeerd() {
        Map<String, Object> start = escalatie("oost");
        start.put("wijkregisseur", waarde("karim"));
        start.put("niveau", waarde("bestuurlijk"));

        String zaak = start("anna", "escalatie", start).getBody().get("id").asText();

        assertThat(runtimeService.getVariable(zaak, "wijkregisseur")).isEqualTo("anna");
        assertThat(taken("karim", zaak)).as("karim gets nothing of anna's escalation").isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_OplossenInWijk")
                .singleResult().getAssignee()).isEqualTo("anna");
        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("wijk");
    }

    @Test
    void eenVervalstGeregistreerdDoorEnOnbekendeVariabelenWordenNietBewaard() {
        long verstuurd = kengetallen().get("adviesreactiesOpTijd").get("totaal").asLong();
        Map<String, Object> start = advies("oost");
        start.put("geregistreerdDoor", waarde("carla"));
        start.put("auteur", waarde("eva"));
        // a reactie "sent on time" before anything was written: would count in the managers' figures
        start.put("verstuurdOp", Map.of("value", new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date()), "type", "Date"));
        start.put("opTijd", waarde(true));

        String zaak = start("bram", "wijkplatform-advies", start).getBody().get("id").asText();

        assertThat(runtimeService.getVariable(zaak, "geregistreerdDoor")).isEqualTo("bram");
        assertThat(runtimeService.getVariables(zaak)).doesNotContainKeys("auteur", "verstuurdOp", "opTijd");
        assertThat(kengetallen().get("adviesreactiesOpTijd").get("totaal").asLong()).isEqualTo(verstuurd);
    }

    @Test
    void eenEscalatieInEenAndereWijkWordtGeweigerd() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count();

        ResponseEntity<JsonNode> antwoord = start("anna", "escalatie", escalatie("overvecht"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(antwoord.getBody().get("message").asText()).startsWith("De escalatie is niet gestart.")
                .contains("wijk Overvecht");
        assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("Wijk");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count()).isEqualTo(voor);
    }

    @Test
    void eenAdviesVoorEenAndereWijkWordtGeweigerd() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("wijkplatform-advies").count();

        ResponseEntity<JsonNode> antwoord = start("bram", "wijkplatform-advies", advies("west"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(antwoord.getBody().get("message").asText()).startsWith("Het advies is niet geregistreerd.")
                .contains("wijkbureau West");
        assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("Wijk");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("wijkplatform-advies").count()).isEqualTo(voor);
    }

    @Test
    void ookInTasklistStartEenWijkregisseurNietInEenAndereWijkEnGeeftZeDeZaakNietWeg() {
        Map<String, Object> start = escalatie("oost");
        start.put("wijkregisseur", waarde("karim"));
        String tasklist = "/camunda/api/engine/engine/default/process-definition/key/escalatie/submit-form";
        HttpHeaders sessie = sessie("anna");

        ResponseEntity<JsonNode> eigen = rest.postForEntity(tasklist, new HttpEntity<>(Map.of("variables", start), sessie), JsonNode.class);
        ResponseEntity<JsonNode> ander = rest.postForEntity(tasklist, new HttpEntity<>(Map.of("variables", escalatie("overvecht")), sessie),
                JsonNode.class);

        assertThat(eigen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtimeService.getVariable(eigen.getBody().get("id").asText(), "wijkregisseur")).isEqualTo("anna");
        assertThat(ander.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ander.getBody().get("message").asText()).contains("u hoort niet bij wijk Overvecht");
    }

    // ---- candidate groups

    @Test
    void eenKommaInDeWijkMaaktDeAuteurGeenBeoordelaar() {
        String zaak = adviesBijDeVakafdeling();
        runtimeService.setVariable(zaak, "wijk", "oost,vakafdeling-so");

        ResponseEntity<JsonNode> reactie = reactie("daan", zaak);

        assertThat(reactie.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reactie.getBody().get("message").asText()).contains("'oost,vakafdeling-so' is geen bekende wijk");
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskCandidateGroup("vakafdeling-so")
                .taskDefinitionKey("Task_ReactieBeoordelen").count()).isZero();
        assertThat(taken("daan", zaak, "Task_ReactieBeoordelen")).isZero();
    }

    @Test
    void eenKommaInDeDienstenMaaktDeWijkregisseurGeenDienstdirecteur() {
        String zaak = start("anna", "escalatie", escalatie("oost")).getBody().get("id").asText();
        runtimeService.setVariable(zaak, "diensten", new java.util.ArrayList<>(List.of("so,wijkregisseur")));
        String wijk = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_OplossenInWijk").singleResult().getId();

        ResponseEntity<JsonNode> besluit = voltooi("anna", wijk, Map.of("besluit", waarde("escaleren"),
                "toelichting", waarde("Lukt niet in de wijk")));

        assertThat(besluit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taken("anna", zaak, "Task_BesluitDienstdirecteur")).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskCandidateGroup("wijkregisseur").count()).isZero();
    }

    // ---- facts

    @Test
    void deAuteurKanZijnEigenReactieNietBeoordelenOokAlsDeAuteurVariabeleIsVeranderd() {
        String zaak = adviesBijDeVakafdeling();
        assertThat(reactie("daan", zaak).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task beoordelen = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_ReactieBeoordelen").singleResult();
        // however daan got hold of the review (another hole) and whatever the variable says
        runtimeService.setVariable(zaak, "auteur", "eva");
        taskService.addCandidateUser(beoordelen.getId(), "daan");

        ResponseEntity<JsonNode> oordeel = voltooi("daan", beoordelen.getId(), Map.of("akkoord", waarde("ja")));

        assertThat(oordeel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(oordeel.getBody().get("message").asText()).contains("vier ogen");
        assertThat(taskService.createTaskQuery().taskId(beoordelen.getId()).count()).as("the review stays open").isOne();
    }

    @Test
    void eenDienstdirecteurKanHetBesluitVanDeAndereDienstNietOverschrijven() {
        String zaak = escalatieBijDeDienstdirecteuren();
        assertThat(voltooi("gert", dienstTaak(zaak, "sw"), opgelost()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);
        // femke overwrites what the process used to keep per dienst, then decides for her own dienst
        runtimeService.setVariable(zaak, "besluit_sw", "escaleren");
        runtimeService.setVariable(zaak, "toelichting_sw", "Stadswerken weigert");

        assertThat(voltooi("femke", dienstTaak(zaak, "so"), opgelost()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);

        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BesluitWijkgarage").count())
                .as("Stadswerken solved it; femke's write does not escalate").isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(zaak).activityInstanceIdIn(zaak)
                .variableName("eindniveau").singleResult().getValue()).isEqualTo("dienstdirecteur");
    }

    @Test
    void eenDienstdirecteurBesluitNietVoorDeDienstVanEenAnder() {
        String zaak = escalatieBijDeDienstdirecteuren();
        String femkesTaak = dienstTaak(zaak, "so");
        // femke's task made out to be Stadswerken's
        taskService.setVariable(femkesTaak, "dienst", "sw");

        ResponseEntity<JsonNode> besluit = voltooi("femke", femkesTaak, Map.of("besluit", waarde("escaleren"),
                "toelichting", waarde("Namens Stadswerken")));

        assertThat(besluit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(besluit.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("Dienst");
        assertThat(besluit.getBody().get("message").asText()).contains("geen dienstdirecteur van Stadswerken");
        assertThat(taskService.createTaskQuery().taskId(femkesTaak).count()).isOne();
    }

    @Test
    void eenZelfGezetNiveauLaatDeWijkregisseurNietNaarHetBestuurSpringen() {
        String zaak = start("anna", "escalatie", escalatie("oost")).getBody().get("id").asText();
        runtimeService.setVariable(zaak, "niveau", "algemeen-directeur");
        String wijk = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_OplossenInWijk").singleResult().getId();

        assertThat(voltooi("anna", wijk, Map.of("besluit", waarde("escaleren"), "toelichting", waarde("Lukt niet")))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);

        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("dienstdirecteur");
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BestuurlijkeUitkomstVastleggen").count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BesluitDienstdirecteur").count()).isEqualTo(2);
    }

    // ---- helpers

    private String adviesBijDeVakafdeling() {
        String zaak = start("bram", "wijkplatform-advies", advies("oost")).getBody().get("id").asText();
        Jobs.voerUit(managementService);
        String registreren = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_AdviesRegistreren").singleResult().getId();
        assertThat(voltooi("bram", registreren, Map.of("dienst", waarde("so"),
                "afsprakenVervolg", waarde("Bespreken op de wijkavond"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);
        return zaak;
    }

    private ResponseEntity<JsonNode> reactie(String auteur, String zaak) {
        String taak = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_ReactieSchrijven").singleResult().getId();
        // as Tasklist does: submit-form
        return rest.withBasicAuth(auteur, "demo").exchange("/engine-rest/task/" + taak + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", Map.of("punten", Map.of("value",
                        "[{\"standpunt\":\"overgenomen\",\"motivering\":\"" + MOTIVERING + "\"}]", "type", "Json"),
                        "vervolg", waarde("Uitvoering in het voorjaar")))), JsonNode.class);
    }

    private String escalatieBijDeDienstdirecteuren() {
        Map<String, Object> start = escalatie("oost");
        start.put("startNiveau", waarde("dienstdirecteur"));
        start.put("redenOverslaan", waarde("Wijkoverleg liep al vast"));
        String zaak = start("anna", "escalatie", start).getBody().get("id").asText();
        Jobs.voerUit(managementService);
        return zaak;
    }

    private String dienstTaak(String zaak, String dienst) {
        return taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BesluitDienstdirecteur")
                .taskCandidateGroup("dienstdirecteur-" + dienst).singleResult().getId();
    }

    private static Map<String, Object> opgelost() {
        return Map.of("besluit", waarde("opgelost"), "toelichting", waarde("Wij pakken ons deel op"),
                "afspraken", waarde("Planning voor 1 februari"));
    }

    private ResponseEntity<JsonNode> start(String gebruiker, String proces, Map<String, Object> variabelen) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/engine-rest/process-definition/key/" + proces + "/start",
                Map.of("variables", variabelen), JsonNode.class);
    }

    private ResponseEntity<JsonNode> voltooi(String gebruiker, String taak, Map<String, Object> variabelen) {
        return rest.withBasicAuth(gebruiker, "demo").exchange("/engine-rest/task/" + taak + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variabelen)), JsonNode.class);
    }

    /** A Tasklist session of the user: its cookies and CSRF token, as the webapp sends them. */
    private HttpHeaders sessie(String gebruiker) {
        ResponseEntity<String> eerste = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        Map<String, String> koekjes = new LinkedHashMap<>();
        bewaar(koekjes, eerste);
        HttpHeaders login = new HttpHeaders();
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        login.add(HttpHeaders.COOKIE, String.join("; ", koekjes.values()));
        login.add("X-XSRF-TOKEN", koekjes.get("XSRF-TOKEN").substring("XSRF-TOKEN=".length()));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", gebruiker);
        form.add("password", "demo");
        bewaar(koekjes, rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, login), String.class));
        HttpHeaders wie = new HttpHeaders();
        wie.add(HttpHeaders.COOKIE, String.join("; ", koekjes.values()));
        ResponseEntity<String> antwoord = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(wie), String.class);
        bewaar(koekjes, antwoord);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(HttpHeaders.COOKIE, String.join("; ", koekjes.values()));
        headers.add("X-XSRF-TOKEN", antwoord.getHeaders().getFirst("X-XSRF-TOKEN"));
        return headers;
    }

    private static void bewaar(Map<String, String> koekjes, ResponseEntity<?> antwoord) {
        antwoord.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream().map(c -> c.substring(0, c.indexOf(';')))
                .forEach(c -> koekjes.put(c.substring(0, c.indexOf('=')), c));
    }

    private JsonNode kengetallen() {
        return rest.withBasicAuth("jet", "demo").getForEntity("/api/dashboard/kengetallen", JsonNode.class).getBody();
    }

    private int taken(String gebruiker, String zaak) {
        return rest.withBasicAuth(gebruiker, "demo").getForEntity("/engine-rest/task?processInstanceId=" + zaak, JsonNode.class)
                .getBody().size();
    }

    private int taken(String gebruiker, String zaak, String taak) {
        return rest.withBasicAuth(gebruiker, "demo").getForEntity("/engine-rest/task?processInstanceId=" + zaak
                + "&taskDefinitionKey=" + taak, JsonNode.class).getBody().size();
    }

    private static Map<String, Object> escalatie(String wijk) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("titel", waarde("Herinrichting Oosterspoorplein"));
        variabelen.put("wijk", waarde(wijk));
        variabelen.put("diensten", Map.of("value", "[\"so\",\"sw\"]", "type", "Json"));
        variabelen.put("knelpunt", waarde("SO en SW wachten op elkaar"));
        variabelen.put("urgentie", waarde("normaal"));
        return variabelen;
    }

    private static Map<String, Object> advies(String wijk) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("wijkplatform", waarde("Wijkplatform"));
        variabelen.put("wijk", waarde(wijk));
        variabelen.put("onderwerp", waarde("Oversteek"));
        variabelen.put("soort", waarde("gevraagd"));
        variabelen.put("adviespunten", Map.of("value", "[\"Veilige oversteek\"]", "type", "Json"));
        variabelen.put("betrokkenen", waarde("Werkgroep verkeer"));
        variabelen.put("draagvlak", waarde("Wijkavond"));
        variabelen.put("contactEmail", waarde("platform@example.org"));
        return variabelen;
    }

    private static Map<String, Object> waarde(Object waarde) {
        return nl.utrecht.wijkgerichtwerken.Rest.waarde(waarde);
    }
}
