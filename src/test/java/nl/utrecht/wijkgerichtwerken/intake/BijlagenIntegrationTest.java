package nl.utrecht.wijkgerichtwerken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.zaak.Document;
import nl.utrecht.wijkgerichtwerken.zaak.Documenten;
import nl.utrecht.wijkgerichtwerken.zaak.Uploads;

/** Attachments sent with the advice form on the public page: kept on the new case, or refused next to the field. */
@IntegratieTest
class BijlagenIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired HistoryService historyService;
    @Autowired Documenten documenten;

    @Test
    void eenAdviesMetBijlageBewaartDeBijlageBijDeZaak() {
        String onderwerp = "Bijlage " + System.nanoTime();
        ResponseEntity<String> antwoord = rest.postForEntity("/advies",
                Uploads.multipart(velden(onderwerp), Uploads.bestand("C:\\Users\\wijk\\begroting.pdf", Uploads.pdf(5000))), String.class);

        assertThat(antwoord.getStatusCode().value()).as(antwoord.getBody()).isIn(200, 303);
        String zaak = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("wijkplatform-advies")
                .variableValueEquals("onderwerp", onderwerp).singleResult().getBusinessKey();
        assertThat(documenten.van(zaak)).extracting(Document::naam, Document::door, Document::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("begroting.pdf", "indiener", "application/pdf"));
    }

    @Test
    void eenProgrammaAlsBijlageWordtBijHetVeldGeweigerdEnErStartGeenZaak() {
        String onderwerp = "Programma " + System.nanoTime();
        ResponseEntity<String> antwoord = rest.postForEntity("/advies",
                Uploads.multipart(velden(onderwerp), Uploads.bestand("foto.jpg", Uploads.exe())), String.class);

        assertThat(antwoord.getStatusCode().value()).isEqualTo(400);
        assertThat(antwoord.getBody()).contains("id=\"fout-bestand\"", "&#39;foto.jpg&#39; is geen toegestaan soort bestand",
                "href=\"#veld-bestand\"", "value=\"" + onderwerp + "\"");
        assertThat(historyService.createHistoricProcessInstanceQuery().variableValueEquals("onderwerp", onderwerp).count()).isZero();
    }

    @Test
    void deIndienerVoegtOpDeStatuspaginaEenDocumentToeEnZiet(){
        com.fasterxml.jackson.databind.JsonNode ingediend = rest.postForObject("/api/adviezen", PubliekeAanvragen.advies(),
                com.fasterxml.jackson.databind.JsonNode.class);
        String zaak = ingediend.get("zaaknummer").asText();
        String token = ingediend.get("statusUrl").asText().replaceAll(".*token=", "");
        String pad = "/status/" + zaak + "/documenten?token=" + token;

        ResponseEntity<String> geweigerd = rest.postForEntity(pad, Uploads.multipart(Uploads.bestand("virus.pdf", Uploads.elf())), String.class);
        assertThat(geweigerd.getStatusCode().value()).isEqualTo(400);
        assertThat(geweigerd.getBody()).contains("<title>Fout: ", "id=\"fout-bestand\"",
                "&#39;virus.pdf&#39; is geen toegestaan soort bestand", "aria-invalid=\"true\"");

        ResponseEntity<String> toegevoegd = rest.postForEntity(pad, Uploads.multipart(Uploads.bestand("foto's/plan.pdf", Uploads.pdf(2048))),
                String.class);
        assertThat(toegevoegd.getStatusCode().value()).isIn(200, 303);
        String pagina = rest.getForObject("/status/" + zaak + "?token=" + token, String.class);
        assertThat(pagina).contains(">plan.pdf</a>", "/api/status/" + zaak + "/documenten/").doesNotContain("virus.pdf");
        String link = pagina.replaceAll("(?s).*href=\"(/api/status/[^\"]+)\".*", "$1").replace("&amp;", "&");
        ResponseEntity<byte[]> download = rest.getForEntity(link, byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(Uploads.pdf(2048));
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static LinkedMultiValueMap<String, Object> velden(String onderwerp) {
        LinkedMultiValueMap<String, Object> velden = new LinkedMultiValueMap<>();
        for (String[] veld : IntakePaginasIntegrationTest.advies()) {
            velden.add(veld[0], veld[0].equals("onderwerp") ? onderwerp : veld[1]);
        }
        return velden;
    }
}
