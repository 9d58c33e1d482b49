package nl.utrecht.wijkgerichtwerken.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/** Officials add documents to a case file and read them back as they were sent. */
@IntegratieTest
class DocumentenIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;

    @Test
    void wijkregisseurVoegtEenPdfToeEnLeestHemTerug() {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Met begroting");
        byte[] pdf = Uploads.pdf(700_000);

        ResponseEntity<JsonNode> toegevoegd = rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaak + "/documenten",
                Uploads.multipart(Uploads.bestand("Begroting 2027.pdf", pdf)), JsonNode.class);

        assertThat(toegevoegd.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode document = toegevoegd.getBody().get(0);
        assertThat(document.get("naam").asText()).isEqualTo("Begroting 2027.pdf");
        assertThat(document.get("type").asText()).isEqualTo("application/pdf");
        assertThat(document.get("grootte").asLong()).isEqualTo(pdf.length);
        assertThat(document.get("door").asText()).isEqualTo("anna");
        assertThat(document.get("vertrouwelijk").asBoolean()).isFalse();

        JsonNode dossier = rest.withBasicAuth("anna", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class);
        assertThat(dossier.get("documenten")).hasSize(1);
        assertThat(dossier.get("documenten").get(0).get("id")).isEqualTo(document.get("id"));

        ResponseEntity<byte[]> download = rest.withBasicAuth("anna", "demo")
                .getForEntity("/api/zaken/" + zaak + "/documenten/" + document.get("id").asText(), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(download.getHeaders().getContentType().equalsTypeAndSubtype(org.springframework.http.MediaType.APPLICATION_PDF)).isTrue();
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("Begroting 2027.pdf");
    }

    @Test
    void eenOfficeDocumentKrijgtZijnSoortEnEenVertrouwelijkDocumentBlijftGemarkeerd() throws Exception {
        String zaak = new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", "Met notulen");
        var velden = new LinkedMultiValueMap<String, Object>();
        velden.add("vertrouwelijk", "true");

        ResponseEntity<JsonNode> toegevoegd = rest.withBasicAuth("anna", "demo").postForEntity("/api/zaken/" + zaak + "/documenten",
                Uploads.multipart(velden, Uploads.bestand("notulen.docx", docx())), JsonNode.class);

        assertThat(toegevoegd.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(toegevoegd.getBody().get(0).get("type").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(toegevoegd.getBody().get(0).get("vertrouwelijk").asBoolean()).isTrue();
    }

    static byte[] docx() throws Exception {
        var uit = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(uit)) {
            // in the order Word writes them: [Content_Types].xml first (Map.of's order differs from run to run)
            for (Map.Entry<String, String> deel : java.util.List.of(Map.entry("[Content_Types].xml", "<Types/>"),
                    Map.entry("_rels/.rels", "<Relationships/>"), Map.entry("word/document.xml", "<w:document/>"))) {
                zip.putNextEntry(new java.util.zip.ZipEntry(deel.getKey()));
                zip.write(deel.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return uit.toByteArray();
    }
}
