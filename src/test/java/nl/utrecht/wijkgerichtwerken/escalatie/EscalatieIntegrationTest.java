package nl.utrecht.wijkgerichtwerken.escalatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
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

import nl.utrecht.wijkgerichtwerken.Datumgevoelig;
import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Mails;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/** The escalation in the whole app: started and decided over the engine REST API, mails on GreenMail. */
@IntegratieTest
@Datumgevoelig
class EscalatieIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired Werkdagen werkdagen;

    @Test
    void wijkregisseurStartViaDeRestApiEnDeBetrokkenDienstdirecteurenKrijgenBericht() throws Exception {
        String zaaknummer = start("Speelplek <b>Lunetten</b>");

        assertThat(zaaknummer).matches("ESC-\\d{4}-\\d{6}");
        Jobs.voerUit(managementService);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).as("one delivery per recipient").hasSize(3);
        assertThat(mails[0].getAllRecipients()).extracting(Object::toString).containsExactlyInAnyOrder(
                "anna@utrecht.example", "femke@utrecht.example", "gert@utrecht.example");
        assertThat(mails[0].getSubject()).isEqualTo("Escalatie " + zaaknummer + " gestart: Speelplek <b>Lunetten</b>");
        assertThat(Mails.html(mails[0])).contains("StadsOntwikkeling").contains("Stadswerken")
                .contains("Speelplek &lt;b&gt;Lunetten&lt;/b&gt;").doesNotContain("<b>Lunetten");
        assertThat(Mails.tekst(mails[0])).contains("Betrokken diensten: StadsOntwikkeling, Stadswerken");
        assertThat(Mails.tekst(mails[0])).contains("Knelpunt:").contains("SO en SW wachten op elkaar");
    }

    @Test
    void onvolledigeStartViaDeRestApiGeeft400MetEenNederlandseMeldingEnStartNiets() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count();

        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity(
                "/engine-rest/process-definition/key/escalatie/start",
                Map.of("variables", Map.of("wijk", Map.of("value", "oost"), "urgentie", Map.of("value", "acuut"))), JsonNode.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("message").asText())
                .startsWith("De escalatie is niet gestart.")
                .contains("Titel: dit veld is verplicht")
                .contains("Betrokken diensten: kies minstens één betrokken dienst")
                .contains("Knelpunt: dit veld is verplicht");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie").count()).isEqualTo(voor);
    }

    @Test
    void besluitZonderToelichtingGeeft400MetEenNederlandseMeldingEnDeTaakBlijftOpen() {
        String zaaknummer = start("Bankjes Oudwijk");
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer).taskDefinitionKey("Task_OplossenInWijk").singleResult();

        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity(
                "/engine-rest/task/" + taak.getId() + "/complete",
                Map.of("variables", Map.of("besluit", Map.of("value", "escaleren"))), JsonNode.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("message").asText())
                .isEqualTo("Het besluit is niet opgeslagen. Toelichting: dit veld is verplicht");
        assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("Toelichting");
        assertThat(taskService.createTaskQuery().taskId(taak.getId()).count()).isOne();
    }

    @Test
    void eenDienstdirecteurZietAlleenDeTaakVanZijnDienstEnNaEscalerenKrijgtDeWijkgarageBericht() throws Exception {
        String zaaknummer = start("Fietsenstalling Station Zuid");
        Task wijk = taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer).taskDefinitionKey("Task_OplossenInWijk").singleResult();
        voltooi("anna", wijk.getId(), Map.of("besluit", "escaleren", "toelichting", "In de wijk lukt het niet"));
        Jobs.voerUit(managementService);
        smtp.reset();

        JsonNode femkesTaken = rest.withBasicAuth("femke", "demo")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + zaaknummer, JsonNode.class);
        assertThat(femkesTaken).hasSize(1);
        assertThat(femkesTaken.get(0).get("name").asText()).startsWith("Besluit nemen als dienstdirecteur (StadsOntwikkeling) — " + zaaknummer);
        voltooi("femke", femkesTaken.get(0).get("id").asText(), Map.of("besluit", "escaleren", "toelichting", "Geen capaciteit"));
        JsonNode gertsTaken = rest.withBasicAuth("gert", "demo")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + zaaknummer, JsonNode.class);
        voltooi("gert", gertsTaken.get(0).get("id").asText(), Map.of("besluit", "opgelost", "toelichting", "Wij doen het",
                "afspraken", "SW plaatst rekken"));
        Jobs.voerUit(managementService);

        assertThat(runtimeService.getVariable(
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).processDefinitionKeyNotIn("melding").singleResult().getId(), "niveau"))
                .isEqualTo("wijkgarage");
        MimeMessage[] ontvangen = smtp.getReceivedMessages();
        List<MimeMessage> niveauwissel = Arrays.stream(ontvangen)
                .filter(m -> Mails.onderwerp(m).equals("Escalatie " + zaaknummer + " ligt nu bij de wijkgarage")).toList();
        assertThat(niveauwissel).isNotEmpty();
        assertThat(niveauwissel.get(0).getAllRecipients()).extracting(Object::toString)
                .contains("hanna@utrecht.example", "anna@utrecht.example", "femke@utrecht.example");
    }

    @Test
    void deWijkregisseurTrektInVanuitHetDossierEnDeBetrokkenenKrijgenBericht() throws Exception {
        String zaaknummer = start("Geluidsscherm Lunetten");
        smtp.reset();

        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaaknummer + "/intrekken",
                Map.of("reden", "SO en SW hebben het samen opgelost"), JsonNode.class);
        Jobs.voerUit(managementService);

        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.getBody().get("melding").asText()).isEqualTo("De escalatie is ingetrokken. Alle betrokkenen krijgen bericht.");
        List<MimeMessage> ingetrokken = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).equals("Escalatie " + zaaknummer + " ingetrokken")).toList();
        assertThat(ingetrokken).isNotEmpty();
        assertThat(ingetrokken.get(0).getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrder("anna@utrecht.example", "femke@utrecht.example", "gert@utrecht.example");
        assertThat(Mails.tekst(ingetrokken.get(0))).contains("SO en SW hebben het samen opgelost");
        JsonNode dossier = rest.withBasicAuth("anna", "demo").getForObject("/api/zaken/" + zaaknummer, JsonNode.class);
        assertThat(dossier.get("status").asText()).isEqualTo("gesloten");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer).count()).isZero();
    }

    @Test
    void naVerstrekenTermijnGeeftDeWijkregisseurMeerTijdEnKrijgenDeDienstdirecteurenDeNieuweDatum() throws Exception {
        String zaaknummer = start("Speeltuin Oosterspoor", Map.of("startNiveau", Map.of("value", "dienstdirecteur"),
                "redenOverslaan", Map.of("value", "Het wijkoverleg liep al vast")));
        String zaak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKey("escalatie").singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(zaak)
                .activityId("Timer_TermijnDienstdirecteur").singleResult().getId());
        Jobs.voerUit(managementService);
        smtp.reset();

        JsonNode keuzes = rest.withBasicAuth("anna", "demo").getForObject("/engine-rest/task?processInstanceBusinessKey=" + zaaknummer
                + "&taskDefinitionKey=Task_VervolgKiezen", JsonNode.class);
        assertThat(keuzes).hasSize(1);
        LocalDate nieuw = werkdagen.plusWerkdagen(werkdagen.vandaag(), 7);
        voltooi("anna", keuzes.get(0).get("id").asText(), Map.of("vervolgKeuze", "verlengen",
                "toelichtingVervolg", "SW wacht op de begroting", "nieuweTermijn", nieuw.toString()));
        Jobs.voerUit(managementService);

        String datum = nieuw.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")));
        List<MimeMessage> verlengd = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).equals("Nieuwe termijn voor escalatie " + zaaknummer + ": " + datum)).toList();
        assertThat(verlengd).isNotEmpty();
        assertThat(verlengd.get(0).getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrder("femke@utrecht.example", "gert@utrecht.example");
        assertThat(Mails.tekst(verlengd.get(0))).contains("SW wacht op de begroting").contains("besluit uiterlijk op " + datum);
        JsonNode femkesTaak = rest.withBasicAuth("femke", "demo")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + zaaknummer, JsonNode.class).get(0);
        assertThat(femkesTaak.get("due").asText()).startsWith(nieuw.toString());
    }

    @Test
    void deWijkregisseurLegtVanuitHetDossierVoorAanDeVakwethouderEnDeAlgemeenDirecteurKrijgtBericht() throws Exception {
        String zaaknummer = start("Parkeerdruk Oudwijk");
        smtp.reset();

        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaaknummer + "/bestuurlijk",
                Map.of("route", "vakwethouder", "reden", "Een politieke afweging tussen parkeren en groen"), JsonNode.class);
        Jobs.voerUit(managementService);

        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.OK);
        List<MimeMessage> bestuur = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).equals("Escalatie " + zaaknummer + " ligt nu bij het bestuur")).toList();
        assertThat(bestuur).isNotEmpty();
        assertThat(bestuur.get(0).getAllRecipients()).extracting(Object::toString).containsExactlyInAnyOrder(
                "anna@utrecht.example", "femke@utrecht.example", "gert@utrecht.example", "ivo@utrecht.example");
        assertThat(Mails.tekst(bestuur.get(0))).contains("de vakwethouder(s) van de betrokken diensten")
                .contains("Een politieke afweging tussen parkeren en groen");
        Task uitkomst = taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer)
                .taskDefinitionKey("Task_BestuurlijkeUitkomstVastleggen").singleResult();
        assertThat(uitkomst.getAssignee()).isEqualTo("anna");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer).taskDefinitionKey("Task_OplossenInWijk").count()).isZero();
    }

    @Test
    void eenBetrokkenPartijBuitenDeGemeenteHoortVanDeStartEnDeUitkomstZonderInterneDetails() throws Exception {
        smtp.reset();
        String zaaknummer = start("Speelplek Mitros", Map.of("betrokkenPartijen",
                Map.of("value", "Noor Bakker | Woningcorporatie Mitros | n.bakker@example.org\nKees de Wit | Buurtcomité")));

        List<MimeMessage> gestart = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).equals("Gemeente Utrecht: overleg over Speelplek Mitros (" + zaaknummer + ")")).toList();
        assertThat(gestart).hasSize(1);
        assertThat(gestart.get(0).getAllRecipients()).extracting(Object::toString).containsExactly("n.bakker@example.org");
        assertThat(Mails.tekst(gestart.get(0))).doesNotContain("SO en SW wachten op elkaar").doesNotContain("tasklist");

        rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaaknummer + "/intrekken",
                Map.of("reden", "Intern opgelost"), JsonNode.class);
        Jobs.voerUit(managementService);
        List<MimeMessage> uitkomst = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).equals("Gemeente Utrecht: uitkomst over Speelplek Mitros (" + zaaknummer + ")")).toList();
        assertThat(uitkomst).hasSize(1);
        assertThat(uitkomst.get(0).getAllRecipients()).extracting(Object::toString).containsExactly("n.bakker@example.org");
        assertThat(Mails.tekst(uitkomst.get(0))).contains("beëindigd door de wijkregisseur").doesNotContain("Intern opgelost");
    }

    @Test
    void eenInterventieteamVanTweeDienstenLostHetOpEnDeUitkomstStaatInHetDossier() throws Exception {
        String zaaknummer = start("Overlast Oosterspoorplein");
        smtp.reset();

        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaaknummer + "/interventieteam",
                Map.of("diensten", List.of("so", "sw"), "opdracht", "Binnen een week een aanpak voor het plein"), JsonNode.class);
        Jobs.voerUit(managementService);

        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.OK);
        String termijn = werkdagen.plusWerkdagen(werkdagen.vandaag(), 5)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")));
        assertThat(antwoord.getBody().get("melding").asText()).isEqualTo("Het interventieteam is bijeengeroepen. "
                + "Een taak voor de bijdrage staat klaar bij StadsOntwikkeling, Stadswerken (uiterlijk " + termijn + ").");
        for (String lid : List.of("daan", "eva")) {
            JsonNode taken = rest.withBasicAuth(lid, "demo").getForObject("/engine-rest/task?processInstanceBusinessKey=" + zaaknummer
                    + "&taskDefinitionKey=Task_BijdrageInterventieteamLeveren&candidateUser=" + lid, JsonNode.class);
            assertThat(taken).as(lid).hasSize(1);
            voltooi(lid, taken.get(0).get("id").asText(), Map.of("bijdrage", "Bijdrage van " + lid + ": een ploeg op maandag"));
        }
        Jobs.voerUit(managementService);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer).taskDefinitionKey("Task_OplossenInWijk").count())
                .as("the rung's own task stays").isOne();
        Task uitkomst = taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer)
                .taskDefinitionKey("Task_UitkomstInterventieteamVastleggen").singleResult();
        assertThat(uitkomst.getAssignee()).isEqualTo("anna");
        voltooi("anna", uitkomst.getId(), Map.of("uitkomstInterventieteam", "opgelost", "toelichting", "Het team heeft een aanpak",
                "afspraken", "SW maait, SO plaatst hekken"));
        Jobs.voerUit(managementService);

        JsonNode dossier = rest.withBasicAuth("anna", "demo").getForObject("/api/zaken/" + zaaknummer, JsonNode.class);
        assertThat(dossier.get("status").asText()).isEqualTo("gesloten");
        List<String> stappen = new java.util.ArrayList<>();
        dossier.get("tijdlijn").forEach(stap -> stappen.add(stap.get("stap").asText() + " | " + stap.path("dienst").asText()
                + " | " + stap.path("besluit").asText() + " | " + stap.path("toelichting").asText()));
        assertThat(stappen).contains("Bijdrage interventieteam leveren (StadsOntwikkeling) | so | null | Bijdrage van daan: een ploeg op maandag",
                "Uitkomst interventieteam vastleggen | null | opgelost | Het team heeft een aanpak");
        List<MimeMessage> besluit = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).startsWith("Besluit over escalatie " + zaaknummer)).toList();
        assertThat(besluit).as("the outcome once, to each betrokkene").hasSize(3);
        assertThat(besluit.get(0).getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrder("anna@utrecht.example", "femke@utrecht.example", "gert@utrecht.example");
    }

    @Test
    void eenLaterToegevoegdePartijHoortDatDeEscalatieLooptEnKrijgtDeUitkomstPreciesEenKeer() throws Exception {
        String zaaknummer = start("Speelplek Cumulus");
        smtp.reset();

        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaaknummer + "/partijen",
                Map.of("naam", "Anna Smit", "organisatie", "Cumulus Welzijn", "email", "a.smit@example.org"), JsonNode.class);
        Jobs.voerUit(managementService);

        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.OK);
        List<MimeMessage> gestart = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).equals("Gemeente Utrecht: overleg over Speelplek Cumulus (" + zaaknummer + ")")).toList();
        assertThat(gestart).hasSize(1);
        assertThat(gestart.get(0).getAllRecipients()).extracting(Object::toString).containsExactly("a.smit@example.org");
        assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKey("escalatie").singleResult().getId(), "betrokkenPartijen"))
                .isEqualTo("Anna Smit | Cumulus Welzijn | a.smit@example.org");

        rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaaknummer + "/intrekken",
                Map.of("reden", "Samen opgelost"), JsonNode.class);
        Jobs.voerUit(managementService);
        List<MimeMessage> uitkomst = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).equals("Gemeente Utrecht: uitkomst over Speelplek Cumulus (" + zaaknummer + ")")).toList();
        assertThat(uitkomst).hasSize(1);
        assertThat(uitkomst.get(0).getAllRecipients()).extracting(Object::toString).containsExactly("a.smit@example.org");
    }

    private String start(String titel) {
        return start(titel, Map.of());
    }

    private String start(String titel, Map<String, Object> extra) {
        Map<String, Object> variabelen = new java.util.HashMap<>(Map.of(
                "titel", Map.of("value", titel),
                "wijk", Map.of("value", "oost"),
                "diensten", Map.of("value", "[\"so\",\"sw\"]", "type", "Json"),
                "knelpunt", Map.of("value", "SO en SW wachten op elkaar"),
                "urgentie", Map.of("value", "normaal")));
        variabelen.putAll(extra);
        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity(
                "/engine-rest/process-definition/key/escalatie/start", Map.of("variables", variabelen), JsonNode.class);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);
        return antwoord.getBody().get("businessKey").asText();
    }

    private void voltooi(String gebruiker, String taak, Map<String, String> waarden) {
        Map<String, Object> variabelen = new java.util.HashMap<>();
        waarden.forEach((k, v) -> variabelen.put(k, Map.of("value", v)));
        ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo")
                .postForEntity("/engine-rest/task/" + taak + "/complete", Map.of("variables", variabelen), String.class);
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

}
