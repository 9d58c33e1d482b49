package nl.utrecht.wijkgerichtwerken.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
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
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;

/**
 * "Late is told" (issue 21 item 4, issue 20 item 6): when a reactie or an information answer passes its term, the
 * platform gets the new expected date (the term + 10 werkdagen, also on the status page) and the wijk's wijkregisseur a
 * mail with a link to the case, each exactly once; the wijkregisseur escalates from the case file, linked both ways; a
 * stalled initiative tells him too. Terms run over Christmas and New Year; the clock is set by the test.
 */
@IntegratieTest
class TeLaatIntegrationTest {

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

    @Test
    void eenTeLateReactieMeldtHetPlatformDeNieuweDatumEnDeWijkregisseurEenmaal() throws Exception {
        zet("2026-12-14T10:00");
        Zaakmaker maker = new Zaakmaker(engine);
        String zaak = maker.advies("Te late reactie", "so");
        String token = token(zaak);

        // the reactie was due on 27 January 2027 (30 werkdagen, 25 December and 1 January not counted)
        zet("2027-01-28T10:00");
        Jobs.voerUit(engine.getManagementService());
        List<MimeMessage> platform = mails("Uw zaak " + zaak + " duurt langer dan beloofd");
        assertThat(platform).hasSize(1);
        assertThat(platform.get(0).getAllRecipients()[0].toString()).isEqualTo("platform-oost@example.org");
        assertThat(Mails.tekst(platform.get(0))).contains("27 januari 2027").contains("uiterlijk op: 10 februari 2027")
                .contains("StadsOntwikkeling").contains("/status/" + zaak + "?token=" + token);
        List<MimeMessage> regisseur = mails("Zaak " + zaak + " loopt vast in uw wijk");
        assertThat(regisseur).hasSize(1);
        assertThat(List.of(regisseur.get(0).getAllRecipients()).stream().map(Object::toString).toList())
                .as("the wijkregisseur of Oost only").containsExactly("anna@utrecht.example");
        assertThat(Mails.tekst(regisseur.get(0))).contains("/zaken/" + zaak).contains("Escaleren").contains("10 februari 2027");
        assertThat(mails("Te laat: " + zaak + " (Wijkplatform Oost)")).as("the managers' notice as before").isNotEmpty();
        JsonNode status = rest.getForObject("/api/status/" + zaak + "?token=" + token, JsonNode.class);
        assertThat(status.get("beloofdeDatum").asText()).as("the status page promises the new date").startsWith("2027-02-10");

        int alle = smtp.getReceivedMessages().length;
        zet("2027-02-01T10:00");
        Jobs.voerUit(engine.getManagementService());
        assertThat(smtp.getReceivedMessages()).as("each mail once").hasSize(alle);
    }

    @Test
    void eenTeLaatAntwoordOpEenInformatieverzoekWordtOokVerteld() throws Exception {
        zet("2026-12-14T10:00");
        Map<String, Object> start = new HashMap<>(Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", "Bomen Oosterspoorbaan", "vraag", "Welke bomen worden gekapt?", "contactEmail", "platform-oost@example.org"));
        String zaak = als("bram", () -> engine.getRuntimeService().startProcessInstanceByKey("informatieverzoek", start).getBusinessKey());
        Zaakmaker maker = new Zaakmaker(engine);
        maker.voltooi("bram", maker.taak(zaak, "Task_VerzoekDoorsturen"), Map.of("dienst", "sw"));

        // due 29 December 2026 (10 werkdagen); the new date is 10 werkdagen later, 1 January not counted
        zet("2026-12-30T10:00");
        Jobs.voerUit(engine.getManagementService());
        List<MimeMessage> platform = mails("Uw zaak " + zaak + " duurt langer dan beloofd");
        assertThat(platform).hasSize(1);
        assertThat(Mails.tekst(platform.get(0))).contains("het antwoord op het informatieverzoek").contains("29 december 2026")
                .contains("uiterlijk op: 13 januari 2027");
        assertThat(mails("Zaak " + zaak + " loopt vast in uw wijk")).hasSize(1);
    }

    @Test
    void deWijkregisseurEscaleertVanuitHetZaakdossierGekoppeldAanDeZaak() {
        zet("2026-12-14T10:00");
        String zaak = new Zaakmaker(engine).advies("Escaleren vanuit het dossier", "so");
        assertThat(dossier("anna", zaak).get("magEscaleren").asBoolean()).isTrue();
        assertThat(dossier("daan", zaak).get("magEscaleren").asBoolean()).as("not the dienst").isFalse();

        ResponseEntity<JsonNode> gestart = rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaak + "/escaleren",
                Map.of("toelichting", "De dienst reageert niet op het advies."), JsonNode.class);
        assertThat(gestart.getStatusCode()).as(String.valueOf(gestart.getBody())).isEqualTo(HttpStatus.CREATED);
        String escalatie = gestart.getBody().get("escalatie").asText();
        assertThat(escalatie).startsWith("ESC-");
        assertThat(dossier("anna", zaak).get("gekoppeldeZaken").toString()).contains(escalatie);
        JsonNode esc = dossier("anna", escalatie);
        assertThat(esc.get("gekoppeldeZaken").toString()).as("linked both ways").contains(zaak);
        assertThat(esc.get("diensten").toString()).contains("so");
        assertThat(dossier("anna", zaak).get("magEscaleren").asBoolean()).as("once per case").isFalse();
        Task wijk = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(escalatie)
                .taskDefinitionKey(EscalatieVariabelen.TAAK_OPLOSSEN_IN_WIJK).singleResult();
        assertThat(wijk.getAssignee()).as("the wijkregisseur owns it").isEqualTo("anna");
    }

