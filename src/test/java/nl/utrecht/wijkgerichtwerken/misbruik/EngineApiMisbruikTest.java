package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/**
 * Catalogue: what a task holder may not do through the engine API, whatever Tasklist's forms allow. Each abuse is
 * tried through {@code /engine-rest} (HTTP Basic) and through the webapps' API that Tasklist calls (session and
 * CSRF token), refused with a Dutch message that names the field, and the case is checked afterwards through the
 * engine: unchanged.
 */
@IntegratieTest
class EngineApiMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** An empty ArrayList in Java serialization. */
    private static final String JAVA_OBJECT = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;

    private Zaken zaken;

    @BeforeEach
    void zaken() {
        zaken = new Zaken(runtimeService, taskService, identityService, managementService);
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void reviewerKanReactieNietHerschrijven(EngineApi api) {
        String zaak = zaken.adviesTerBeoordeling();
        Task beoordeling = zaken.taak(zaak, "Task_ReactieBeoordelen");
        zaken.claim("carla", beoordeling);
        String punten = String.valueOf(runtimeService.getVariable(zaak, "punten"));
        Map<String, Object> herschreven = Map.of("value",
                "[{\"standpunt\":\"niet-overgenomen\",\"motivering\":\"Dit heeft niemand geschreven of beoordeeld, echt niet.\"}]",
                "type", "Json");
        EngineApi.Gebruiker carla = api.als(rest, "carla");
        String taak = "/task/" + beoordeling.getId();

        verboden(carla.put(taak + "/variables/punten", herschreven), "variabelen");
        verboden(carla.post(taak + "/variables", Map.of("modifications", Map.of("punten", herschreven))), "variabelen");
        verboden(carla.put(taak + "/localVariables/punten", herschreven), "variabelen");
        verboden(carla.put("/process-instance/" + zaak + "/variables/punten", herschreven), "variabelen");
        verboden(carla.put("/execution/" + zaak + "/localVariables/punten", herschreven), "variabelen");
        ongeldig(carla.post(taak + "/complete", Map.of("variables", Map.of("akkoord", waarde("ja"), "punten", herschreven))), "punten");

        assertThat(String.valueOf(runtimeService.getVariable(zaak, "punten"))).isEqualTo(punten).contains(Zaken.MOTIVERING);
        assertThat(open(beoordeling)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void reviewerKanAuteurNietHerschrijven(EngineApi api) {
        String zaak = zaken.adviesTerBeoordeling();
        Task beoordeling = zaken.taak(zaak, "Task_ReactieBeoordelen");
        zaken.claim("carla", beoordeling);
        EngineApi.Gebruiker carla = api.als(rest, "carla");

        verboden(carla.put("/task/" + beoordeling.getId() + "/variables/auteur", waarde("bram")), "variabelen");
        ongeldig(carla.post("/task/" + beoordeling.getId() + "/submit-form",
                Map.of("variables", Map.of("akkoord", waarde("ja"), "auteur", waarde("bram")))), "auteur");

        assertThat(runtimeService.getVariable(zaak, "auteur")).isEqualTo("daan");
        assertThat(open(beoordeling)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void wijkregisseurKanNiveauNietZetten(EngineApi api) {
        String zaak = zaken.escalatie("wijk");
        Task taak = zaken.taak(zaak, "Task_OplossenInWijk");
        EngineApi.Gebruiker anna = api.als(rest, "anna");

        verboden(anna.put("/task/" + taak.getId() + "/variables/niveau", waarde("bestuurlijk")), "variabelen");
        verboden(anna.put("/task/" + taak.getId() + "/localVariables/niveau", waarde("bestuurlijk")), "variabelen");
        ongeldig(anna.post("/task/" + taak.getId() + "/complete", Map.of("variables", Map.of("besluit", waarde("escaleren"),
                "toelichting", waarde("Door naar het bestuur"), "niveau", waarde("bestuurlijk")))), "niveau");

        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("wijk");
        assertThat(open(taak)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void dienstdirecteurKanBesluitVanAndereDienstNietOverschrijven(EngineApi api) {
        String zaak = zaken.escalatie("dienstdirecteur");
        Task so = zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so");
        Task sw = zaken.taak(zaak, "Task_BesluitDienstdirecteur", "sw");
        zaken.claim("femke", so);
        EngineApi.Gebruiker femke = api.als(rest, "femke");

        verboden(femke.put("/task/" + so.getId() + "/variables/besluit_sw", waarde("opgelost")), "variabelen");
        verboden(femke.post("/process-instance/" + zaak + "/variables",
                Map.of("modifications", Map.of("besluit_sw", waarde("opgelost")))), "variabelen");
        ongeldig(femke.post("/task/" + so.getId() + "/complete", Map.of("variables", Map.of("besluit", waarde("opgelost"),
                "toelichting", waarde("Wij lossen het op"), "afspraken", waarde("SO pakt het op"),
                "besluit_sw", waarde("opgelost")))), "besluit_sw");

        assertThat(runtimeService.getVariable(zaak, "besluit_sw")).isNull();
        assertThat(runtimeService.getVariable(zaak, "besluit_so")).isNull();
        assertThat(open(so)).isTrue();
        assertThat(open(sw)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void extraVariabelenBijAfrondenWordenGeweigerd(EngineApi api) {
        String zaak = zaken.escalatie("wijk");
        Task taak = zaken.taak(zaak, "Task_OplossenInWijk");

        ResponseEntity<JsonNode> antwoord = api.als(rest, "anna").post("/task/" + taak.getId() + "/complete", Map.of("variables",
                Map.of("besluit", waarde("escaleren"), "toelichting", waarde("Door"), "niveau", waarde("bestuurlijk"),
                        "contactEmail", waarde("aanvaller@example.org"), "auteur", waarde("karim"), "wijkregisseur", waarde("karim"))));

        ongeldig(antwoord, "niveau");
        assertThat(antwoord.getBody().get("fouten").findValuesAsText("veld"))
                .containsExactlyInAnyOrder("niveau", "contactEmail", "auteur", "wijkregisseur");
        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("wijk");
        assertThat(runtimeService.getVariable(zaak, "wijkregisseur")).isEqualTo("anna");
        assertThat(runtimeService.getVariables(zaak)).doesNotContainKeys("contactEmail", "auteur");
        assertThat(open(taak)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void taakhouderKanTermijnNietWijzigen(EngineApi api) {
        String zaak = zaken.escalatie("wijk");
        Task taak = zaken.taak(zaak, "Task_OplossenInWijk");
        EngineApi.Gebruiker anna = api.als(rest, "anna");

        for (Object termijn : new Object[] {null, "2020-01-01T09:00:00.000+0100"}) {
            Map<String, Object> wijziging = new HashMap<>();
            wijziging.put("name", taak.getName());
            wijziging.put("assignee", "anna");
            wijziging.put("due", termijn);
            wijziging.put("followUp", termijn);
            verboden(anna.put("/task/" + taak.getId(), wijziging), "due");
        }

        Task daarna = zaken.taak(zaak, "Task_OplossenInWijk");
        assertThat(daarna.getDueDate()).isNotNull().isEqualTo(taak.getDueDate());
        assertThat(daarna.getFollowUpDate()).isEqualTo(taak.getFollowUpDate());
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void taakhouderKanTaakNietAanEenAnderGeven(EngineApi api) {
        String wijk = zaken.escalatie("wijk");
        Task eigen = zaken.taak(wijk, "Task_OplossenInWijk");
        String dienstdirecteur = zaken.escalatie("dienstdirecteur");
        Task groepstaak = zaken.taak(dienstdirecteur, "Task_BesluitDienstdirecteur", "so");

        verboden(api.als(rest, "anna").post("/task/" + eigen.getId() + "/assignee", Map.of("userId", "karim")), "userId");
        verboden(api.als(rest, "femke").post("/task/" + groepstaak.getId() + "/claim", Map.of("userId", "gert")), "userId");
        verboden(api.als(rest, "femke").post("/task/" + groepstaak.getId() + "/assignee", Map.of("userId", "gert")), "userId");

        assertThat(zaken.taak(wijk, "Task_OplossenInWijk").getAssignee()).isEqualTo("anna");
        assertThat(zaken.taak(dienstdirecteur, "Task_BesluitDienstdirecteur", "so").getAssignee()).isNull();
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void collegaKanGeclaimdeTaakNietOvernemen(EngineApi api) {
        String zaak = zaken.adviesTerBeoordeling();
        Task beoordeling = zaken.taak(zaak, "Task_ReactieBeoordelen");
        zaken.claim("carla", beoordeling);
        EngineApi.Gebruiker bram = api.als(rest, "bram");

        verboden(bram.post("/task/" + beoordeling.getId() + "/unclaim", null), "assignee");
        verboden(bram.post("/task/" + beoordeling.getId() + "/assignee", Map.of("userId", "bram")), "assignee");

        assertThat(zaken.taak(zaak, "Task_ReactieBeoordelen").getAssignee()).isEqualTo("carla");
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void taakhouderKanNietDelegerenNaarAndereDienst(EngineApi api) {
        String zaak = zaken.escalatie("dienstdirecteur");
        Task taak = zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so");
        zaken.claim("femke", taak);

        verboden(api.als(rest, "femke").post("/task/" + taak.getId() + "/delegate", Map.of("userId", "gert")), "userId");

        Task daarna = zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so");
        assertThat(daarna.getAssignee()).isEqualTo("femke");
        assertThat(daarna.getDelegationState()).isNull();
        assertThat(daarna.getOwner()).isNull();
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void taakhouderKanGeenKandidaatgroepToevoegen(EngineApi api) {
        String zaak = zaken.escalatie("dienstdirecteur");
        Task taak = zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so");
        zaken.claim("femke", taak);
        EngineApi.Gebruiker femke = api.als(rest, "femke");

        verboden(femke.post("/task/" + taak.getId() + "/identity-links", Map.of("groupId", "vakafdeling-so", "type", "candidate")), "groupId");
        verboden(femke.post("/task/" + taak.getId() + "/identity-links", Map.of("userId", "daan", "type", "candidate")), "userId");
        verboden(femke.post("/task/" + taak.getId() + "/identity-links/delete",
                Map.of("groupId", "dienstdirecteur-so", "type", "candidate")), "groupId");

        assertThat(taskService.getIdentityLinksForTask(taak.getId())).filteredOn(l -> l.getType().equals("candidate"))
                .extracting(IdentityLink::getGroupId).containsExactly("dienstdirecteur-so");
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void geserialiseerdJavaObjectWordtGeweigerd(EngineApi api) {
        String zaak = zaken.escalatie("wijk");
        Task taak = zaken.taak(zaak, "Task_OplossenInWijk");
        Map<String, Object> object = Map.of("value", JAVA_OBJECT, "type", "Object", "valueInfo", Map.of(
                "objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/x-java-serialized-object"));
        Map<String, Object> bestand = Map.of("value", "aGFsbG8=", "type", "File", "valueInfo", Map.of("filename", "x.txt"));

        ongeldig(api.als(rest, "anna").post("/task/" + taak.getId() + "/complete", Map.of("variables",
                Map.of("besluit", waarde("escaleren"), "toelichting", object))), "toelichting");
        ongeldig(api.als(rest, "anna").post("/task/" + taak.getId() + "/complete", Map.of("variables",
                Map.of("besluit", waarde("escaleren"), "toelichting", bestand))), "toelichting");
        // not even an administrator stores a serialized object
        ongeldig(api.als(rest, "demo").put("/process-instance/" + zaak + "/variables/bijlage", object), "waarde");

        assertThat(runtimeService.getVariables(zaak)).doesNotContainKeys("toelichting", "bijlage");
        assertThat(open(taak)).isTrue();
    }

    /** The control: what a candidate does in Tasklist still works through both doors. */
    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void claimenVrijgevenEnAfrondenBlijvenToegestaan(EngineApi api) {
        String zaak = zaken.escalatie("dienstdirecteur");
        Task taak = zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so");
        EngineApi.Gebruiker femke = api.als(rest, "femke");
        String pad = "/task/" + taak.getId();

        assertThat(femke.post(pad + "/claim", Map.of("userId", "femke")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(femke.post(pad + "/unclaim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so").getAssignee()).isNull();
        ResponseEntity<JsonNode> zelf = femke.post(pad + "/assignee", Map.of("userId", "femke"));
        assertThat(zelf.getStatusCode()).as(String.valueOf(zelf.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so").getAssignee()).isEqualTo("femke");
        ResponseEntity<JsonNode> afgerond = femke.post(pad + "/submit-form", Map.of("variables", Map.of("besluit", waarde("escaleren"),
                "toelichting", waarde("SO komt er niet uit met SW"), "afspraken", waarde(""), "controleDatum", waarde(null))));

        assertThat(afgerond.getStatusCode()).as(String.valueOf(afgerond.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(open(taak)).isFalse();
    }

    /** A second tab, or a double click: completing a task that was just completed changes nothing and says so in Dutch. */
    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void tweedeKeerAfrondenZegtInHetNederlandsDatDeTaakAlIsAfgerond(EngineApi api) {
        String zaak = zaken.escalatie("dienstdirecteur");
        Task taak = zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so");
        zaken.claim("femke", taak);
        EngineApi.Gebruiker femke = api.als(rest, "femke");
        Map<String, Object> besluit = Map.of("variables", Map.of("besluit", waarde("escaleren"),
                "toelichting", waarde("SO komt er niet uit met SW"), "afspraken", waarde(""), "controleDatum", waarde(null)));

        assertThat(femke.post("/task/" + taak.getId() + "/submit-form", besluit).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> nogmaals = femke.post("/task/" + taak.getId() + "/submit-form", besluit);

        assertThat(nogmaals.getStatusCode().is4xxClientError()).as(String.valueOf(nogmaals.getBody())).isTrue();
        assertThat(nogmaals.getBody().path("message").asText()).contains("al afgerond").doesNotContain("ENGINE-", "task");
    }

    /** What the engine refuses for lack of rights is explained in Dutch, never as an English permission dump. */
    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void eenWeigeringOmRechtenIsNederlandsEnGeenRechtendump(EngineApi api) {
        String zaak = zaken.escalatie("dienstdirecteur");
        Task taak = zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so");

        ResponseEntity<JsonNode> claim = api.als(rest, "jet").post("/task/" + taak.getId() + "/claim", Map.of("userId", "jet"));
        ResponseEntity<JsonNode> losseTaak = api.als(rest, "anna").post("/task/create", Map.of("id", "losse-taak-" + api, "name", "Iets"));

        assertThat(claim.getStatusCode()).as(String.valueOf(claim.getBody())).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(claim.getBody().path("message").asText()).doesNotContain("ENGINE-", "The user", "permission")
                .containsAnyOf("U kunt deze taak niet oppakken", "al afgerond");
        assertThat(losseTaak.getStatusCode()).as(String.valueOf(losseTaak.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(losseTaak.getBody().path("message").asText()).startsWith("Losse taken aanmaken kan alleen een beheerder");
        assertThat(zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so").getAssignee()).isNull();
        assertThat(taskService.createTaskQuery().taskId("losse-taak-" + api).count()).isZero();
    }

    /**
     * A body the server cannot read (broken JSON, a value of the wrong type, a list where an object belongs) is refused
     * in Dutch, naming the request; never Jackson's or the engine's English, and the task stays open.
     */
    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void onleesbaarVerzoekWordtInHetNederlandsGeweigerd(EngineApi api) {
        String zaak = zaken.escalatie("dienstdirecteur");
        Task taak = zaken.taak(zaak, "Task_BesluitDienstdirecteur", "so");
        zaken.claim("femke", taak);
        EngineApi.Gebruiker femke = api.als(rest, "femke");
        String afronden = "/task/" + taak.getId() + "/submit-form";

        for (Object lichaam : new Object[] {"{\"variables\": {\"besluit\": ", "[1, 2]",
                "{\"variables\": {\"besluit\": {\"value\": \"escaleren\", \"type\": \"Integer\"}}}",
                "{\"variables\": \"alles\"}"}) {
            ResponseEntity<JsonNode> antwoord = femke.post(afronden, lichaam);
            assertThat(antwoord.getStatusCode()).as(lichaam + " -> " + antwoord.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(antwoord.getBody().path("message").asText()).as(lichaam + " -> " + antwoord.getBody())
                    .containsIgnoringCase("niets gewijzigd").doesNotContain("ENGINE-", "Exception", "Cannot", "Unexpected", "java.");
            assertThat(antwoord.getBody().path("fouten").findValuesAsText("veld")).as(lichaam + " -> " + antwoord.getBody()).isNotEmpty();
        }
        assertThat(open(taak)).isTrue();
    }

    private boolean open(Task taak) {
        return taskService.createTaskQuery().taskId(taak.getId()).count() == 1;
    }

    private static Map<String, Object> waarde(Object waarde) {
        Map<String, Object> dto = new HashMap<>();
        dto.put("value", waarde);
        return dto;
    }

    private static void verboden(ResponseEntity<JsonNode> antwoord, String veld) {
        weigering(antwoord, HttpStatus.FORBIDDEN, veld);
    }

    private static void ongeldig(ResponseEntity<JsonNode> antwoord, String veld) {
        weigering(antwoord, HttpStatus.BAD_REQUEST, veld);
    }

    /** Refused with the status, a Dutch message without engine codes, and the field named. */
    private static void weigering(ResponseEntity<JsonNode> antwoord, HttpStatus status, String veld) {
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(status);
        String melding = antwoord.getBody().path("message").asText();
        assertThat(melding).as("Dutch message").containsAnyOf("Niets gewijzigd", "niet afgerond", "niets opgeslagen")
                .doesNotContain("ENGINE-");
        assertThat(antwoord.getBody().path("fouten").findValuesAsText("veld")).as("refused fields").contains(veld);
    }
}
