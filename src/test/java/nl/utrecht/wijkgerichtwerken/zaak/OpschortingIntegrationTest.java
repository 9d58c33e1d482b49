package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.Testklok.om;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import nl.utrecht.wijkgerichtwerken.intake.PubliekeAanvragen;

/**
 * Issue 22: an official asks the submitter for more information, the clock of the case stops, and when the answer
 * comes every date of the case moves by the werkdagen it stood still (public holidays inside the pause not counted);
 * without an answer the official goes on or closes the case. Over REST on both sides, mails on GreenMail. The clock is
 * set by each test, so the outcome does not depend on the day the suite runs.
 */
@IntegratieTest
class OpschortingIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);


    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;

    @AfterEach
    void klok() {
        Testklok.herstel();
    }

    static void zet(String moment) {
        ClockUtil.setCurrentTime(Testklok.om(moment));
    }

    /** A public advice for wijk Oost, registered by bram for StadsOntwikkeling: daan writes the reactie. */
    String[] advies(String onderwerp) {
        Map<String, Object> aanvraag = PubliekeAanvragen.advies();
        aanvraag.put("wijk", "oost");
        aanvraag.put("onderwerp", onderwerp);
        JsonNode start = rest.postForObject("/api/adviezen", aanvraag, JsonNode.class);
        String zaak = start.get("zaaknummer").asText();
        String token = start.get("statusUrl").asText().replaceFirst(".*token=", "");
        Zaakmaker maker = new Zaakmaker(engine);
        maker.voltooi("bram", maker.taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", "so", "afsprakenVervolg", "Wijkavond"));
        return new String[] {zaak, token};
    }

    ResponseEntity<JsonNode> vraag(String wie, String zaak, Map<String, Object> invoer) {
        return rest.withBasicAuth(wie, "demo").postForEntity("/api/zaken/" + zaak + "/aanvullingsverzoek", invoer, JsonNode.class);
    }

    ResponseEntity<JsonNode> antwoord(String zaak, String token, Map<String, Object> invoer) {
        return rest.postForEntity("/api/status/" + zaak + "/aanvulling?token=" + token, invoer, JsonNode.class);
    }

    Task taak(String zaak, String activiteit) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).singleResult();
    }

    MimeMessage mail(String onderwerp) {
        Jobs.voerUit(engine.getManagementService());
        return List.of(smtp.getReceivedMessages()).stream().filter(m -> Mails.onderwerp(m).equals(onderwerp)).findFirst()
                .orElseThrow(() -> new AssertionError("geen mail '" + onderwerp + "'"));
    }

    /** The case's row in the case list (searched by its number). */
    private JsonNode lijstregel(String zaaknummer) {
        return rest.withBasicAuth("daan", "demo").getForObject("/api/zaken?q=" + zaaknummer, JsonNode.class).get(0);
    }

    @Test
    void eenAanvullingOverKerstEnNieuwjaarSchuiftElkeDatumOpMetDeWerkdagenDieDeKlokStilstond() throws Exception {
        zet("2026-12-16T10:00");
        String[] zaak = advies("Oversteek Kerst");
        Task reactie = taak(zaak[0], "Task_ReactieSchrijven");
        assertThat(reactie.getDueDate()).as("3 werkdagen before the reactie date of 29 January").isEqualTo(om("2027-01-26T17:00"));
        assertThat(reactie.getFollowUpDate()).isEqualTo(om("2027-01-21T09:00"));

        ResponseEntity<JsonNode> gevraagd = vraag("daan", zaak[0], Map.of("vraag", "Welke oversteek bedoelt u precies?", "termijn", 15));
        assertThat(gevraagd.getStatusCode()).as(String.valueOf(gevraagd.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(gevraagd.getBody().get("antwoordVoor").asText()).as("15 werkdagen, without 25 December and 1 January")
                .isEqualTo("2027-01-08");
        JsonNode dossier = rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak[0], JsonNode.class);
        assertThat(dossier.get("opgeschort").asBoolean()).isTrue();
        assertThat(dossier.get("termijnstatus").asText()).isEqualTo("opgeschort");
        assertThat(lijstregel(zaak[0]).get("termijnstatus").asText()).as("the case list says so too").isEqualTo("opgeschort");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(reactie.getProcessInstanceId())
                .timers().suspended().count()).as("the case's timers stand still").isEqualTo(2);
        MimeMessage vraag = mail("Wij hebben een vraag over uw zaak " + zaak[0]);
        assertThat(vraag.getAllRecipients()[0].toString()).isEqualTo("platform-zuid@example.org");
        assertThat(Mails.tekst(vraag)).contains("Welke oversteek bedoelt u precies?").contains("uiterlijk op: 8 januari 2027")
                .contains("/status/" + zaak[0] + "?token=" + zaak[1]);
        JsonNode status = rest.getForObject("/api/status/" + zaak[0] + "?token=" + zaak[1], JsonNode.class);
        assertThat(status.get("opschorting").get("aanvullingGevraagd").asBoolean()).isTrue();
        assertThat(status.get("opschorting").get("vraag").asText()).isEqualTo("Welke oversteek bedoelt u precies?");

        zet("2027-01-04T10:00");
        ResponseEntity<JsonNode> beantwoord = antwoord(zaak[0], zaak[1], Map.of("tekst", "De oversteek bij de Oosterspoorbaan."));
        assertThat(beantwoord.getStatusCode()).as(String.valueOf(beantwoord.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(beantwoord.getBody().get("opschorting").isNull()).isTrue();

        // stood still: 17, 18, 21–24, 28–31 December and 4 January = 11 werkdagen (25 December and 1 January are holidays)
        Task verschoven = taak(zaak[0], "Task_ReactieSchrijven");
        assertThat(verschoven.getDueDate()).isEqualTo(om("2027-02-10T17:00"));
        assertThat(verschoven.getFollowUpDate()).isEqualTo(om("2027-02-05T09:00"));
        assertThat(engine.getRuntimeService().getVariable(verschoven.getProcessInstanceId(), "reactieDatum"))
                .isEqualTo(om("2027-02-15T17:00"));
        assertThat(beantwoord.getBody().get("beloofdeDatum").asText()).startsWith("2027-02-15");
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(verschoven.getProcessInstanceId()).timers().list()) {
            assertThat(job.isSuspended()).isFalse();
            String activiteit = engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            assertThat(job.getDuedate()).as(activiteit)
                    .isEqualTo(activiteit.equals("Timer_TermijnVerstreken") ? om("2027-02-15T17:00") : om("2027-02-10T09:00"));
        }
        dossier = rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak[0], JsonNode.class);
        assertThat(dossier.get("opgeschort").asBoolean()).isFalse();
        assertThat(lijstregel(zaak[0]).get("termijnstatus").asText()).isEqualTo("op-tijd");
        assertThat(dossier.get("opschortingen").get(0).get("werkdagenStil").asInt()).isEqualTo(11);
        assertThat(dossier.get("opschortingen").get(0).get("antwoord").asText()).isEqualTo("De oversteek bij de Oosterspoorbaan.");
        assertThat(dossier.get("notities").toString()).contains("Aanvulling van de indiener: De oversteek bij de Oosterspoorbaan.");
        assertThat(engine.getRuntimeService().getVariable(verschoven.getProcessInstanceId(), "aanvulling"))
                .as("the answer on the official's task").isEqualTo("De oversteek bij de Oosterspoorbaan.");
        MimeMessage hervat = mail("Uw zaak loopt weer: " + zaak[0]);
        assertThat(Mails.tekst(hervat)).contains("Dank u wel voor uw aanvulling").contains("uiterlijk op: 15 februari 2027");
    }

    @Test
    void zonderAntwoordSluitDeBehandelaarDeZaakMetEenRedenDieDeIndienerKrijgt() {
        zet("2026-11-02T10:00");
        String[] zaak = advies("Zonder antwoord");
        assertThat(vraag("daan", zaak[0], Map.of("vraag", "Wie zijn de betrokkenen?", "termijn", 2)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        zet("2026-11-05T08:00");
        Jobs.voerUit(engine.getManagementService());
        Task beslissen = taak(zaak[0], AanvullingsverzoekVariabelen.TAAK_BESLISSEN);
        assertThat(beslissen).as("after the reply term the official decides").isNotNull();
        assertThat(beslissen.getName()).contains(zaak[0]);

        ResponseEntity<JsonNode> kortEnKlein = voltooi("daan", beslissen, Map.of("aanvullingBesluit", Map.of("value", "sluiten"),
                "sluitReden", Map.of("value", "kort")));
        assertThat(kortEnKlein.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taak(zaak[0], AanvullingsverzoekVariabelen.TAAK_BESLISSEN)).as("the task stays open").isNotNull();

        ResponseEntity<JsonNode> gesloten = voltooi("daan", beslissen, Map.of("aanvullingBesluit", Map.of("value", "sluiten"),
                "sluitReden", Map.of("value", "Zonder de betrokkenen kunnen wij het advies niet beoordelen.")));
        assertThat(gesloten.getStatusCode()).as(String.valueOf(gesloten.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaak[0])
                .processDefinitionKey("wijkplatform-advies").singleResult().getEndTime()).isNotNull();
        MimeMessage sluiting = mail("Uw zaak is gesloten: " + zaak[0]);
        assertThat(Mails.tekst(sluiting)).contains("Zonder de betrokkenen kunnen wij het advies niet beoordelen.");
        JsonNode dossier = rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak[0], JsonNode.class);
        assertThat(dossier.get("status").asText()).isEqualTo("gesloten");
        assertThat(dossier.get("opgeschort").asBoolean()).isFalse();
    }

    @Test
    void zonderAntwoordGaatDeBehandelaarVerderEnLooptDeKlokWeer() {
        zet("2026-11-02T10:00");
        String[] zaak = advies("Verder zonder");
        Date voor = (Date) engine.getRuntimeService().getVariable(taak(zaak[0], "Task_ReactieSchrijven").getProcessInstanceId(), "reactieDatum");
        vraag("bram", zaak[0], Map.of("vraag", "Is er een tekening?"));
        zet("2026-11-17T08:00");
        Jobs.voerUit(engine.getManagementService());
        Task beslissen = taak(zaak[0], AanvullingsverzoekVariabelen.TAAK_BESLISSEN);
        assertThat(beslissen).as("default reply term of 10 werkdagen has passed").isNotNull();
        assertThat(voltooi("bram", beslissen, Map.of("aanvullingBesluit", Map.of("value", "verder"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Date na = (Date) engine.getRuntimeService().getVariable(taak(zaak[0], "Task_ReactieSchrijven").getProcessInstanceId(), "reactieDatum");
        assertThat(na).as("2 November to 17 November: 11 werkdagen").isEqualTo(new Klokverschuiving(engine, werkdagen(), null).later(voor, 11));
        assertThat(Mails.tekst(mail("Uw zaak loopt weer: " + zaak[0]))).contains("met de informatie die wij hebben");
        assertThat(antwoord(zaak[0], zaak[1], Map.of("tekst", "Te laat")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void hetWijkbureauSchortOpZonderVraagEnHervatMetVerschovenDataEnDeIndienerHoortHetBeide() {
        zet("2027-04-20T10:00");
        String[] zaak = advies("Wachten op de raad");
        Date voor = (Date) engine.getRuntimeService().getVariable(taak(zaak[0], "Task_ReactieSchrijven").getProcessInstanceId(), "reactieDatum");
        Map<String, Object> wachten = Map.of("reden", "Wij wachten op het raadsbesluit over de begroting.", "verwachteDatum", "2027-05-12");
        assertThat(rest.withBasicAuth("daan", "demo").postForEntity("/api/zaken/" + zaak[0] + "/opschorting", wachten, JsonNode.class)
                .getStatusCode()).as("only the wijkbureau").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> opgeschort = rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak[0] + "/opschorting",
                wachten, JsonNode.class);
        assertThat(opgeschort.getStatusCode()).as(String.valueOf(opgeschort.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(Mails.tekst(mail("De termijn van uw zaak staat even stil: " + zaak[0])))
                .contains("Wij wachten op het raadsbesluit over de begroting.").contains("12 mei 2027");
        JsonNode status = rest.getForObject("/api/status/" + zaak[0] + "?token=" + zaak[1], JsonNode.class);
        assertThat(status.get("opschorting").get("reden").asText()).isEqualTo("Wij wachten op het raadsbesluit over de begroting.");
        assertThat(status.get("opschorting").get("aanvullingGevraagd").asBoolean()).isFalse();
        assertThat(antwoord(zaak[0], zaak[1], Map.of("tekst", "Mag ik iets zeggen?")).getStatusCode()).as("no question is open")
                .isEqualTo(HttpStatus.CONFLICT);

        // 21 April to 10 May: Koningsdag (27 April), Bevrijdingsdag (5 May) and Hemelvaartsdag (6 May) are no werkdagen: 11
        zet("2027-05-10T09:00");
        ResponseEntity<JsonNode> hervat = rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak[0] + "/hervatting",
                Map.of(), JsonNode.class);
        assertThat(hervat.getStatusCode()).as(String.valueOf(hervat.getBody())).isEqualTo(HttpStatus.OK);
        Date na = (Date) engine.getRuntimeService().getVariable(taak(zaak[0], "Task_ReactieSchrijven").getProcessInstanceId(), "reactieDatum");
        assertThat(na).isEqualTo(new Klokverschuiving(engine, werkdagen(), null).later(voor, 11));
        assertThat(Mails.tekst(mail("Uw zaak loopt weer: " + zaak[0]))).contains("Wij kunnen uw zaak weer verder behandelen")
                .contains(Opschorting.tekst(na));
        assertThat(rest.withBasicAuth("bram", "demo").postForEntity("/api/zaken/" + zaak[0] + "/hervatting", Map.of(), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void eenInitiatiefSchuiftZijnContactEnBesluitdatumOpEnZonderEmailWordtNietsGevraagd() {
        zet("2027-03-01T10:00");
        Map<String, Object> initiatief = new java.util.HashMap<>(Map.of("titel", "Buurtmoestuin", "beschrijving", "Een moestuin",
                "wijk", "oost", "initiatiefnemer", "Noor", "contactEmail", "noor@example.org", "hulpGevraagd", List.of("kennis")));
        JsonNode start = rest.postForObject("/api/initiatieven", initiatief, JsonNode.class);
        String zaak = start.get("zaaknummer").asText();
        String token = start.get("statusUrl").asText().replaceFirst(".*token=", "");
        String instantie = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("initiatief").singleResult().getId();
        Date besluit = (Date) engine.getRuntimeService().getVariable(instantie, "besluitDatum");
        Date contact = (Date) engine.getRuntimeService().getVariable(instantie, "contactDatum");
        assertThat(vraag("bram", zaak, Map.of("vraag", "Waar komt de moestuin?", "termijn", 5)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(Mails.tekst(mail("Wij hebben een vraag over uw zaak " + zaak))).startsWith("Beste Noor,");
        zet("2027-03-05T10:00");
        assertThat(antwoord(zaak, token, Map.of("tekst", "Achter het buurthuis.")).getStatusCode()).isEqualTo(HttpStatus.OK);
        Klokverschuiving klok = new Klokverschuiving(engine, werkdagen(), null);
        assertThat(engine.getRuntimeService().getVariable(instantie, "besluitDatum")).isEqualTo(klok.later(besluit, 4));
        assertThat(engine.getRuntimeService().getVariable(instantie, "contactDatum")).isEqualTo(klok.later(contact, 4));
        assertThat(engine.getRuntimeService().getVariable(instantie, "besluitDatumTekst")).isEqualTo(Opschorting.tekst(klok.later(besluit, 4)));
        assertThat(Mails.tekst(mail("Uw zaak loopt weer: " + zaak))).contains(Opschorting.tekst(klok.later(besluit, 4)));

        initiatief.remove("contactEmail");
        initiatief.put("contactTelefoon", "030 123 4567");
        String telefonisch = rest.postForObject("/api/initiatieven", initiatief, JsonNode.class).get("zaaknummer").asText();
        ResponseEntity<JsonNode> zonderEmail = vraag("bram", telefonisch, Map.of("vraag", "Waar komt de moestuin?"));
        assertThat(zonderEmail.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(zonderEmail.getBody().get("detail").asText()).contains("telefonisch");
    }

    @Autowired nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen werkdagenBean;

    nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen werkdagen() {
        return werkdagenBean;
    }

    ResponseEntity<JsonNode> voltooi(String wie, Task taak, Map<String, Object> variabelen) {
        rest.withBasicAuth(wie, "demo").postForEntity("/engine-rest/task/" + taak.getId() + "/claim", Map.of("userId", wie), String.class);
        return rest.withBasicAuth(wie, "demo").postForEntity("/engine-rest/task/" + taak.getId() + "/complete",
                Map.of("variables", variabelen), JsonNode.class);
    }
}