    @Test
    void eenVastgelopenInitiatiefWordtAanDeWijkregisseurGemeld() throws Exception {
        zet("2026-12-14T10:00");
        ResponseEntity<JsonNode> start = rest.withBasicAuth("bram", "demo").postForEntity(
                "/engine-rest/process-definition/key/initiatief/start", Map.of("variables", Map.of(
                        "titel", waarde("Jeu de boules-baan"),
                        "beschrijving", waarde("Een baan in het park."),
                        "wijk", waarde("oost"),
                        "initiatiefnemer", waarde("Sem de Wit"),
                        "contactEmail", waarde("sem@example.org"),
                        "kanaal", waarde("wijkbureau"),
                        "hulpGevraagd", Map.of("value", "[\"vergunning\"]", "type", "Json"))), JsonNode.class);
        assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.OK);
        String zaak = start.getBody().get("businessKey").asText();
        Jobs.voerUit(engine.getManagementService());
        voltooi("bram", zaak, "Task_ContactLeggen", Map.of("contactVerslag", waarde("Aan de balie gesproken")));
        voltooi("anna", zaak, "Task_InitiatiefWegen", Map.of("dientWijkambitie", waarde("ja"), "naarWijkmanagementoverleg", waarde("nee"),
                "besluitGemeenteNodig", waarde("ja"), "verderOnderzoeken", waarde("ja"), "eerstVerhelderen", waarde("ja"),
                "samenwerkingsvormKeuze", waarde("kompas"), "dienst", waarde("so")));
        voltooi("daan", zaak, "Task_InitiatiefAccepteren", Map.of("geaccepteerd", waarde("ja")));
        voltooi("daan", zaak, "Task_BesluitNemen", Map.of("besluit", waarde("ja"),
                "motivering", waarde("Een baan past goed in het park en de buurt wil hem.")));
        zet("2027-01-25T10:00");
        Jobs.voerUit(engine.getManagementService());
        voltooi("bram", zaak, "Task_CheckIn", Map.of("voortgang", waarde("vastgelopen"),
                "checkInVerslag", waarde("De vergunning ligt al weken stil bij de dienst."), "escaleren", waarde(false)));
        List<MimeMessage> regisseur = mails("Zaak " + zaak + " loopt vast in uw wijk");
        assertThat(regisseur).hasSize(1);
        assertThat(List.of(regisseur.get(0).getAllRecipients()).stream().map(Object::toString).toList())
                .containsExactly("anna@utrecht.example");
        assertThat(Mails.tekst(regisseur.get(0))).contains("De vergunning ligt al weken stil").contains("/zaken/" + zaak)
                .contains("Escaleren");
        assertThat(dossier("anna", zaak).get("magEscaleren").asBoolean()).isTrue();
    }

    private JsonNode dossier(String wie, String zaak) {
        return rest.withBasicAuth(wie, "demo").getForObject("/api/zaken/" + zaak, JsonNode.class);
    }

    private String token(String zaak) {
        String id = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("wijkplatform-advies").singleResult().getId();
        return String.valueOf(engine.getRuntimeService().getVariable(id, Statuslinks.STATUS_URL)).replaceFirst(".*token=", "");
    }

    private List<MimeMessage> mails(String onderwerp) {
        Jobs.voerUit(engine.getManagementService());
        return List.of(smtp.getReceivedMessages()).stream().filter(m -> Mails.onderwerp(m).equals(onderwerp)).toList();
    }

    private void voltooi(String gebruiker, String zaak, String activiteit, Map<String, Object> variabelen) {
        Task taak = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).singleResult();
        assertThat(taak).as(activiteit).isNotNull();
        ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo").postForEntity("/engine-rest/task/" + taak.getId()
                + "/complete", Map.of("variables", variabelen), String.class);
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(engine.getManagementService());
    }

    private <T> T als(String gebruiker, Supplier<T> actie) {
        engine.getIdentityService().setAuthentication(gebruiker, engine.getIdentityService().createGroupQuery().groupMember(gebruiker)
                .list().stream().map(g -> g.getId()).toList());
        try {
            return actie.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static Map<String, Object> waarde(Object waarde) {
        return Map.of("value", waarde);
    }
}
