package nl.utrecht.wijkgerichtwerken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.browser.Browser;
import nl.utrecht.wijkgerichtwerken.browser.Toegankelijkheid;

/**
 * Issue 21 on the wijkplatform's page in headless Chromium: it reads the request and that declining is its right,
 * sends without a choice (the refusal is summarised at the top and linked to the choice), accepts with the keyboard
 * and is offered the advice form with the request attached; axe-core (WCAG 2.1 A/AA) on every state.
 */
@IntegratieTest
class AdviesaanvraagBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int poort;
    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;

    @AfterEach
    void werkAf() {
        Jobs.voerUit(managementService);
    }

    @Test
    void hetWijkplatformAanvaardtDeAanvraagMetAlleenHetToetsenbordEnKrijgtHetAdviesformulier() {
        String instantie = Adviesaanvraagstart.start(rest, "eva", Adviesaanvraagstart.aanvraag()).getBody().get("id").asText();
        String aanvraag = runtimeService.createProcessInstanceQuery().processInstanceId(instantie).singleResult().getBusinessKey();
        String token = Adviesaanvraagstart.token(historyService, instantie);

        try (Browser browser = Browser.start()) {
            browser.open("http://localhost:" + poort + "/adviesaanvraag/" + aanvraag + "?token=" + token);
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Hoe wil de wijk de Kanaalstraat heringericht zien?", "Het advies gaat mee in het raadsvoorstel van maart.",
                            "Een adviesrecht moet niet worden opgevat als een adviesplicht", "een wijkplatform beslist zelf",
                            "Stadswerken", "Wijkplatform Oost");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the request").isEmpty();
            browser.screenshot("publiek-adviesaanvraag");

            browser.driver().findElement(By.id("veld-reden")).sendKeys(Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.zichtbaar(By.id("foutmeldingen"));
            assertThat(browser.driver().getTitle()).startsWith("Fout: ");
            assertThat(browser.driver().findElement(By.id("fout-besluit")).getText()).contains("maak een keuze");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the refusal").isEmpty();
            browser.klik(By.cssSelector("#foutmeldingen a"));
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("besluit-aanvaard");

            browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("veld-reden")).sendKeys("Graag, de werkgroep verkeer pakt het op.", Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(browser.zichtbaar(By.cssSelector(".utrecht-alert--ok")).getText()).contains("uw antwoord is opgeslagen");
            assertThat(browser.zichtbaar(By.id("kop-advies")).getText()).isEqualTo("U heeft de aanvraag aanvaard");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe after accepting").isEmpty();
            browser.screenshot("publiek-adviesaanvraag-aanvaard");

            browser.klik(By.linkText("Advies geven op deze aanvraag"));
            assertThat(browser.zichtbaar(By.id("veld-Adviesaanvraag")).getText()).contains(aanvraag);
            assertThat(browser.driver().findElement(By.id("soort-gevraagd")).isSelected()).isTrue();
        }
    }
}
