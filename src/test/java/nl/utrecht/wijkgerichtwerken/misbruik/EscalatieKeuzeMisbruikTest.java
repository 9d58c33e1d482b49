package nl.utrecht.wijkgerichtwerken.misbruik;

import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.escalatie;
import static nl.utrecht.wijkgerichtwerken.misbruik.DemoRest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
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

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Abuse catalogue, the wijkregisseur's options on an escalation (issue 20 item 1, issue 19 item 1): withdrawing from
 * the case file ({@code POST /api/zaken/{zaaknummer}/intrekken}) is his alone, and his choice when a term passed
 * ({@code Task_VervolgKiezen}) is his task, takes only its form's fields and a real werkdag; a start asks a plain yes or
 * no for automatic escalation; the bestuurlijke route is his alone too, with a known route and a reason, once.
 */
@IntegratieTest
class EscalatieKeuzeMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    private DemoRest demo;

    @BeforeEach
    void demo() {
        demo = new DemoRest(rest);
    }

    @Test
    void eenAnderDanDeWijkregisseurKanDeEscalatieNietIntrekken() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\",\"sw\"]", "Misbruik intrekken");

        for (String gebruiker : new String[] {"bram", "femke", "jet"}) {
            ResponseEntity<JsonNode> antwoord = intrekken(gebruiker, zaak, Map.of("reden", "Ik trek hem in"));
            assertThat(antwoord.getStatusCode()).as(gebruiker).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(antwoord.getBody().get("detail").asText()).isEqualTo("Alleen de wijkregisseur die de escalatie begon, kan haar intrekken.");
        }
        assertThat(lopend(zaak)).isTrue();
    }

    @Test
    void eenWijkregisseurVanEenAndereWijkKanNietIntrekkenEnZietNietDatDeZaakBestaat() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik andere wijk");

        ResponseEntity<JsonNode> karim = intrekken("karim", zaak, Map.of("reden", "Niet mijn wijk"));
        ResponseEntity<JsonNode> onbekend = intrekken("karim", "ESC-1999-999999", Map.of("reden", "Niet mijn wijk"));

        assertThat(karim.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(karim.getBody().get("detail")).isEqualTo(onbekend.getBody().get("detail"));
        assertThat(lopend(zaak)).isTrue();
        assertThat(intrekken("anna", zaak, Map.of("reden", "Opgelost")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void intrekkenZonderRedenMetStuurtekensTeLangOfZonderJsonWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik reden");

        for (Object reden : new Object[] {"", "regel\u0000null", "rood \u001b[31m rood", "x".repeat(2001), null}) {
            Map<String, Object> invoer = new HashMap<>();
            invoer.put("reden", reden);
            ResponseEntity<JsonNode> antwoord = intrekken("anna", zaak, invoer);
            assertThat(antwoord.getStatusCode()).as(String.valueOf(reden)).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("reden");
        }
        HttpHeaders tekst = new HttpHeaders();
        tekst.setContentType(MediaType.TEXT_PLAIN);
        ResponseEntity<JsonNode> geenJson = rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaak + "/intrekken",
                new HttpEntity<>("intrekken!", tekst), JsonNode.class);
        assertThat(geenJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(geenJson.getBody().toString()).doesNotContain("Exception").doesNotContain("ENGINE-");
        assertThat(lopend(zaak)).isTrue();
    }

    @Test
    void eenAfgerondeEscalatieOfEenAndereZaakKanNietWordenIngetrokken() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik twee keer");
        assertThat(intrekken("anna", zaak, Map.of("reden", "Opgelost")).getStatusCode()).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);

        ResponseEntity<JsonNode> nogmaals = intrekken("anna", zaak, Map.of("reden", "Nog eens"));
        assertThat(nogmaals.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(nogmaals.getBody().get("detail").asText()).isEqualTo("Escalatie " + zaak + " is al afgerond.");

        String advies = new Zaakmaker(engine).advies("Misbruik advies intrekken", "so");
        ResponseEntity<JsonNode> bram = intrekken("bram", advies, Map.of("reden", "Geen escalatie"));
        assertThat(bram.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(bram.getBody().get("detail").asText()).contains("is geen escalatie");
    }

    @Test
    void deKeuzeNaVerstrekenTermijnIsAlleenVanDeWijkregisseur() {
        String zaak = escalatieMetVerstrekenTermijn("Misbruik keuze van een ander");
        String keuze = keuzetaak(zaak);

        for (String gebruiker : new String[] {"karim", "bram", "femke"}) {
            assertThat(demo.taken(gebruiker, zaak, "Task_VervolgKiezen")).as(gebruiker).isZero();
            ResponseEntity<JsonNode> poging = demo.voltooi(gebruiker, keuze, Map.of("vervolgKeuze", waarde("intrekken"),
                    "toelichtingVervolg", waarde("Niet mijn escalatie")));
            assertThat(poging.getStatusCode().is2xxSuccessful()).as(gebruiker).isFalse();
        }
        assertThat(demo.taken("anna", zaak, "Task_VervolgKiezen")).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(zaak).count()).isOne();
    }

    @Test
    void eenNieuweTermijnDieGeenWerkdagIsOfEenVeldBuitenHetFormulierWordtGeweigerd() {
        String zaak = escalatieMetVerstrekenTermijn("Misbruik nieuwe termijn");
        String keuze = keuzetaak(zaak);

        ResponseEntity<JsonNode> geenDatum = demo.voltooi("anna", keuze, Map.of("vervolgKeuze", waarde("verlengen"),
                "toelichtingVervolg", waarde("Meer tijd"), "nieuweTermijn", waarde("morgen")));
        assertThat(geenDatum.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(geenDatum.getBody().get("message").asText()).contains("Nieuwe termijn: 'morgen' is geen datum");

        ResponseEntity<JsonNode> zondag = demo.voltooi("anna", keuze, Map.of("vervolgKeuze", waarde("verlengen"),
                "toelichtingVervolg", waarde("Meer tijd"), "nieuweTermijn", waarde("2099-01-04")));
        assertThat(zondag.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zondag.getBody().get("message").asText()).contains("Nieuwe termijn: kies een werkdag binnen een jaar");

        for (String veld : new String[] {"besluit", "automatischEscaleren", "termijnDatum", "wijkregisseur"}) {
            ResponseEntity<JsonNode> extra = demo.voltooi("anna", keuze, Map.of("vervolgKeuze", waarde("escaleren"),
                    "toelichtingVervolg", waarde("Nu escaleren"), veld, waarde("opgelost")));
            assertThat(extra.getStatusCode()).as(veld).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(taskService.createTaskQuery().taskId(keuze).count()).as("the choice stays open").isOne();
        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("wijk");
    }

    @Test
    void automatischEscalerenIsJaOfNee() {
        Map<String, Object> start = escalatie("oost");
        start.put("automatischEscaleren", waarde("misschien"));

        ResponseEntity<JsonNode> antwoord = demo.start("anna", "escalatie", start);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("message").asText()).contains("Automatisch escaleren: kies ja of nee");
    }

    @Test
    void eenAnderDanDeWijkregisseurKanNietBestuurlijkEscaleren() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\",\"sw\"]", "Misbruik bestuurlijk");

        for (String gebruiker : new String[] {"bram", "femke", "ivo"}) {
            ResponseEntity<JsonNode> antwoord = bestuurlijk(gebruiker, zaak, Map.of("route", "vakwethouder", "reden", "Naar de wethouder"));
            assertThat(antwoord.getStatusCode()).as(gebruiker).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        assertThat(bestuurlijk("bram", zaak, Map.of("route", "vakwethouder", "reden", "x")).getBody().get("detail").asText())
                .isEqualTo("Alleen de wijkregisseur die de escalatie begon, kan haar bestuurlijk voorleggen.");
        assertThat(bestuurlijk("karim", zaak, Map.of("route", "vakwethouder", "reden", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_OplossenInWijk").count()).isOne();
    }

    @Test
    void eenOnbekendeRouteOfDeWijkwethouderVoorEenDienstOfZonderRedenWordtGeweigerd() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik route");

        for (Map<String, Object> invoer : List.of(Map.<String, Object>of("route", "burgemeester", "reden", "Hoogste baas"),
                Map.<String, Object>of("route", "wijkwethouder", "reden", "Eén dienst, toch de wijkwethouder"),
                Map.<String, Object>of("route", "vakwethouder", "reden", "regel\u0000null"), Map.<String, Object>of("route", "vakwethouder"))) {
            ResponseEntity<JsonNode> antwoord = bestuurlijk("anna", zaak, invoer);
            assertThat(antwoord.getStatusCode()).as(invoer.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isIn("Voorleggen aan", "reden");
        }
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_OplossenInWijk").count()).isOne();
    }

    @Test
    void eenEscalatieDieAlBijHetBestuurLigtGaatErNietNogmaalsHeen() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Misbruik twee keer bestuur");
        assertThat(bestuurlijk("anna", zaak, Map.of("route", "vakwethouder", "reden", "Politiek")).getStatusCode()).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);

        ResponseEntity<JsonNode> nogmaals = bestuurlijk("anna", zaak, Map.of("route", "vakwethouder", "reden", "Nog eens"));

        assertThat(nogmaals.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(nogmaals.getBody().get("detail").asText()).contains("ligt al bij het bestuur");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_BestuurlijkeUitkomstVastleggen").count()).isOne();
    }

    @Test
    void eenBetrokkenPartijKanGeenInterneOntvangerOfLijstAlsAdresOpgeven() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count();
        for (String adres : new String[] {"groep:wijkregisseur", "a@b.nl,c@d.nl", "gebruiker:ivo", "a@b.nl\r\nBcc: x@y.nl"}) {
            Map<String, Object> start = escalatie("oost");
            start.put("betrokkenPartijen", waarde("Noor Bakker | Mitros | " + adres));
            ResponseEntity<JsonNode> antwoord = demo.start("anna", "escalatie", start);
            assertThat(antwoord.getStatusCode()).as(adres).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(antwoord.getBody().get("message").asText()).as(adres).contains("Betrokken partijen (regel");
        }
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count()).isEqualTo(voor);
    }

    // ---- helpers

    private ResponseEntity<JsonNode> bestuurlijk(String gebruiker, String zaaknummer, Map<String, Object> invoer) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/api/zaken/" + zaaknummer + "/bestuurlijk", invoer, JsonNode.class);
    }

    private ResponseEntity<JsonNode> intrekken(String gebruiker, String zaaknummer, Map<String, Object> invoer) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/api/zaken/" + zaaknummer + "/intrekken", invoer, JsonNode.class);
    }

    /** An escalation of anna whose wijk rung's term has passed: her choice is open. Returns the process instance id. */
    private String escalatieMetVerstrekenTermijn(String titel) {
        String zaaknummer = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", titel);
        String zaak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKey("escalatie").singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(zaak).activityId("Timer_TermijnWijk")
                .singleResult().getId());
        Jobs.voerUit(managementService);
        return zaak;
    }

    private String keuzetaak(String zaak) {
        return taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_VervolgKiezen").singleResult().getId();
    }

    private boolean lopend(String zaaknummer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).processDefinitionKey("escalatie")
                .count() == 1;
    }
}
