package nl.utrecht.wijkgerichtwerken.intake;

import static nl.utrecht.wijkgerichtwerken.Rest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;

/**
 * Issue 21 item 6: each process walked along its path with the engine while the resident reads
 * {@code GET /api/status}: phases in public language, each once and in order, one current; the dienst and the contact
 * person; a promised date while the case runs and none once the reactie, answer or besluit has gone.
 */
@IntegratieTest
class StatusfasenIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    @AfterEach
    void werkAfMetEenDraaiendeMailserver() {
        Jobs.voerUit(managementService);
    }

    @Test
    void eenAdviesToontZijnFasenElkEenKeerOokNaEenAfgekeurdeReactie() {
        JsonNode ingediend = rest.postForObject("/api/adviezen", PubliekeAanvragen.advies(), JsonNode.class);
        String pad = pad(ingediend);
        String id = instantie(ingediend.get("zaaknummer").asText());
        Jobs.voerUit(managementService);

        JsonNode ontvangen = status(pad);
        assertThat(namen(ontvangen)).containsExactly("Advies ontvangen", "In behandeling bij een dienst van de gemeente", "Reactie verstuurd");
        assertThat(huidige(ontvangen)).isEqualTo("Advies ontvangen");
        assertThat(ontvangen.get("verwachteDatum").isNull()).isFalse();
        assertThat(ontvangen.get("contactpersoon").get("naam").asText()).isEqualTo("Wijkbureau Zuid");
        assertThat(ontvangen.get("contactpersoon").get("telefoon").asText()).isEqualTo("14 030");

        taskService.complete(taak(id, "Task_AdviesRegistreren"), Map.of("dienst", "sw", "afsprakenVervolg", "Op de wijkavond"));
        Jobs.voerUit(managementService);
        taskService.complete(taak(id, "Task_ReactieSchrijven"), reactie());
        taskService.complete(taak(id, "Task_ReactieBeoordelen"), Map.of("akkoord", "nee", "opmerkingen", "Punt 2 korter"));
        Jobs.voerUit(managementService);

        JsonNode terug = status(pad);
        assertThat(namen(terug)).as("the review loop is no phase of its own")
                .containsExactly("Advies ontvangen", "In behandeling bij Stadswerken", "Reactie verstuurd");
        assertThat(huidige(terug)).isEqualTo("In behandeling bij Stadswerken");
        assertThat(terug.get("dienst").asText()).isEqualTo("Stadswerken");
        assertThat(terug.get("verwachteDatum").asText()).isEqualTo(terug.get("beloofdeDatum").asText());

        taskService.complete(taak(id, "Task_ReactieSchrijven"), reactie());
        taskService.complete(taak(id, "Task_ReactieBeoordelen"), Map.of("akkoord", "ja"));
        Jobs.voerUit(managementService);

        JsonNode verstuurd = status(pad);
        assertThat(namen(verstuurd)).as("point 1 was overgenomen: its follow-up item makes the phase Vervolg")
                .containsExactly("Advies ontvangen", "In behandeling bij Stadswerken", "Reactie verstuurd", "Vervolg");
        elkBereiktInVolgorde(verstuurd);
        assertThat(huidige(verstuurd)).isEqualTo("Vervolg");
        assertThat(verstuurd.get("verwachteDatum").isNull()).as("no promise left after the reactie").isTrue();
        assertThat(verstuurd.get("verstuurdOp").isNull()).isFalse();
        assertThat(verstuurd.get("gedaan").isArray()).as("the earlier fields stay").isTrue();
        String pagina = rest.getForObject(pad.replace("/api/status/", "/status/"), String.class);
        assertThat(pagina).contains("Onze reactie is verstuurd op", "Wijkbureau Zuid", "huidige fase")
                .doesNotContain("U krijgt antwoord uiterlijk op", "Reactie beoordelen", "Bericht verstuurd");
    }

    @Test
    void eenAdviesBijTweeDienstenNoemtZeAllebei() {
        JsonNode ingediend = rest.postForObject("/api/adviezen", PubliekeAanvragen.advies(), JsonNode.class);
        String pad = pad(ingediend);
        String id = instantie(ingediend.get("zaaknummer").asText());
        Jobs.voerUit(managementService);
        taskService.complete(taak(id, "Task_AdviesRegistreren"), Map.of("dienst", "sw", "dienstPunt2", "so",
                "afsprakenVervolg", "Op de wijkavond"));
        Jobs.voerUit(managementService);

        JsonNode status = status(pad);
        assertThat(status.get("dienst").asText()).isEqualTo("Stadswerken en StadsOntwikkeling");
        assertThat(namen(status)).containsExactly("Advies ontvangen", "In behandeling bij Stadswerken en StadsOntwikkeling", "Reactie verstuurd");
        assertThat(huidige(status)).isEqualTo("In behandeling bij Stadswerken en StadsOntwikkeling");
    }

    @Test
    void eenInformatieverzoekToontZijnFasenEnNaHetAntwoordGeenBelofte() {
        JsonNode ingediend = rest.postForObject("/api/informatieverzoeken", Map.of("wijkplatform", "Wijkplatform West", "wijk", "west",
                "onderwerp", "Bomenkap", "vraag", "Welke bomen worden gekapt?", "contactEmail", "west@example.org"), JsonNode.class);
        String pad = pad(ingediend);
        String id = instantie(ingediend.get("zaaknummer").asText());
        Jobs.voerUit(managementService);
        taskService.complete(taak(id, "Task_VerzoekDoorsturen"), Map.of("dienst", "sw"));

        JsonNode bijDienst = status(pad);
        assertThat(namen(bijDienst)).containsExactly("Informatieverzoek ontvangen", "In behandeling bij Stadswerken", "Antwoord verstuurd");
        assertThat(huidige(bijDienst)).isEqualTo("In behandeling bij Stadswerken");
        assertThat(bijDienst.get("verwachteDatum").isNull()).isFalse();

        taskService.complete(taak(id, "Task_InformatieVerstrekken"), Map.of("antwoord", "De bomen worden in maart vervangen door lindes."));
        Jobs.voerUit(managementService);

        JsonNode beantwoord = status(pad);
        assertThat(namen(beantwoord)).containsExactly("Informatieverzoek ontvangen", "In behandeling bij Stadswerken", "Antwoord verstuurd");
        elkBereiktInVolgorde(beantwoord);
        assertThat(beantwoord.get("verwachteDatum").isNull()).isTrue();
        assertThat(beantwoord.get("contactpersoon").get("naam").asText()).isEqualTo("Wijkbureau West");
        assertThat(rest.getForObject(pad.replace("/api/status/", "/status/"), String.class))
                .contains("Ons antwoord is verstuurd op").doesNotContain("U krijgt antwoord uiterlijk op");
    }

    @Test
    void eenInitiatiefToontZijnContactpersoonEnNaEenJaHetVervolgZonderBelofte() {
        JsonNode ingediend = rest.postForObject("/api/initiatieven", Map.of("titel", "Geveltuinen", "beschrijving", "Geveltuinen in de straat",
                "wijk", "oost", "initiatiefnemer", "Noor", "contactEmail", "noor@example.org", "hulpGevraagd", List.of("kennis")), JsonNode.class);
        String pad = pad(ingediend);
        String zaak = ingediend.get("zaaknummer").asText();
        Jobs.voerUit(managementService);

        JsonNode ontvangen = status(pad);
        assertThat(namen(ontvangen)).containsExactly("Initiatief ontvangen", "In behandeling bij een dienst van de gemeente", "Besluit verstuurd");
        assertThat(ontvangen.get("contactpersoon").get("naam").asText()).as("before personal contact: the wijkbureau").isEqualTo("Wijkbureau Oost");

        voltooi("bram", zaak, "Task_ContactLeggen", Map.of("contactVerslag", waarde("Aan de balie gesproken")));
        voltooi("anna", zaak, "Task_InitiatiefWegen", Map.of("dientWijkambitie", waarde("ja"), "naarWijkmanagementoverleg", waarde("nee"),
                "besluitGemeenteNodig", waarde("ja"), "verderOnderzoeken", waarde("ja"), "eerstVerhelderen", waarde("ja"),
                "samenwerkingsvormKeuze", waarde("kompas"), "dienst", waarde("so")));
        JsonNode gewogen = status(pad);
        assertThat(huidige(gewogen)).isEqualTo("In behandeling bij StadsOntwikkeling");
        assertThat(gewogen.get("contactpersoon").get("naam").asText()).isEqualTo("Bram Jansen (wijkbureau Oost)");
        assertThat(gewogen.get("contactpersoon").get("email").asText()).isEqualTo("bram@utrecht.example");
        assertThat(gewogen.get("verwachteDatum").isNull()).isFalse();

        voltooi("daan", zaak, "Task_InitiatiefAccepteren", Map.of("geaccepteerd", waarde("ja")));
        voltooi("daan", zaak, "Task_BesluitNemen", Map.of("besluit", waarde("ja"),
                "motivering", waarde("Geveltuinen maken de straat groener en koeler.")));

        JsonNode besloten = status(pad);
        assertThat(namen(besloten)).containsExactly("Initiatief ontvangen", "In behandeling bij StadsOntwikkeling", "Besluit verstuurd", "Vervolg");
        elkBereiktInVolgorde(besloten);
        assertThat(huidige(besloten)).isEqualTo("Vervolg");
        assertThat(besloten.get("afgerond").asBoolean()).as("check-ins follow").isFalse();
        assertThat(besloten.get("verwachteDatum").isNull()).as("no promise left after the besluit").isTrue();
        String pagina = rest.getForObject(pad.replace("/api/status/", "/status/"), String.class);
        assertThat(pagina).contains("Ons besluit is verstuurd op", "Bram Jansen (wijkbureau Oost)", "bram@utrecht.example", "14 030")
                .doesNotContain("U krijgt antwoord uiterlijk op", "Check-in");
    }

    private static void elkBereiktInVolgorde(JsonNode status) {
        List<String> data = new ArrayList<>();
        status.get("fasen").forEach(fase -> data.add(fase.get("datum").asText()));
        assertThat(data).as("every phase reached, in order").doesNotContain("null", "").isSorted();
    }

    private static List<String> namen(JsonNode status) {
        List<String> namen = new ArrayList<>();
        status.get("fasen").forEach(fase -> namen.add(fase.get("naam").asText()));
        assertThat(namen).as("each phase once").doesNotHaveDuplicates();
        return namen;
    }

    private static String huidige(JsonNode status) {
        List<String> huidig = new ArrayList<>();
        status.get("fasen").forEach(fase -> {
            if (fase.get("huidig").asBoolean()) {
                huidig.add(fase.get("naam").asText());
            }
        });
        assertThat(huidig).as("one current phase").hasSize(1);
        return huidig.get(0);
    }

    private static Map<String, Object> reactie() {
        Map<String, Object> reactie = new HashMap<>();
        reactie.put("standpunt1", "overgenomen");
        reactie.put("motivering1", "Wij plaatsen extra rekken bij de winkels aan het plein.");
        reactie.put("standpunt2", "niet-overgenomen");
        reactie.put("motivering2", "Parkeerplaatsen zijn nodig voor bewoners met een beperking.");
        reactie.put("vervolg", "Uitvoering in het voorjaar");
        return reactie;
    }

    private JsonNode status(String pad) {
        ResponseEntity<JsonNode> antwoord = rest.getForEntity(pad, JsonNode.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        return antwoord.getBody();
    }

    private static String pad(JsonNode ingediend) {
        String url = ingediend.get("statusUrl").asText();
        return url.substring(url.indexOf("/status/")).replace("/status/", "/api/status/");
    }

    private String instantie(String zaak) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak).processDefinitionKeyNotIn("melding")
                .singleResult().getId();
    }

    private String taak(String instantie, String activiteit) {
        return taskService.createTaskQuery().processInstanceId(instantie).taskDefinitionKey(activiteit).singleResult().getId();
    }

    private void voltooi(String gebruiker, String zaak, String activiteit, Map<String, Object> variabelen) {
        String taak = taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).singleResult().getId();
        ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo")
                .postForEntity("/engine-rest/task/" + taak + "/complete", Map.of("variables", variabelen), String.class);
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);
    }
}
