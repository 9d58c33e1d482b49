package nl.utrecht.wijkgerichtwerken.misbruik;

import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

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
import nl.utrecht.wijkgerichtwerken.Mails;

/**
 * Abuse catalogue, the afspraken over het vervolg and the follow-through of an advice (issue 21 items 2 and 3): a dienst
 * reports only its own vervolgpunten, with only the form's fields and a terugkoppeling; only the advice's wijkbureau
 * changes the afspraken (with only the documented fields) or closes a vervolgpunt. Nothing reaches the platform then.
 */
@IntegratieTest
class AdviesVervolgMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String MOTIVERING = "Dit nemen we over omdat het de veiligheid in de buurt vergroot.";
    private static final String AFSPRAKEN = "Op de wijkavond";

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    @Test
    void eenDienstKanHetVervolgpuntVanEenAndereDienstNietRapporteren() {
        String zaak = metVervolgpunten("Misbruik andermans vervolgpunt");
        Task vanSo = vervolgtaak(zaak, "vakafdeling-so");

        ResponseEntity<JsonNode> antwoord = voltooi("eva", vanSo, Map.of("uitvoering", waarde("niet-gedaan"),
                "terugkoppeling", waarde("Stadswerken doet hier niets aan.")));

        assertThat(antwoord.getStatusCode().is4xxClientError()).as(String.valueOf(antwoord.getBody())).isTrue();
        assertThat(taskService.createTaskQuery().taskId(vanSo.getId()).count()).isEqualTo(1);
        assertThat(mailsOver(zaak, "Terugkoppeling")).isZero();
    }

    @Test
    void eenVervolgrapportZonderTerugkoppelingOfMetVreemdeVeldenWordtGeweigerd() {
        String zaak = metVervolgpunten("Misbruik leeg rapport");
        Task vanSo = vervolgtaak(zaak, "vakafdeling-so");

        ResponseEntity<JsonNode> leeg = voltooi("daan", vanSo, Map.of("uitvoering", waarde("gedaan"), "terugkoppeling", waarde("  ")));
        ResponseEntity<JsonNode> vreemd = voltooi("daan", vanSo, Map.of("uitvoering", waarde("gedaan"),
                "terugkoppeling", waarde("Gedaan."), "vervolgpunten", Map.of("type", "Json", "value", "[]")));

        assertThat(leeg.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(leeg.getBody().toString()).contains("Terugkoppeling aan het wijkplatform").contains("dit veld is verplicht");
        assertThat(vreemd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(vreemd.getBody().toString()).contains("vervolgpunten");
        assertThat(taskService.createTaskQuery().taskId(vanSo.getId()).count()).isEqualTo(1);
        assertThat(mailsOver(zaak, "Terugkoppeling")).isZero();
    }

    @Test
    void deAfsprakenWijzigenMetOnbekendeVeldenWordtGeweigerd() {
        String zaak = geregistreerd("Misbruik afspraken velden");

        ResponseEntity<JsonNode> antwoord = afspraken("bram", zaak, Map.of("afsprakenVervolg", "Niets", "reden", "Zomaar",
                "dienst", "sw", "contactEmail", "iemand@example.org"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(antwoord.getBody().get("fouten").findValuesAsText("veld")).containsExactly("contactEmail", "dienst");
        assertThat(afsprakenVan(zaak)).isEqualTo(AFSPRAKEN);
        assertThat(mailsOver(zaak, "gewijzigd")).isZero();
    }

    @Test
    void alleenHetWijkbureauVanDeWijkKanDeAfsprakenWijzigen() {
        String zaak = geregistreerd("Misbruik wie wijzigt");
        Map<String, Object> invoer = Map.of("afsprakenVervolg", "Niets meer", "reden", "Geen zin");

        for (String lezer : new String[] {"daan", "jet"}) {
            ResponseEntity<JsonNode> antwoord = afspraken(lezer, zaak, invoer);
            assertThat(antwoord.getStatusCode()).as(lezer).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(antwoord.getBody().get("detail").asText()).isEqualTo(
                    "Alleen het wijkbureau van de wijk van dit advies kan de afspraken over het vervolg wijzigen.");
        }
        assertThat(afspraken("karim", zaak, invoer).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(afsprakenVan(zaak)).isEqualTo(AFSPRAKEN);
        assertThat(mailsOver(zaak, "gewijzigd")).isZero();
    }

    @Test
    void eenDienstKanEenVervolgpuntNietSluiten() {
        String zaak = metVervolgpunten("Misbruik sluiten");
        Task vanSo = vervolgtaak(zaak, "vakafdeling-so");

        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("daan", "demo").postForEntity(
                "/api/zaken/" + zaak + "/vervolgpunten/1/sluiten", Map.of("reden", "Geen tijd"), JsonNode.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Jobs.voerUit(managementService);
        assertThat(taskService.createTaskQuery().taskId(vanSo.getId()).count()).isEqualTo(1);
        assertThat(mailsOver(zaak, "afgesloten")).isZero();
    }

    /** An advice of wijkbureau Oost with two points, registered for so. */
    private String geregistreerd(String onderwerp) {
        Map<String, Object> start = new HashMap<>(Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", onderwerp, "soort", "gevraagd", "adviespunten", "[\"Een veilige oversteek\", \"Meer groen\"]",
                "betrokkenen", "Werkgroep verkeer", "draagvlak", "Wijkavond", "contactEmail", "platform-oost@example.org"));
        String zaak = als("bram", List.of("wijkbureau-oost", "wijk-oost"),
                () -> runtimeService.startProcessInstanceByKey("wijkplatform-advies", start).getBusinessKey());
        rond(zaak, "Task_AdviesRegistreren", null, "bram", List.of("wijkbureau-oost"),
                Map.of("dienst", "so", "dienstPunt2", "sw", "afsprakenVervolg", AFSPRAKEN));
        return zaak;
    }

    /** {@link #geregistreerd} with the reactie sent: point 1 overgenomen (so), point 2 nader-onderzoek (sw). */
    private String metVervolgpunten(String onderwerp) {
        String zaak = geregistreerd(onderwerp);
        rond(zaak, "Task_ReactieSchrijven", "vakafdeling-so", "daan", List.of("vakafdeling-so"), Map.of("punten",
                "[{\"nummer\":1,\"standpunt\":\"overgenomen\",\"motivering\":\"" + MOTIVERING + "\"}]", "vervolg", "Komt er"));
        rond(zaak, "Task_ReactieSchrijven", "vakafdeling-sw", "eva", List.of("vakafdeling-sw"), Map.of("punten",
                "[{\"nummer\":2,\"standpunt\":\"nader-onderzoek\",\"motivering\":\"" + MOTIVERING + "\"}]", "vervolg", "Onderzoek"));
        rond(zaak, "Task_ReactieBeoordelen", null, "carla", List.of("wijkbureau-oost"), Map.of("akkoord", "ja"));
        return zaak;
    }

    private void rond(String zaak, String activiteit, String groep, String gebruiker, List<String> groepen, Map<String, Object> variabelen) {
        var vraag = taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit);
        Task taak = (groep == null ? vraag : vraag.taskCandidateGroup(groep)).singleResult();
        Map<String, Object> waarden = new HashMap<>(variabelen);
        if (waarden.get("punten") instanceof String json) {
            waarden.put("punten", org.camunda.spin.plugin.variable.SpinValues.jsonValue(json).create());
        }
        als(gebruiker, groepen, () -> {
            taskService.complete(taak.getId(), waarden);
            return null;
        });
    }

    private <T> T als(String gebruiker, List<String> groepen, java.util.function.Supplier<T> werk) {
        engine.getIdentityService().setAuthentication(gebruiker, groepen);
        try {
            T uitkomst = werk.get();
            Jobs.voerUit(managementService);
            return uitkomst;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private Task vervolgtaak(String zaak, String groep) {
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_VervolgRapporteren")
                .taskCandidateGroup(groep).singleResult();
        assertThat(taak).as("the vervolgpunt of " + groep).isNotNull();
        return taak;
    }

    private ResponseEntity<JsonNode> afspraken(String gebruiker, String zaak, Map<String, Object> invoer) {
        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth(gebruiker, "demo").postForEntity("/api/zaken/" + zaak + "/afspraken",
                invoer, JsonNode.class);
        Jobs.voerUit(managementService);
        return antwoord;
    }

    private String afsprakenVan(String zaak) {
        return (String) runtimeService.getVariable(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("wijkplatform-advies").singleResult().getId(), "afsprakenVervolg");
    }

    private ResponseEntity<JsonNode> voltooi(String gebruiker, Task taak, Map<String, Object> variabelen) {
        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth(gebruiker, "demo").postForEntity(
                "/engine-rest/task/" + taak.getId() + "/complete", Map.of("variables", variabelen), JsonNode.class);
        Jobs.voerUit(managementService);
        return antwoord;
    }

    private long mailsOver(String zaak, String woord) {
        return List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> Mails.onderwerp(m).contains(zaak) && Mails.onderwerp(m).contains(woord)).count();
    }
}
