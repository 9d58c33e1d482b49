package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.Testklok.om;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
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
import nl.utrecht.wijkgerichtwerken.Mails;
import nl.utrecht.wijkgerichtwerken.Testklok;

/**
 * Issue 22, the gaps after the first build: a pause that outlasts its expected end never makes a task "te laat"; a
 * task created during a pause gets its term from the resume; an opschorting without a question reminds whoever set it
 * on the expected date. Every pause here has Christmas and New Year inside it; the clock is set by the test.
 */
@IntegratieTest
class OpschortingKlokIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);


    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;

    @AfterEach
    void klok() {
        Testklok.herstel();
    }

    static void zet(String moment) {
        ClockUtil.setCurrentTime(om(moment));
    }

    @Test
    void eenOpschortingDieLangerDuurtDanVerwachtMaaktNooitEenTaakTeLaat() {
        zet("2026-12-14T10:00");
        Zaakmaker maker = new Zaakmaker(engine);
        String zaak = maker.advies("Langer opgeschort dan verwacht", "so");
        Task reactie = maker.taak(zaak, "Task_ReactieSchrijven");
        assertThat(reactie.getDueDate()).as("3 werkdagen before the reactie date of 27 January").isEqualTo(om("2027-01-22T17:00"));
        ResponseEntity<JsonNode> gevraagd = rest.withBasicAuth("daan", "demo").postForEntity("/api/zaken/" + zaak + "/aanvullingsverzoek",
                Map.of("vraag", "Welke oversteek bedoelt u?", "termijn", 5), JsonNode.class);
        assertThat(gevraagd.getStatusCode()).as(String.valueOf(gevraagd.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(gevraagd.getBody().get("antwoordVoor").asText()).isEqualTo("2026-12-21");

        // nobody answers and nobody decides: long after the expected end and after the task's own due date
        zet("2027-03-01T10:00");
        Jobs.voerUit(engine.getManagementService());
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(reactie.getProcessInstanceId()).timers()
                .active().count()).as("the case's timers still stand still").isZero();
        assertThat(mails("Te laat: " + zaak + " (Wijkplatform Oost)")).as("no late notice while paused").isEmpty();
        Task wachtend = engine.getTaskService().createTaskQuery().taskId(reactie.getId()).singleResult();
        assertThat(wachtend.getDueDate()).as("a stopped clock has no deadline").isNull();
        assertThat(inFilter("daan", "Te laat", reactie)).isFalse();
        assertThat(inFilter("daan", "Bijna te laat", reactie)).isFalse();
        assertThat(inFilter("daan", "Opgeschort", reactie)).isTrue();
        assertThat(rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class).get("termijnstatus").asText())
                .isEqualTo("opgeschort");
        JsonNode opgeschort = rest.withBasicAuth("jet", "demo").getForObject("/api/dashboard/open-zaken/zaken?proces=wijkplatform-advies"
                + "&wijk=oost&dienst=so&stap=Task_ReactieSchrijven&termijnstatus=opgeschort", JsonNode.class);
        assertThat(opgeschort.findValuesAsText("zaaknummer")).as("still counted on the dashboard, as opgeschort").contains(zaak);

        // the official decides to go on: stood still 15 December to 1 March = 53 werkdagen (25 December, 1 January not)
        Task beslissen = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak)
                .taskDefinitionKey(AanvullingsverzoekVariabelen.TAAK_BESLISSEN).singleResult();
        maker.voltooi("daan", beslissen, Map.of(AanvullingsverzoekVariabelen.BESLUIT, "verder"));
        Task verschoven = engine.getTaskService().createTaskQuery().taskId(reactie.getId()).singleResult();
        assertThat(verschoven.getDueDate()).as("22 January + 53 werkdagen, Easter Monday skipped").isEqualTo(om("2027-04-08T17:00"));
    }

    @Test
    void eenTaakDieTijdensDeOpschortingOntstaatKrijgtHaarTermijnVanafDeHervatting() {
        zet("2026-12-21T10:00");
        String zaak = initiatief("Buurtmoestuin Oost");
        ResponseEntity<JsonNode> opgeschort = rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak + "/opschorting",
                Map.of("reden", "Wachten op het raadsbesluit over de moestuinen", "verwachteDatum", "2027-01-08"), JsonNode.class);
        assertThat(opgeschort.getStatusCode()).as(String.valueOf(opgeschort.getBody())).isEqualTo(HttpStatus.CREATED);

        // on the third day of the pause the contact person records the contact: the weighing task starts its 5 werkdagen
        zet("2026-12-23T11:00");
        voltooi("bram", zaak, "Task_ContactLeggen", Map.of("contactVerslag", waarde("Aan de balie gesproken")));
        Task wegen = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey("Task_InitiatiefWegen")
                .singleResult();
        assertThat(wegen.getDueDate()).as("no deadline while the case stands still").isNull();
        assertThat(wegen.getFollowUpDate()).as("look again on the expected end").isEqualTo(om("2027-01-08T09:00"));

        // resumed on 6 January: the case stood still 10 werkdagen, the new task 8 of them (24, 28–31 December, 4–6 January)
        zet("2027-01-06T10:00");
        assertThat(rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak + "/hervatting", Map.of(), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Task hervat = engine.getTaskService().createTaskQuery().taskId(wegen.getId()).singleResult();
        assertThat(hervat.getDueDate()).as("5 werkdagen from the resume, not 31 December + the whole pause")
                .isEqualTo(om("2027-01-13T17:00"));
        assertThat(hervat.getFollowUpDate()).isEqualTo(om("2027-01-08T09:00"));
    }

    @Test
    void naDeVerwachteDatumKrijgtWieOpschorteEenTaakOmTeHervattenOfEenNieuweDatumTeKiezen() throws Exception {
        zet("2026-12-21T10:00");
        Zaakmaker maker = new Zaakmaker(engine);
        String zaak = maker.advies("Wachten op de raad", "so");
        assertThat(rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak + "/opschorting",
                Map.of("reden", "Wachten op het raadsbesluit over de begroting", "verwachteDatum", "2027-01-05"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Jobs.voerUit(engine.getManagementService());
        assertThat(herinnering(zaak)).as("nothing before the expected date").isNull();

        zet("2027-01-05T10:00");
        Task herinnering = taakNa(zaak);
        assertThat(herinnering).as("a task on the expected date").isNotNull();
        assertThat(herinnering.getName()).contains(zaak);
        ResponseEntity<String> feestdag = voltooiRest("bram", herinnering, Map.of("opschortingBesluit", waarde("nieuweDatum"),
                "verwachteDatum", waarde("2027-04-27")));
        assertThat(feestdag.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(feestdag.getBody()).contains("Nieuwe verwachte datum").contains("werkdag");
        assertThat(voltooiRest("bram", herinnering, Map.of("opschortingBesluit", waarde("nieuweDatum"),
                "verwachteDatum", waarde("2027-01-20"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(engine.getManagementService());
        List<MimeMessage> nieuweDatum = mails("De termijn van uw zaak staat even stil: " + zaak);
        assertThat(nieuweDatum).as("the receipt of the pause and the new date").hasSize(2);
        assertThat(Mails.tekst(nieuweDatum.get(1))).contains("20 januari 2027");
        JsonNode dossier = rest.withBasicAuth("bram", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class);
        assertThat(dossier.get("opgeschort").asBoolean()).isTrue();
        assertThat(dossier.get("opschortingen").get(0).get("verwachtEinde").asText()).isEqualTo("2027-01-20");
        assertThat(herinnering(zaak)).as("no task until the new date").isNull();

        zet("2027-01-20T10:00");
        Task opnieuw = taakNa(zaak);
        assertThat(opnieuw).isNotNull();
        assertThat(voltooiRest("bram", opnieuw, Map.of("opschortingBesluit", waarde("hervatten"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(engine.getManagementService());
        assertThat(rest.withBasicAuth("bram", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class).get("opgeschort").asBoolean())
                .isFalse();
        assertThat(mails("Uw zaak loopt weer: " + zaak)).hasSize(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey(OpschortingsherinneringVariabelen.PROCES).count()).isZero();
    }

    @Test
    void wieDeZaakZelfHervatKrijgtGeenHerinneringMeer() {
        zet("2026-12-21T10:00");
        Zaakmaker maker = new Zaakmaker(engine);
        String zaak = maker.advies("Zelf hervat", "so");
        rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak + "/opschorting",
                Map.of("reden", "Wachten op het raadsbesluit", "verwachteDatum", "2027-01-05"), JsonNode.class);
        zet("2026-12-28T10:00");
        assertThat(rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak + "/hervatting", Map.of(), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey(OpschortingsherinneringVariabelen.PROCES).count()).as("the reminder is withdrawn at once").isZero();
        zet("2027-01-05T10:00");
        assertThat(taakNa(zaak)).isNull();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey(OpschortingsherinneringVariabelen.PROCES).count()).isZero();
    }

    private Task taakNa(String zaak) {
        Jobs.voerUit(engine.getManagementService());
        return herinnering(zaak);
    }

    private Task herinnering(String zaak) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak)
                .taskDefinitionKey(OpschortingsherinneringVariabelen.TAAK_BESLISSEN).singleResult();
    }

    private List<MimeMessage> mails(String onderwerp) {
        Jobs.voerUit(engine.getManagementService());
        return List.of(smtp.getReceivedMessages()).stream().filter(m -> Mails.onderwerp(m).equals(onderwerp)).toList();
    }

    private String initiatief(String titel) {
        ResponseEntity<JsonNode> start = rest.withBasicAuth("bram", "demo").postForEntity(
                "/engine-rest/process-definition/key/initiatief/start", Map.of("variables", Map.of(
                        "titel", waarde(titel),
                        "beschrijving", waarde("Een moestuin voor de buurt."),
                        "wijk", waarde("oost"),
                        "initiatiefnemer", waarde("Sem de Wit"),
                        "contactEmail", waarde("sem@example.org"),
                        "kanaal", waarde("wijkbureau"),
                        "hulpGevraagd", Map.of("value", "[\"vergunning\"]", "type", "Json"))), JsonNode.class);
        assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(engine.getManagementService());
        return start.getBody().get("businessKey").asText();
    }

    private void voltooi(String gebruiker, String zaak, String activiteit, Map<String, Object> variabelen) {
        Task taak = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).singleResult();
        ResponseEntity<String> antwoord = voltooiRest(gebruiker, taak, variabelen);
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(engine.getManagementService());
    }

    private ResponseEntity<String> voltooiRest(String gebruiker, Task taak, Map<String, Object> variabelen) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/engine-rest/task/" + taak.getId() + "/complete",
                Map.of("variables", variabelen), String.class);
    }

    private static Map<String, Object> waarde(Object waarde) {
        return Map.of("value", waarde);
    }

    private boolean inFilter(String gebruiker, String filter, Task taak) {
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(gebruiker, groepen);
        try {
            String id = filterService.createTaskFilterQuery().filterName(filter).singleResult().getId();
            return filterService.<Task>list(id).stream().anyMatch(t -> t.getId().equals(taak.getId()));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
