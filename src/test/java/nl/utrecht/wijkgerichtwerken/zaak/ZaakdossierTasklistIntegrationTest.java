package nl.utrecht.wijkgerichtwerken.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.config.Webappsessie;

/**
 * What the tab "Zaak" in Tasklist and the pages /zaken need from the server: the case of a task, the open tasks with
 * their people, Dutch names, the reactie per point; the pages on the webapps' session, in Dutch without a login.
 */
@IntegratieTest
class ZaakdossierTasklistIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;

    Zaakmaker maker;
    String kenmerk;

    @BeforeEach
    void maker() {
        maker = new Zaakmaker(engine);
        kenmerk = "tab-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void eenTaakNoemtZijnZaakAlleenAanWieDieZaakMagLezen() {
        String zaak = maker.escalatie("anna", "oost", "[\"so\"]", "Taak " + kenmerk);
        String taak = maker.taak(zaak, "Task_OplossenInWijk").getId();

        assertThat(get("anna", "/api/zaken/taak/" + taak).getBody().get("zaaknummer").asText()).isEqualTo(zaak);
        ResponseEntity<JsonNode> karim = get("karim", "/api/zaken/taak/" + taak);
        assertThat(karim.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(karim.getBody().get("detail").asText()).isEqualTo("Deze zaak bestaat niet of u mag hem niet inzien.");
        assertThat(get("anna", "/api/zaken/taak/bestaat-niet").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void hetDossierNoemtDeOpenTakenMetHunMensenEnDeNamenVanProcesWijkEnDiensten() {
        String zaak = maker.escalatie("anna", "oost", "[\"so\",\"sw\"]", "Ladder " + kenmerk);
        maker.voltooi("anna", maker.taak(zaak, "Task_OplossenInWijk"),
                Map.of("besluit", "escaleren", "toelichting", "In de wijk lukt het niet"));

        JsonNode dossier = get("femke", "/api/zaken/" + zaak).getBody();
        assertThat(dossier.get("procesNaam").asText()).isEqualTo("Escalatie");
        assertThat(dossier.get("wijkNaam").asText()).isEqualTo("Oost");
        assertThat(dossier.get("dienstNamen").get("so").asText()).isEqualTo("StadsOntwikkeling");
        List<String> open = new ArrayList<>();
        dossier.get("taken").forEach(t -> open.add(t.get("stap").asText() + "|" + t.get("kandidaten").toString()));
        assertThat(open).contains("Besluit nemen als dienstdirecteur (StadsOntwikkeling)|[\"Dienstdirecteur StadsOntwikkeling\"]",
                "Besluit nemen als dienstdirecteur (Stadswerken)|[\"Dienstdirecteur Stadswerken\"]");
        assertThat(dossier.get("personen").get("anna").asText()).startsWith("Anna de Vries");
        assertThat(dossier.get("tijdlijn").get(0).get("door").asText()).isEqualTo("anna");
    }

    @Test
    void deTijdlijnVanEenAdviesToontDeReactiePerPunt() {
        String zaak = maker.advies("Punten " + kenmerk, "so");
        maker.voltooi("daan", maker.taak(zaak, "Task_ReactieSchrijven"), Map.of("punten",
                "[{\"standpunt\":\"overgenomen\",\"motivering\":\"De oversteek ligt op een schoolroute.\"}]",
                "vervolg", "De oversteek komt in april."));

        JsonNode reactie = get("bram", "/api/zaken/" + zaak).getBody().get("tijdlijn").get(1);
        assertThat(reactie.get("toelichting").asText()).isEqualTo("De oversteek komt in april.");
        JsonNode punt = reactie.get("punten").get(0);
        assertThat(punt.has("tekst")).as(reactie.toString()).isTrue();
        assertThat(punt.get("tekst").asText()).isEqualTo("Een veilige oversteek");
        assertThat(punt.get("standpunt").asText()).isEqualTo("overgenomen");
        assertThat(punt.get("motivering").asText()).isEqualTo("De oversteek ligt op een schoolroute.");
    }

    @Test
    void dePaginasZakenVragenOmInloggenViaDeTakenlijstEnNoemenEenOnbekendeZaakInHetNederlands() {
        String zaak = maker.escalatie("anna", "oost", "[\"so\"]", "Pagina " + kenmerk);
        ResponseEntity<String> zonder = rest.getForEntity("/zaken", String.class);
        assertThat(zonder.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(zonder.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(zonder.getBody()).contains("Log in via de Takenlijst", "href=\"/camunda/app/tasklist/default/\"")
                .doesNotContain("Whitelabel", "Unauthorized");
        assertThat(rest.getForEntity("/zaken/" + zaak, String.class).getBody()).contains("Log in via de Takenlijst");

        Webappsessie anna = Webappsessie.login(rest, "anna", "demo");
        ResponseEntity<String> lijst = pagina(anna, "/zaken");
        assertThat(lijst.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lijst.getBody()).contains("zaakpagina.js", "data-csrf=\"" + anna.token() + "\"");
        ResponseEntity<String> dossier = pagina(anna, "/zaken/" + zaak);
        assertThat(dossier.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dossier.getBody()).contains("data-zaaknummer=\"" + zaak + "\"");
        ResponseEntity<String> onbekend = pagina(anna, "/zaken/ESC-1999-999999");
        assertThat(onbekend.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(onbekend.getBody()).contains("Zaak niet gevonden").doesNotContain("Whitelabel", "Not Found");
        assertThat(pagina(Webappsessie.login(rest, "karim", "demo"), "/zaken/" + zaak).getStatusCode())
                .as("a case of another wijk").isEqualTo(HttpStatus.NOT_FOUND);

        HttpHeaders metToken = headers(anna);
        metToken.setContentType(MediaType.APPLICATION_JSON);
        metToken.add("X-XSRF-TOKEN", anna.token());
        assertThat(rest.postForEntity("/api/zaken/" + zaak + "/notities", new HttpEntity<>("{\"tekst\":\"Vanuit de tab\"}", metToken),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<String> pagina(Webappsessie sessie, String pad) {
        return rest.exchange(pad, HttpMethod.GET, new HttpEntity<>(headers(sessie)), String.class);
    }

    private static HttpHeaders headers(Webappsessie sessie) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, sessie.cookies());
        return headers;
    }

    private ResponseEntity<JsonNode> get(String gebruiker, String pad) {
        return rest.withBasicAuth(gebruiker, "demo").getForEntity(pad, JsonNode.class);
    }
}
