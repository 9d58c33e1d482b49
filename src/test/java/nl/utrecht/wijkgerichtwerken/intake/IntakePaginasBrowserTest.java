package nl.utrecht.wijkgerichtwerken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.browser.Browser;
import nl.utrecht.wijkgerichtwerken.browser.Toegankelijkheid;

/**
 * The public pages in headless Chromium: submitted with the keyboard only or with the mouse, each
 * followed to its status page, and every page and state checked by axe-core for WCAG 2.1 A/AA.
 */
@IntegratieTest
class IntakePaginasBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int poort;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;

    @AfterEach
    void werkAfMetEenDraaiendeMailserver() {
        Jobs.voerUit(managementService);
    }

    @Test
    void eenWijkplatformDientZijnAdviesInMetAlleenHetToetsenbord() {
        try (Browser browser = Browser.start()) {
            browser.open(url("/advies"));
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on /advies").isEmpty();

            // Tab from the top of the page: skip link, logo, then the fields in reading order
            tab(browser);
            assertThat(actief(browser).getText()).isEqualTo("Direct naar de inhoud");
            tab(browser);
            tab(browser);
            assertThat(actief(browser).getAttribute("id")).isEqualTo("veld-wijkplatform");
            actief(browser).sendKeys("Wijkplatform Oost");
            tab(browser);
            assertThat(actief(browser).getAttribute("id")).isEqualTo("veld-wijk");
            actief(browser).sendKeys("Oost");
            tab(browser);
            tab(browser);
            assertThat(actief(browser).getAttribute("id")).isEqualTo("veld-contactEmail");
            actief(browser).sendKeys("platform-oost@example.org");
            tab(browser);
            actief(browser).sendKeys("Oosterspoorplein");
            // the rest is forgotten: Enter in a text field sends the form, the server answers with the refusals
            actief(browser).sendKeys(Keys.ENTER);
            browser.zichtbaar(By.id("foutmeldingen"));
            assertThat(browser.driver().getTitle()).startsWith("Fout:");
            assertThat(browser.teksten(By.cssSelector("#foutmeldingen li")))
                    .contains("Soort advies: maak een keuze (gevraagd, ongevraagd)", "Adviespunten: geef minstens één adviespunt");
            assertThat(browser.driver().findElement(By.id("veld-wijkplatform")).getAttribute("value")).isEqualTo("Wijkplatform Oost");
            assertThat(browser.driver().findElement(By.id("fout-betrokkenen")).getText()).isEqualTo("dit veld is verplicht");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on /advies with refusals").isEmpty();
            browser.screenshot("publiek-advies-fouten");

            // the summary's link takes the keyboard to the field
            browser.driver().findElement(By.cssSelector("#foutmeldingen a[href='#veld-adviespunten']")).sendKeys(Keys.ENTER);
            browser.wachtTot(d -> "veld-adviespunten".equals(d.switchTo().activeElement().getAttribute("id")));
            actief(browser).sendKeys("Een veilige oversteek bij de school", Keys.ENTER, "Meer groen op het plein");
            // back into the radio group (none chosen yet: Shift+Tab lands on its last option), choose with the space bar
            new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertThat(actief(browser).getAttribute("id")).isEqualTo("soort-ongevraagd");
            actief(browser).sendKeys(Keys.SPACE);
            tab(browser);
            tab(browser);
            assertThat(actief(browser).getAttribute("id")).isEqualTo("veld-betrokkenen");
            actief(browser).sendKeys("Werkgroep verkeer");
            tab(browser);
            actief(browser).sendKeys("Wijkavond met 60 bewoners");
            tab(browser);
            // the optional attachments come before the button (none chosen here)
            assertThat(actief(browser).getAttribute("id")).isEqualTo("veld-bestand");
            tab(browser);
            assertThat(actief(browser).getText()).isEqualTo("Advies versturen");
            actief(browser).sendKeys(Keys.ENTER);

            browser.wachtTot(d -> d.getCurrentUrl().contains("/status/ADV-"));
            assertThat(browser.zichtbaar(By.cssSelector(".utrecht-alert--ok")).getText()).contains("Wij hebben uw aanvraag ontvangen");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Oosterspoorplein");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the status page").isEmpty();
            browser.screenshot("publiek-advies-ontvangen");
            String nummer = browser.driver().getCurrentUrl().replaceAll(".*/status/(ADV-[0-9-]+)\\?.*", "$1");
            ProcessInstance zaak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).processDefinitionKeyNotIn("melding").singleResult();
            assertThat(runtimeService.getVariable(zaak.getId(), "soort")).isEqualTo("ongevraagd");
            assertThat(runtimeService.getVariable(zaak.getId(), "adviespunten").toString())
                    .contains("Een veilige oversteek bij de school", "Meer groen op het plein");
        }
    }

    @Test
    void eenBewonerMeldtOpZijnTelefoonEenInitiatiefAanMetEenBegrotingEnVolgtHet() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(url("/initiatief"));
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on /initiatief").isEmpty();
            assertThat(geenHorizontaalScrollen(browser.driver())).as("fits a phone screen").isTrue();
            browser.driver().findElement(By.id("veld-titel")).sendKeys("Jeu-de-boulesbaan <b>Lunetten</b>");
            browser.driver().findElement(By.id("veld-beschrijving")).sendKeys("Een baan naast het buurthuis, wij onderhouden hem zelf.");
            browser.driver().findElement(By.id("veld-wijk")).sendKeys("Oost");
            browser.klik(By.cssSelector("label[for='hulp-faciliteiten']"));
            browser.driver().findElement(By.id("veld-initiatiefnemer")).sendKeys("Femke de Boer");
            browser.driver().findElement(By.id("veld-contactEmail")).sendKeys("femke@example.org");
            java.nio.file.Path begroting = java.nio.file.Files.createTempDirectory("upload").resolve("begroting baan.pdf");
            java.nio.file.Files.write(begroting, nl.utrecht.wijkgerichtwerken.zaak.Uploads.pdf(4000));
            browser.driver().findElement(By.id("veld-bestand")).sendKeys(begroting.toAbsolutePath().toString());
            browser.screenshot("publiek-initiatief-telefoon");
            browser.klik(By.cssSelector("button[type=submit]"));

            browser.wachtTot(d -> d.getCurrentUrl().contains("/status/INI-"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Jeu-de-boulesbaan <b>Lunetten</b>");
            assertThat(geenHorizontaalScrollen(browser.driver())).isTrue();
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the initiative's status page").isEmpty();
            String nummer = browser.driver().getCurrentUrl().replaceAll(".*/status/(INI-[0-9-]+)\\?.*", "$1");
            ProcessInstance zaak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).processDefinitionKeyNotIn("melding").singleResult();
            assertThat(runtimeService.getVariable(zaak.getId(), "kanaal")).isEqualTo("online");
            assertThat(runtimeService.getVariable(zaak.getId(), "hulpGevraagd").toString()).contains("faciliteiten");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).as("the attachment sent with the form, on the status page")
                    .contains("begroting baan.pdf");

            // the initiative runs its course (tested elsewhere); at its end the status page asks for an evaluation
            Jobs.voerUit(managementService);
            runtimeService.setVariable(zaak.getId(), "contactpersoon", "bram");
            runtimeService.createProcessInstanceModification(zaak.getId())
                    .cancelAllForActivity("Task_ContactLeggen").startBeforeActivity("Task_EvaluatieVastleggen").execute();
            browser.driver().navigate().refresh();
            browser.zichtbaar(By.id("kop-evaluatie"));
            assertThat(browser.driver().findElement(By.cssSelector("[aria-current=step]")).getText()).contains("Vervolg", "(huidige fase)");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the evaluation form").isEmpty();
            browser.klik(By.cssSelector("label[for='score-4']"));
            browser.driver().findElement(By.id("veld-evaluatieToelichting")).sendKeys("Snel antwoord en een vaste contactpersoon.");
            browser.klik(By.cssSelector("#kop-evaluatie ~ form button[type=submit]"));
            assertThat(browser.zichtbaar(By.cssSelector(".utrecht-alert--ok")).getText()).contains("Bedankt voor uw evaluatie");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("4 van 5");
            browser.screenshot("publiek-initiatief-geevalueerd");
        }
    }

    @Test
    void eenInformatieverzoekEnEenOnbekendeZaakZijnToegankelijk() {
        try (Browser browser = Browser.start()) {
            browser.open(url("/informatieverzoek"));
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on /informatieverzoek").isEmpty();
            browser.driver().findElement(By.id("veld-wijkplatform")).sendKeys("Wijkplatform Overvecht");
            browser.driver().findElement(By.id("veld-wijk")).sendKeys("Overvecht");
            browser.driver().findElement(By.id("veld-onderwerp")).sendKeys("Bomenkap Zamenhofdreef");
            browser.driver().findElement(By.id("veld-vraag")).sendKeys("Welke bomen worden gekapt, en wanneer?");
            browser.driver().findElement(By.id("veld-contactEmail")).sendKeys("overvecht@example.org");
            browser.klik(By.cssSelector("button[type=submit]"));
            browser.wachtTot(d -> d.getCurrentUrl().contains("/status/INF-"));
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("U krijgt antwoord uiterlijk op",
                    "Uw aanspreekpunt is het Wijkbureau Overvecht");
            assertThat(browser.driver().findElement(By.cssSelector("[aria-current=step]")).getText())
                    .as("the current phase said in words, not only in colour").contains("Informatieverzoek ontvangen", "(huidige fase)");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the status page of a new request").isEmpty();

            // the wijkbureau routes it, the dienst answers: the phases move on and no promise stays standing
            String nummer = browser.driver().getCurrentUrl().replaceAll(".*/status/(INF-[0-9-]+)\\?.*", "$1");
            String id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).processDefinitionKeyNotIn("melding")
                    .singleResult().getId();
            Jobs.voerUit(managementService);
            taskService.complete(taskService.createTaskQuery().processInstanceId(id).singleResult().getId(), java.util.Map.of("dienst", "sw"));
            taskService.complete(taskService.createTaskQuery().processInstanceId(id).singleResult().getId(),
                    java.util.Map.of("antwoord", "De bomen langs de Zamenhofdreef worden in maart vervangen door lindes."));
            Jobs.voerUit(managementService);
            browser.driver().navigate().refresh();
            String beantwoord = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(beantwoord).contains("In behandeling bij Stadswerken", "Ons antwoord is verstuurd op", "Ons antwoord")
                    .doesNotContain("U krijgt antwoord uiterlijk op");
            assertThat(browser.driver().findElement(By.cssSelector("[aria-current=step]")).getText()).contains("Antwoord verstuurd");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the status page after the answer").isEmpty();
            browser.screenshot("publiek-informatieverzoek-beantwoord");

            browser.open(url("/status/INF-1999-000001?token=raden"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Zaak niet gevonden");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the not-found page").isEmpty();

            // a newcomer at the root of the embedded demo: what this is, where to go, and who to log in as
            browser.open(url("/"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wijkgericht werken");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Takenlijst", "Cockpit", "Initiatief aanmelden", "anna", "Anna de Vries", "wijkregisseur Oost",
                            "femke", "dienstdirecteur StadsOntwikkeling", "jet", "manager");
            assertThat(Toegankelijkheid.overtredingen(browser)).as("axe on the start page").isEmpty();
            browser.klik(By.linkText("Takenlijst"));
            browser.wachtTot(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
        }
    }

    private String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    private static void tab(Browser browser) {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    }

    private static org.openqa.selenium.WebElement actief(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static boolean geenHorizontaalScrollen(WebDriver driver) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
    }
}
