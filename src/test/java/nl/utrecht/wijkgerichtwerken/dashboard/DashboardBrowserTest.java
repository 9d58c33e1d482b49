package nl.utrecht.wijkgerichtwerken.dashboard;

import nl.utrecht.wijkgerichtwerken.Testklok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.Datumgevoelig;
import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.browser.Browser;

/**
 * In the real Cockpit: the demo manager logs in, finds the dashboard on the start page with the counts of the cases
 * this test created (one escalation six weeks old, one new), clicks the overdue count and sees the case with its
 * links to Cockpit and Tasklist. Saves {@code target/screenshots/cockpit-dashboard.png}.
 */
@IntegratieTest
@Datumgevoelig
class DashboardBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String WIJK = "leidsche-rijn";
    private static final By GEBRUIKERSNAAM = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    private static final By WACHTWOORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
    private static final By INLOGGEN = By.cssSelector("form[name='signinForm'] button[type='submit']");
    private static final String RIJ = "table.wijk-open-zaken tr[data-proces='escalatie'][data-wijk='" + WIJK
            + "'][data-dienst=''][data-stap='wijk']";

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;

    private DashboardTestZaken zaken;

    @BeforeEach
    void zaken() {
        zaken = new DashboardTestZaken(rest, runtimeService, taskService, managementService);
        // anna escalates in a wijk of its own for these figures: she must belong to it to start there
        identityService.createMembership("anna", "wijk-" + WIJK);
    }

    @AfterEach
    void opruimen() {
        zaken.ruimOp();
        identityService.deleteMembership("anna", "wijk-" + WIJK);
    }

    @Test
    void deManagerZietDeTellingenInCockpitEnKliktDoorNaarDeZaken() {
        long[] voor = aantallen();
        // started six weeks ago (over twice its term of 10 werkdagen), and one started today
        LocalDate zesWekenTerug = Testklok.vandaag().minusDays(42);
        ClockUtil.setCurrentTime(Date.from(zesWekenTerug.atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
        DashboardTestZaken.Zaak oud = zaken.escalatie("anna", WIJK, "Geluidsoverlast Haarrijnhof");
        Testklok.herstel();
        zaken.escalatie("anna", WIJK, "Verlichting Park Haarrijn");

        try (Browser browser = Browser.start()) {
            browser.open("http://localhost:" + port + "/camunda/app/cockpit/default/");
            browser.zichtbaar(GEBRUIKERSNAAM).sendKeys("jet");
            browser.zichtbaar(WACHTWOORD).sendKeys("demo");
            browser.klik(INLOGGEN);
            browser.zichtbaar(By.cssSelector(".wijk-dashboard h2"));
            browser.zichtbaar(By.cssSelector(RIJ));
            assertThat(cel(browser, "op-tijd")).isEqualTo(voor[0] + 1);
            assertThat(cel(browser, "bijna-te-laat")).isEqualTo(voor[1]);
            assertThat(cel(browser, "te-laat")).isEqualTo(voor[2]);
            assertThat(cel(browser, "ruim-te-laat")).isEqualTo(voor[3] + 1);
            browser.zichtbaar(By.cssSelector(".wijk-kengetallen [data-kengetal='niveaus'] tr[data-niveau='wijk']"));

            browser.klik(By.cssSelector(RIJ + " td[data-bak='ruim-te-laat'] button"));
            By regel = By.cssSelector(".wijk-zakenlijst tr[data-zaaknummer='" + oud.zaaknummer() + "']");
            browser.zichtbaar(regel);
            assertThat(browser.driver().findElement(regel).findElement(By.cssSelector("a.wijk-zaaklink")).getAttribute("href"))
                    .as("the case file, not Cockpit's instance page").endsWith("/zaken/" + oud.zaaknummer());
            assertThat(browser.driver().findElement(regel).findElement(By.cssSelector("a.wijk-taaklink")).getAttribute("href"))
                    .endsWith("#/?task=" + zaken.taak(oud));
            assertThat(browser.driver().findElement(regel).getText()).contains("Geluidsoverlast Haarrijnhof")
                    .contains("Ruim te laat");

            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.activeElement.blur(); document.querySelector('.wijk-dashboard').scrollIntoView({block: 'start'});");
            Path screenshot = browser.screenshot("cockpit-dashboard");
            assertThat(screenshot).exists();

            browser.klik(By.cssSelector(".wijk-zakenlijst tr[data-zaaknummer='" + oud.zaaknummer() + "'] a.wijk-zaaklink"));
            browser.wachtTot(d -> d.findElements(By.cssSelector(".wijk-dossier h1")).stream()
                    .anyMatch(h -> h.getText().contains(oud.zaaknummer())));
            assertThat(browser.driver().findElement(By.cssSelector(".wijk-dossier")).getText())
                    .contains("Geluidsoverlast Haarrijnhof", "Ruim te laat");
            browser.screenshot("cockpit-dashboard-zaakdossier");
        }
    }

    /** The counts of this wijk's escalations at the first rung before the test, from the JSON API. */
    private long[] aantallen() {
        JsonNode overzicht = rest.withBasicAuth("jet", "demo").getForObject("/api/dashboard/open-zaken", JsonNode.class);
        long[] aantallen = new long[4];
        for (JsonNode rij : overzicht.get("rijen")) {
            if ("escalatie".equals(rij.get("proces").asText()) && WIJK.equals(rij.get("wijk").asText())
                    && rij.get("dienst").isNull() && "wijk".equals(rij.get("stap").asText())) {
                for (int i = 0; i < 4; i++) {
                    aantallen[i] = rij.get("aantallen").get(OpenZaken.BAKKEN.get(i)).asLong();
                }
            }
        }
        return aantallen;
    }

    private static long cel(Browser browser, String bak) {
        return Long.parseLong(browser.driver().findElement(By.cssSelector(RIJ + " td[data-bak='" + bak + "']")).getText().trim());
    }
}
