package nl.utrecht.wijkgerichtwerken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.browser.Browser;
import nl.utrecht.wijkgerichtwerken.browser.Tasklist;
import nl.utrecht.wijkgerichtwerken.browser.Toegankelijkheid;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Issue 22 on the status page in headless Chromium: the wijkplatform reads the question, sends an empty answer (the
 * refusal is summarised at the top, linked to the field and announced next to it), then answers with the keyboard and
 * sees that the clock runs again; axe-core (WCAG 2.1 A/AA) on every state.
 */
@IntegratieTest
class AanvullingBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int poort;
    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired ManagementService managementService;

    @AfterEach
    void werkAf() {
        Jobs.voerUit(managementService);
    }

    @Test
    void hetWijkplatformBeantwoordtDeVraagOpDeStatuspaginaMetAlleenHetToetsenbord() {
        Map<String, Object> aanvraag = PubliekeAanvragen.advies();
        aanvraag.put("wijk", "oost");
        aanvraag.put("onderwerp", "Oversteek <b>Oost</b>");
        JsonNode start = rest.postForObject("/api/adviezen", aanvraag, JsonNode.class);
        String zaak = start.get("zaaknummer").asText();
        String statusUrl = start.get("statusUrl").asText().replaceFirst("^https?://[^/]+", "http://localhost:" + poort);
        Zaakmaker maker = new Zaakmaker(engine);
        maker.voltooi("bram", maker.taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", "so", "afsprakenVervolg", "Wijkavond"));
        assertThat(rest.withBasicAuth("daan", "demo").postForEntity("/api/zaken/" + zaak + "/aanvullingsverzoek",
                Map.of("vraag", "Welke oversteek bedoelt u: bij de <school> of bij het park?", "termijn", 10), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        try (Browser browser = Browser.start()) {
            browser.open(statusUrl);
            assertThat(browser.zichtbaar(By.id("kop-opschorting")).getText()).isEqualTo("Wij hebben een vraag voor u");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Welke oversteek bedoelt u: bij de <school> of bij het park?").contains("Graag uw antwoord uiterlijk op");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the question").isEmpty();
            browser.screenshot("publiek-aanvulling-vraag");

            browser.driver().findElement(By.id("veld-tekst")).sendKeys("   ");
            browser.driver().findElement(By.id("veld-tekst")).sendKeys(Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.zichtbaar(By.id("foutmeldingen-aanvulling"));
            assertThat(browser.driver().getTitle()).startsWith("Fout: ");
            assertThat(browser.driver().findElement(By.id("veld-tekst")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver().findElement(By.id("veld-tekst")).getAttribute("aria-describedby")).isEqualTo("fout-tekst");
            assertThat(browser.driver().findElement(By.id("fout-tekst")).getText()).contains("dit veld is verplicht");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the refusal").isEmpty();
            browser.screenshot("publiek-aanvulling-fout");
            browser.klik(By.cssSelector("#foutmeldingen-aanvulling a[href='#veld-tekst']"));
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("the summary leads to the field")
                    .isEqualTo("veld-tekst");

            browser.driver().switchTo().activeElement().sendKeys("Bij de school aan de Oosterstraat.");
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(browser.zichtbaar(By.cssSelector(".utrecht-alert--ok")).getText()).contains("Bedankt voor uw aanvulling");
            assertThat(browser.driver().findElements(By.id("kop-opschorting"))).as("the clock runs again").isEmpty();
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("U krijgt antwoord uiterlijk op");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe after the answer").isEmpty();
            browser.screenshot("publiek-aanvulling-ontvangen");
        }
        JsonNode dossier = rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class);
        assertThat(dossier.get("opgeschort").asBoolean()).isFalse();
        assertThat(dossier.get("opschortingen").get(0).get("antwoord").asText()).isEqualTo("Bij de school aan de Oosterstraat.");
    }

    @Test
    void deBehandelaarVraagtAanvullingInDeTabZaakEnVindtDeTaakOnderOpgeschort() {
        Map<String, Object> aanvraag = PubliekeAanvragen.advies();
        aanvraag.put("wijk", "oost");
        aanvraag.put("onderwerp", "Bankjes Oost");
        String zaak = rest.postForObject("/api/adviezen", aanvraag, JsonNode.class).get("zaaknummer").asText();
        Zaakmaker maker = new Zaakmaker(engine);
        maker.voltooi("bram", maker.taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", "so", "afsprakenVervolg", "Wijkavond"));
        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login("http://localhost:" + poort, "daan", "demo");
            tasklist.kiesFilter("Taken van mijn groepen");
            tasklist.openTaak(zaak);
            browser.klik(By.xpath("//*[@cam-tasklist-task]//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)='Zaak']"));
            browser.zichtbaar(By.cssSelector(".wijk-aanvullingvraag")).sendKeys("Waar moeten de bankjes komen?");
            browser.klik(By.cssSelector(".wijk-aanvullingknop"));
            browser.wachtTot(d -> d.findElement(By.cssSelector(".wijk-opschortingstatus")).getText().contains("De vraag is verstuurd"));
            assertThat(browser.driver().findElement(By.cssSelector(".wijk-dossier")).getText())
                    .contains("Aanvulling gevraagd aan de indiener", "Waar moeten de bankjes komen?", "Opgeschort");
            browser.screenshot("zaak-tab-aanvulling-gevraagd");
            tasklist.kiesFilter("Opgeschort");
            assertThat(tasklist.taken()).anyMatch(naam -> naam.contains(zaak));
        }
        JsonNode dossier = rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class);
        assertThat(dossier.get("opgeschort").asBoolean()).isTrue();
    }
}
