package nl.utrecht.wijkgerichtwerken.misbruik;

import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * Abuse catalogue, the advice's options and routing (issue 19 items 1 and 4): extending the reactie term from the case
 * file ({@code POST /api/zaken/{zaaknummer}/verlengen}) is the wijkbureau's, once, with a reason and only the documented
 * fields; a dienst answers only its own adviespunten, also through {@code /engine-rest}; every point goes to a
 * configured dienst.
 */
@IntegratieTest
class AdviesMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String MOTIVERING = "Dit nemen we over omdat het de veiligheid in de buurt vergroot.";

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired Werkdagen werkdagen;

    @Test
    void deReactietermijnKanMaarEenKeerWordenVerlengd() {
        String zaak = advies("Misbruik twee keer verlengen", Map.of());
        assertThat(verlengen("bram", zaak, Map.of("reden", "Overleg met de provincie", "nieuweTermijn", nieuweTermijn(zaak, 10)))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);
        Date verlengd = reactieDatum(zaak);

        ResponseEntity<JsonNode> nogmaals = verlengen("carla", zaak, Map.of("reden", "Nog meer tijd", "nieuweTermijn", nieuweTermijn(zaak, 10)));

        assertThat(nogmaals.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(nogmaals.getBody().get("detail").asText()).contains("al eens verlengd; dat kan maar één keer");
        Jobs.voerUit(managementService);
        assertThat(reactieDatum(zaak)).isEqualTo(verlengd);
    }

    @Test
    void verlengenZonderRedenWordtGeweigerd() {
        String zaak = advies("Misbruik zonder reden", Map.of());
        Date voor = reactieDatum(zaak);

        ResponseEntity<JsonNode> antwoord = verlengen("bram", zaak, Map.of("reden", "  ", "nieuweTermijn", nieuweTermijn(zaak, 5)));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("fouten").findValuesAsText("veld")).containsExactly("reden");
        Jobs.voerUit(managementService);
        assertThat(reactieDatum(zaak)).isEqualTo(voor);
    }

    @Test
    void verlengenMetOnbekendeVeldenWordtGeweigerd() {
        String zaak = advies("Misbruik onbekende velden", Map.of());
        Date voor = reactieDatum(zaak);

        ResponseEntity<JsonNode> antwoord = verlengen("bram", zaak, Map.of("reden", "Drukte", "nieuweTermijn", nieuweTermijn(zaak, 5),
                "reactieDatum", "2099-01-01", "verlengd", false));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("fouten").findValuesAsText("veld")).containsExactly("reactieDatum", "verlengd");
        Jobs.voerUit(managementService);
        assertThat(reactieDatum(zaak)).isEqualTo(voor);
    }

    @Test
    void alleenHetWijkbureauVanDeWijkKanDeTermijnVerlengen() {
        String zaak = advies("Misbruik wie verlengt", Map.of());
        Date voor = reactieDatum(zaak);
        Map<String, Object> invoer = Map.of("reden", "Drukte", "nieuweTermijn", nieuweTermijn(zaak, 5));

        for (String lezer : new String[] {"daan", "jet"}) {
            ResponseEntity<JsonNode> antwoord = verlengen(lezer, zaak, invoer);
            assertThat(antwoord.getStatusCode()).as(lezer).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(antwoord.getBody().get("detail").asText()).isEqualTo(
                    "Alleen het wijkbureau van de wijk van dit advies kan de reactietermijn verlengen.");
        }
        assertThat(verlengen("karim", zaak, invoer).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Jobs.voerUit(managementService);
        assertThat(reactieDatum(zaak)).isEqualTo(voor);
    }

    @Test
    void eenDienstKanHetAdviespuntVanEenAndereDienstNietBeantwoorden() {
        String zaak = advies("Misbruik andermans punt", Map.of("dienstPunt2", "sw"));
        Task stadswerken = taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_ReactieSchrijven")
                .taskCandidateGroup("vakafdeling-sw").singleResult();
        assertThat(stadswerken).as("Stadswerken has a reactie task of its own").isNotNull();

        ResponseEntity<JsonNode> velden = voltooi("eva", stadswerken, Map.of("standpunt1", waarde("niet-overgenomen"),
                "motivering1", waarde(MOTIVERING), "standpunt2", waarde("overgenomen"), "motivering2", waarde(MOTIVERING),
                "vervolg", waarde("Wij doen alles")));
        ResponseEntity<JsonNode> punten = voltooi("eva", stadswerken, Map.of("punten", Map.of("type", "Json", "value",
                "[{\"nummer\":1,\"standpunt\":\"niet-overgenomen\",\"motivering\":\"" + MOTIVERING + "\"},"
                        + "{\"nummer\":2,\"standpunt\":\"overgenomen\",\"motivering\":\"" + MOTIVERING + "\"}]"),
                "vervolg", waarde("Wij doen alles")));

        for (ResponseEntity<JsonNode> antwoord : List.of(velden, punten)) {
            assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(antwoord.getBody().toString()).contains("Adviespunt 1").contains("toegewezen aan StadsOntwikkeling");
        }
        assertThat(taskService.createTaskQuery().taskId(stadswerken.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(stadswerken.getProcessInstanceId(), "dienstPunt2"))
                .as("the routing field stays on the registration task, never on the case").isNull();
        assertThat(runtimeService.getVariable(stadswerken.getProcessInstanceId(), "standpunt2"))
                .as("a refused answer leaves nothing on the case").isNull();
    }

    @Test
    void eenStandpuntBijEenAdviespuntDatErNietIsWordtGeweigerd() {
        String zaak = advies("Misbruik derde punt", Map.of());
        Task reactie = taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_ReactieSchrijven").singleResult();

        ResponseEntity<JsonNode> antwoord = voltooi("daan", reactie, Map.of("standpunt1", waarde("overgenomen"),
                "motivering1", waarde(MOTIVERING), "standpunt2", waarde("overgenomen"), "motivering2", waarde(MOTIVERING),
                "standpunt3", waarde("overgenomen"), "vervolg", waarde("Wij pakken het op")));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().toString()).contains("Standpunt bij adviespunt 3")
                .contains("het advies heeft 2 adviespunten; er is geen adviespunt 3");
        assertThat(taskService.createTaskQuery().taskId(reactie.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(reactie.getProcessInstanceId(), "standpunt3")).isNull();
    }

    @Test
    void eenAdviespuntGaatAlleenNaarEenBekendeDienst() {
        String zaak = advies("Misbruik onbekende dienst", null);
        Task registreren = taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_AdviesRegistreren").singleResult();

        ResponseEntity<JsonNode> antwoord = voltooi("bram", registreren, Map.of("dienst", waarde("so"),
                "afsprakenVervolg", waarde("Op de wijkavond"), "dienstPunt1", waarde("gotham"), "dienstPunt3", waarde("sw")));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().toString()).contains("'gotham' is geen bekende dienst")
                .contains("het advies heeft 2 adviespunten; er is geen adviespunt 3");
        assertThat(taskService.createTaskQuery().taskId(registreren.getId()).count()).isEqualTo(1);
    }

    /** An advice of wijkbureau Oost with two points, registered for so with {@code verdeling} (not registered if null). */
    private String advies(String onderwerp, Map<String, Object> verdeling) {
        Map<String, Object> start = new HashMap<>(Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", onderwerp, "soort", "gevraagd", "adviespunten", "[\"Een veilige oversteek\", \"Meer groen\"]",
                "betrokkenen", "Werkgroep verkeer", "draagvlak", "Wijkavond", "contactEmail", "platform-oost@example.org"));
        var identiteit = engine.getIdentityService();
        identiteit.setAuthentication("bram", List.of("wijkbureau-oost", "wijk-oost"));
        try {
            String zaak = runtimeService.startProcessInstanceByKey("wijkplatform-advies", start).getBusinessKey();
            Jobs.voerUit(managementService);
            if (verdeling != null) {
                Map<String, Object> registratie = new HashMap<>(verdeling);
                registratie.put("dienst", "so");
                registratie.put("afsprakenVervolg", "Op de wijkavond");
                Task taak = taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_AdviesRegistreren").singleResult();
                taskService.complete(taak.getId(), registratie);
                Jobs.voerUit(managementService);
            }
            return zaak;
        } finally {
            identiteit.clearAuthentication();
        }
    }

    private ResponseEntity<JsonNode> verlengen(String gebruiker, String zaaknummer, Map<String, Object> invoer) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/api/zaken/" + zaaknummer + "/verlengen", invoer, JsonNode.class);
    }

    private ResponseEntity<JsonNode> voltooi(String gebruiker, Task taak, Map<String, Object> variabelen) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/engine-rest/task/" + taak.getId() + "/complete",
                Map.of("variables", variabelen), JsonNode.class);
    }

    private Date reactieDatum(String zaak) {
        return (Date) runtimeService.getVariable(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("wijkplatform-advies").singleResult().getId(), "reactieDatum");
    }

    private String nieuweTermijn(String zaak, int werkdagenLater) {
        LocalDate huidig = reactieDatum(zaak).toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        return werkdagen.plusWerkdagen(huidig, werkdagenLater).toString();
    }
}
