package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.intake.PubliekeAanvragen;
import nl.utrecht.wijkgerichtwerken.zaak.Uploads;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Abuse catalogue, documents on a case: what is refused by content, size and number, names that try to leave their
 * folder, documents of a case one may not read, deletion by anyone but camunda-admin, and vertrouwelijke documents
 * on the status link.
 */
@IntegratieTest
class DocumentenMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void hernoemdUitvoerbaarBestandWordtGeweigerd() throws Exception {
        String zaak = escalatie("Hernoemd programma");
        for (ByteArrayResource bestand : List.of(Uploads.bestand("begroting.pdf", Uploads.elf()),
                Uploads.bestand("foto.jpg", Uploads.exe()), Uploads.bestand("notulen.docx", Uploads.zip()),
                Uploads.bestand("brief.pdf", "<html><script>alert(1)</script></html>".getBytes()))) {
            ResponseEntity<JsonNode> antwoord = upload("anna", zaak, bestand);
            assertThat(antwoord.getStatusCode()).as(bestand.getFilename()).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode fout = antwoord.getBody().get("fouten").get(0);
            assertThat(fout.get("veld").asText()).isEqualTo("bestand");
            assertThat(fout.get("melding").asText()).contains("'" + bestand.getFilename() + "'", "geen toegestaan soort bestand");
        }
        assertThat(documenten("anna", zaak)).isEmpty();
    }

    @Test
    void teGrootBestandWordtGeweigerd() {
        String zaak = escalatie("Te groot");
        ResponseEntity<JsonNode> antwoord = upload("anna", zaak, Uploads.bestand("groot.pdf", Uploads.pdf(10 * 1024 * 1024 + 1)));
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("bestand");
        assertThat(antwoord.getBody().get("fouten").get(0).get("melding").asText()).contains("'groot.pdf'", "groter dan 10 MB");
        assertThat(documenten("anna", zaak)).isEmpty();
    }

    @Test
    void teVeelBestandenTegelijkWordenGeweigerd() {
        String zaak = escalatie("Te veel");
        ByteArrayResource[] elf = new ByteArrayResource[11];
        for (int i = 0; i < elf.length; i++) {
            elf[i] = Uploads.bestand("bijlage-" + i + ".pdf", Uploads.pdf(1000));
        }
        ResponseEntity<JsonNode> antwoord = upload("anna", zaak, elf);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("bestand");
        assertThat(antwoord.getBody().get("fouten").get(0).get("melding").asText()).contains("hoogstens 10 bestanden");
        assertThat(documenten("anna", zaak)).isEmpty();
    }

    @Test
    void padInBestandsnaamWordtWeggelaten() {
        String zaak = escalatie("Paden");
        upload("anna", zaak, Uploads.bestand("../../../etc/passwd.pdf", Uploads.pdf(100)),
                Uploads.bestand("..\\..\\Windows\\system32\\rapport.pdf", Uploads.pdf(100)),
                Uploads.bestand("\u202Egnp.exe\u0007.pdf", Uploads.pdf(100)));
        assertThat(documenten("anna", zaak)).extracting(d -> d.get("naam").asText())
                .containsExactlyInAnyOrder("passwd.pdf", "rapport.pdf", "gnp.exe.pdf");
    }

    @Test
    void documentVanEenZaakVanEenAndereWijkGeeft404() {
        String zaak = escalatie("Alleen voor Oost");
        String id = upload("anna", zaak, Uploads.bestand("oost.pdf", Uploads.pdf(100))).getBody().get(0).get("id").asText();

        ResponseEntity<String> lezen = rest.withBasicAuth("karim", "demo").getForEntity(pad(zaak) + "/" + id, String.class);
        ResponseEntity<JsonNode> toevoegen = upload("karim", zaak, Uploads.bestand("karim.pdf", Uploads.pdf(100)));
        ResponseEntity<String> onbekend = rest.withBasicAuth("karim", "demo").getForEntity(pad("ESC-1999-999999") + "/" + id, String.class);

        assertThat(lezen.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(toevoegen.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(lezen.getBody()).doesNotContain("oost.pdf")
                .contains(onbekend.getBody().replaceAll(".*\"detail\":(\"[^\"]*\").*", "$1"));
        assertThat(documenten("anna", zaak)).hasSize(1);
    }

    @Test
    void alleenBeheerderVerwijdertEenDocumentEnDatWordtVastgelegd() {
        String zaak = escalatie("Verwijderen");
        String id = upload("anna", zaak, Uploads.bestand("weg.pdf", Uploads.pdf(100))).getBody().get(0).get("id").asText();

        ResponseEntity<String> anna = rest.withBasicAuth("anna", "demo").exchange(pad(zaak) + "/" + id, HttpMethod.DELETE, null, String.class);
        assertThat(anna.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anna.getBody()).contains("camunda-admin");
        assertThat(documenten("anna", zaak)).hasSize(1);

        ResponseEntity<String> demo = rest.withBasicAuth("demo", "demo").exchange(pad(zaak) + "/" + id, HttpMethod.DELETE, null, String.class);
        assertThat(demo.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(documenten("anna", zaak)).isEmpty();
        assertThat(rest.withBasicAuth("anna", "demo").getForEntity(pad(zaak) + "/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> vastgelegd = jdbc.queryForMap("SELECT verwijderd_door, verwijderd_moment FROM wijk_document WHERE id = ?", id);
        assertThat(vastgelegd.get("verwijderd_door")).isEqualTo("demo");
        assertThat(vastgelegd.get("verwijderd_moment")).isNotNull();
    }

    @Test
    void vertrouwelijkDocumentStaatNooitOpDeStatuspagina() throws Exception {
        JsonNode ingediend = rest.postForObject("/api/adviezen", PubliekeAanvragen.advies(), JsonNode.class);
        String zaak = ingediend.get("zaaknummer").asText();
        String token = ingediend.get("statusUrl").asText().replaceAll(".*token=", "");
        var velden = new LinkedMultiValueMap<String, Object>();
        velden.add("vertrouwelijk", "true");
        ResponseEntity<JsonNode> geheim = rest.withBasicAuth("demo", "demo").postForEntity(pad(zaak),
                Uploads.multipart(velden, Uploads.bestand("intern-memo.pdf", Uploads.pdf(100))), JsonNode.class);
        assertThat(geheim.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String geheimId = geheim.getBody().get(0).get("id").asText();
        upload("demo", zaak, Uploads.bestand("openbaar.pdf", Uploads.pdf(100)));

        String status = rest.getForObject("/api/status/" + zaak + "?token=" + token, String.class);
        String pagina = rest.getForObject("/status/" + zaak + "?token=" + token, String.class);
        assertThat(status).contains("openbaar.pdf").doesNotContain("intern-memo", geheimId);
        assertThat(pagina).contains("openbaar.pdf").doesNotContain("intern-memo", geheimId);
        assertThat(rest.getForEntity("/api/status/" + zaak + "/documenten/" + geheimId + "?token=" + token, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void documentViaDeStatuslinkZonderGoedeSleutelWordtGeweigerd() {
        JsonNode ingediend = rest.postForObject("/api/adviezen", PubliekeAanvragen.advies(), JsonNode.class);
        String zaak = ingediend.get("zaaknummer").asText();
        String token = ingediend.get("statusUrl").asText().replaceAll(".*token=", "");

        ResponseEntity<JsonNode> zonder = rest.postForEntity("/api/status/" + zaak + "/documenten?token=fout",
                Uploads.multipart(Uploads.bestand("brief.pdf", Uploads.pdf(100))), JsonNode.class);
        ResponseEntity<JsonNode> met = rest.postForEntity("/api/status/" + zaak + "/documenten?token=" + token,
                Uploads.multipart(Uploads.bestand("../brief.pdf", Uploads.pdf(100))), JsonNode.class);
        ResponseEntity<JsonNode> programma = rest.postForEntity("/api/status/" + zaak + "/documenten?token=" + token,
                Uploads.multipart(Uploads.bestand("brief2.pdf", Uploads.exe())), JsonNode.class);

        assertThat(zonder.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(met.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(met.getBody().get(0).get("naam").asText()).isEqualTo("brief.pdf");
        assertThat(programma.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(programma.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("bestand");
        assertThat(documenten("demo", zaak)).extracting(d -> d.get("door").asText()).containsExactly("indiener");
    }

    private String escalatie(String titel) {
        return new Zaakmaker(engine).escalatie("anna", "oost", "[\"so\"]", titel);
    }

    private static String pad(String zaak) {
        return "/api/zaken/" + zaak + "/documenten";
    }

    private ResponseEntity<JsonNode> upload(String gebruiker, String zaak, ByteArrayResource... bestanden) {
        HttpEntity<?> verzoek = Uploads.multipart(bestanden);
        return rest.withBasicAuth(gebruiker, "demo").postForEntity(pad(zaak), verzoek, JsonNode.class);
    }

    private JsonNode documenten(String gebruiker, String zaak) {
        return rest.withBasicAuth(gebruiker, "demo").getForObject("/api/zaken/" + zaak, JsonNode.class).get("documenten");
    }
}
