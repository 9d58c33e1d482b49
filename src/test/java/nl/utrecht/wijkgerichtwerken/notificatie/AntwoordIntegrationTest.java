package nl.utrecht.wijkgerichtwerken.notificatie;

import static nl.utrecht.wijkgerichtwerken.Rest.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
import nl.utrecht.wijkgerichtwerken.intake.PubliekeAanvragen;
import nl.utrecht.wijkgerichtwerken.notificatie.MeldingVariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Document;
import nl.utrecht.wijkgerichtwerken.zaak.Documenten;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * The approved reactie reaches the wijkplatform as a mail with the PDF attached; the same PDF is on the case once,
 * also when the mail server was down at the first try, and the platform downloads it from its status page. The
 * besluit on an escalation, whose mail goes to the officials involved, is kept on the case as a PDF the same way.
 */
@IntegratieTest
class AntwoordIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String MOTIVERING = "Wij nemen dit over: de fietsenstalling komt bij het station.";

    @Autowired TestRestTemplate rest;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired Documenten documenten;
    @Autowired ProcessEngine engine;

    @Test
    void deReactieKomtAlsPdfBijDeMailEnEenKeerBijDeZaakOokAlsDeMailOpnieuwWordtGeprobeerd() throws Exception {
        Map<String, Object> advies = PubliekeAanvragen.advies();
        advies.put("wijk", "oost");
        advies.put("onderwerp", "Fietsparkeren " + System.nanoTime());
        JsonNode ingediend = rest.postForObject("/api/adviezen", advies, JsonNode.class);
        String zaak = ingediend.get("zaaknummer").asText();
        String token = ingediend.get("statusUrl").asText().replaceAll(".*token=", "");
        Jobs.voerUit(managementService);

        voltooi("bram", taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", waarde("so"), "afsprakenVervolg", waarde("Op de wijkavond")));
        String punten = "[{\"standpunt\":\"overgenomen\",\"motivering\":\"" + MOTIVERING + "\"},"
                + "{\"standpunt\":\"niet-overgenomen\",\"motivering\":\"Autoparkeren blijft nodig voor bezoekers.\"}]";
        voltooi("daan", taak(zaak, "Task_ReactieSchrijven"), Map.of("punten", Map.of("value", punten, "type", "Json"),
                "vervolg", waarde("De stalling wordt in mei geplaatst.")));
        smtp.stop();
        voltooi("carla", taak(zaak, "Task_ReactieBeoordelen"), Map.of("akkoord", waarde("ja")));

        String melding = runtimeService.createProcessInstanceQuery().processDefinitionKey(MeldingVariabelen.PROCES)
                .processInstanceBusinessKey(zaak).variableValueEquals(MeldingVariabelen.SJABLOON, "advies-reactie").singleResult().getId();
        Job mailstap = managementService.createJobQuery().processInstanceId(melding).singleResult();
        assertThat(mailstap.getRetries()).as("the mail step has failed once (retry cycle R3) and waits for its retry").isEqualTo(2);
        assertThat(mailstap.getExceptionMessage()).isNotBlank();
        assertThat(documenten.van(zaak)).as("a failed try keeps no PDF").noneMatch(d -> d.naam().endsWith(".pdf"));

        smtp.start();
        managementService.executeJob(mailstap.getId());
        Jobs.voerUitStrikt(managementService);

        List<Document> pdfs = documenten.van(zaak).stream().filter(d -> d.type().equals("application/pdf")).toList();
        assertThat(pdfs).as("the PDF is on the case exactly once").hasSize(1);
        Document pdf = pdfs.get(0);
        assertThat(pdf.naam()).isEqualTo("Reactie op advies " + zaak + ".pdf");
        assertThat(pdf.door()).isEqualTo(Antwoordbrieven.DOOR);
        assertThat(pdf.vertrouwelijk()).isFalse();

        MimeMessage reactie = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).equals("Reactie op uw advies: " + advies.get("onderwerp"))).findFirst().orElseThrow();
        assertThat(reactie.getAllRecipients()[0].toString()).isEqualTo("platform-zuid@example.org");
        Part bijlage = bijlage(reactie);
        assertThat(bijlage.getFileName()).isEqualTo(pdf.naam());
        assertThat(bijlage.isMimeType("application/pdf")).isTrue();
        byte[] gemaild = bijlage.getInputStream().readAllBytes();
        try (PDDocument document = Loader.loadPDF(gemaild)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Meer fietsparkeren", "Standpunt: Overgenomen", MOTIVERING,
                            "Minder autoparkeren", "Standpunt: Niet overgenomen", "De stalling wordt in mei geplaatst.");
            AntwoordPdfTest.assertToegankelijk(document, "Reactie op advies " + zaak);
        }

        JsonNode status = rest.getForObject("/api/status/" + zaak + "?token=" + token, JsonNode.class);
        JsonNode opStatus = status.get("documenten").get(0);
        assertThat(opStatus.get("naam").asText()).isEqualTo(pdf.naam());
        ResponseEntity<byte[]> download = rest.getForEntity(opStatus.get("downloadUrl").asText(), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).as("the platform downloads the PDF that was mailed").isEqualTo(gemaild);
        String pagina = rest.getForObject("/status/" + zaak + "?token=" + token, String.class);
        assertThat(pagina).contains(">Reactie op advies " + zaak + ".pdf</a>");
    }

    @Test
    void hetBesluitOverEenEscalatieStaatAlsPdfBijDeZaakEnBijDeMailAanDeBetrokkenen() throws Exception {
        Zaakmaker maker = new Zaakmaker(engine);
        String zaak = maker.escalatie("anna", "oost", "[\"so\"]", "Weesfietsen " + System.nanoTime());
        maker.voltooi("anna", maker.taak(zaak, "Task_OplossenInWijk"), Map.of("besluit", "opgelost",
                "toelichting", "SO ruimt de stalling op.", "afspraken", "Elke maand een ronde langs de rekken."));

        List<Document> pdfs = documenten.van(zaak).stream().filter(d -> d.type().equals("application/pdf")).toList();
        assertThat(pdfs).extracting(Document::naam).containsExactly("Besluit over escalatie " + zaak + ".pdf");
        MimeMessage besluit = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.onderwerp(m).startsWith("Besluit over escalatie " + zaak)).findFirst().orElseThrow();
        Part bijlage = bijlage(besluit);
        assertThat(bijlage.getFileName()).isEqualTo(pdfs.get(0).naam());
        try (PDDocument document = Loader.loadPDF(bijlage.getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Besluit over de escalatie", "SO ruimt de stalling op.", "Elke maand een ronde langs de rekken.");
        }
    }

    private static Part bijlage(Part deel) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(deel.getDisposition())) {
            return deel;
        }
        if (deel.getContent() instanceof Multipart delen) {
            for (int i = 0; i < delen.getCount(); i++) {
                BodyPart kind = delen.getBodyPart(i);
                Part gevonden = bijlage(kind);
                if (gevonden != null) {
                    return gevonden;
                }
            }
        }
        return null;
    }

    private Task taak(String zaak, String activiteit) {
        return taskService.createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).singleResult();
    }

    private void voltooi(String gebruiker, Task taak, Map<String, Object> variabelen) {
        ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo")
                .postForEntity("/engine-rest/task/" + taak.getId() + "/complete", Map.of("variables", variabelen), String.class);
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.voerUit(managementService);
    }
}
