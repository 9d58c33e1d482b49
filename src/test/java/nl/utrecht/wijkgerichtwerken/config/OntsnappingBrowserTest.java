package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.browser.Browser;
import nl.utrecht.wijkgerichtwerken.browser.Tasklist;

/**
 * HTML, script and markdown links sent in through the public API reach the wijkbureau's Tasklist form as plain
 * text: no script runs, no element or link is injected, the text itself is readable. Also on the public status page.
 * (The forms' text components show submitted text through a FEEL expression that turns {@code <} and {@code [}
 * into entities; form-js would otherwise render it as markdown with HTML.)
 */
@IntegratieTest
class OntsnappingBrowserTest {

    static final String AFBEELDING = "<img src=x onerror=\"document.title='XSS'\">";
    static final String SCRIPT = "<script>document.title='XSS2'</script>";
    static final String LINK = "[klik hier](javascript:document.title='XSS3')";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired ManagementService managementService;

    @Test
    void scriptUitEenAdviesDraaitNietInHetTasklistFormulierEnNietOpDeStatuspagina() {
        JsonNode advies = rest.postForObject("/api/adviezen", Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", "Plein " + AFBEELDING, "soort", "gevraagd", "adviespunten", List.of("Punt " + SCRIPT),
                "betrokkenen", "Werkgroep " + LINK, "draagvlak", "Wijkavond " + SCRIPT, "contactEmail", "oost@example.org"), JsonNode.class);
        String zaaknummer = advies.get("zaaknummer").asText();
        Jobs.voerUit(managementService);

        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login("http://localhost:" + port, "bram", "demo");
            tasklist.kiesFilter("Taken van mijn groepen");
            tasklist.openTaak(zaaknummer);
            String formulier = browser.wachtTot(d -> {
                var teksten = d.findElements(By.cssSelector("[cam-tasklist-task] .fjs-form"));
                return !teksten.isEmpty() && teksten.get(0).getText().contains("Draagvlak") ? teksten.get(0).getText() : null;
            });
            browser.screenshot("ontsnapping-tasklist");

            assertThat(browser.driver().getTitle()).doesNotContain("XSS");
            assertThat(browser.driver().findElements(By.cssSelector("[cam-tasklist-task] img[src='x'], [cam-tasklist-task] script")))
                    .as("injected elements").isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("a[href^='javascript']"))).as("script links").isEmpty();
            assertThat(formulier).as("the text itself stays readable").contains("Plein " + AFBEELDING).contains("Werkgroep " + LINK)
                    .contains("Wijkavond " + SCRIPT);

            browser.open(advies.get("statusUrl").asText().replace("http://localhost:8080", "http://localhost:" + port));
            browser.wachtTot(d -> d.getPageSource().contains(zaaknummer));
            browser.screenshot("ontsnapping-statuspagina");
            assertThat(browser.driver().getTitle()).doesNotContain("XSS");
            assertThat(browser.driver().findElements(By.cssSelector("img[src='x'], body script, a[href^='javascript']"))).isEmpty();
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Plein " + AFBEELDING);
        }
    }
}
