package nl.utrecht.wijkgerichtwerken.advies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.browser.Browser;
import nl.utrecht.wijkgerichtwerken.browser.Tasklist;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * In the real Tasklist: the wijkbureau sees the adviespunten at registration and extends the term from the tab "Zaak";
 * an official of the vakafdeling fills in the reactie per adviespunt, leaves one motivering empty and gets the
 * server's refusal naming that point, then completes the reactie.
 */
@IntegratieTest
class AdviesBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired Werkdagen werkdagen;

    private static final By ZAAK_TAB = By.xpath("//*[@cam-tasklist-task]//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)='Zaak']");
    private static final By VERLENGKNOP = By.xpath("//button[normalize-space(.)='Reactietermijn verlengen']");

    @Test
    void ambtenaarKrijgtDeWeigeringVanDeServerVoorEenOntbrekendeMotiveringEnRondtDanAf() {
        ProcessInstance advies = runtimeService.startProcessInstanceByKey("wijkplatform-advies", Map.of(
                "wijkplatform", "Wijkplatform Oost", "wijk", "oost", "onderwerp", "Speelplek Oudwijk " + System.nanoTime(),
                "soort", "gevraagd", "adviespunten", List.of("Speeltoestellen voor jonge kinderen", "Schaduw bij de bankjes"),
                "betrokkenen", "Bewonerscommissie Oudwijk", "draagvlak", "Enquête onder 80 huishoudens",
                "contactEmail", "platform-oost@example.org"));
        Jobs.voerUit(managementService);
        Task registreren = taskService.createTaskQuery().processInstanceId(advies.getId()).taskDefinitionKey("Task_AdviesRegistreren").singleResult();
        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login(baseUrl(), "bram", "demo");
            tasklist.openTaakMetId(baseUrl(), registreren.getId());
            assertThat(tasklist.formuliertekst()).as("the wijkbureau routes the advice seeing what it is about")
                    .contains("Adviespunten\nSpeeltoestellen voor jonge kinderen\nSchaduw bij de bankjes");
            browser.screenshot("advies-registreren-adviespunten");
            assertThat(browser.zichtbare(By.xpath("//label[normalize-space(.)='Andere dienst voor dit punt']")))
                    .as("a dienst can be chosen per adviespunt, one field per point").hasSize(2);

            // the one extension is an action in the tab "Zaak", not a task of its own
            browser.klik(ZAAK_TAB);
            browser.zichtbaar(VERLENGKNOP);
            browser.zichtbaar(By.cssSelector(".wijk-verlengreden")).sendKeys("Het advies vraagt overleg met de provincie.");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                    browser.zichtbaar(By.cssSelector(".wijk-verlengdatum")), nieuweTermijn(advies).toString());
            browser.klik(VERLENGKNOP);
            String melding = browser.zichtbaar(By.cssSelector(".wijk-adviesacties .alert-success")).getText();
            browser.screenshot("advies-termijn-verlengd");
            assertThat(melding).startsWith("De reactietermijn is verlengd tot ").endsWith("Het wijkplatform krijgt bericht met de nieuwe datum.");
        }
        Jobs.voerUit(managementService);
        assertThat(runtimeService.getVariable(advies.getId(), "verlengd")).isEqualTo(true);
        assertThat(taskService.createTaskQuery().processInstanceId(advies.getId()).list()).as("no standing extension task")
                .extracting(Task::getTaskDefinitionKey).containsExactly("Task_AdviesRegistreren");
        taskService.complete(registreren.getId(), Map.of("dienst", "so", "afsprakenVervolg", "Reactie op de wijkavond bespreken"));
        Jobs.voerUit(managementService);

        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login(baseUrl(), "daan", "demo");
            tasklist.kiesFilter("Taken van mijn groepen");
            tasklist.openTaak(advies.getBusinessKey());
            tasklist.claim();
            tasklist.kiesOptie("Standpunt", 1, "Overgenomen");
            tasklist.vulVeld("Motivering", 1, "Nieuwe toestellen passen in het speelruimteplan van dit jaar.");
            tasklist.kiesOptie("Standpunt", 2, "Nader onderzoek");
            tasklist.vulVeld("Vervolg", "De toestellen worden in het voorjaar geplaatst.");

            browser.screenshot("advies-reactie-ingevuld");
            List<String> weigering = tasklist.probeerTeVoltooien();
            browser.screenshot("advies-reactie-geweigerd");
            assertThat(String.join(" ", weigering))
                    .contains("De reactie is niet opgeslagen.")
                    .contains("Adviespunt 2: motiveer het standpunt in minstens 30 tekens (nu 0)")
                    .doesNotContain("Adviespunt 1:");
            assertThat(taskService.createTaskQuery().processInstanceId(advies.getId()).taskDefinitionKey("Task_ReactieSchrijven").count())
                    .as("task stays open").isOne();

            tasklist.vulVeld("Motivering", 2, "We bekijken met de bomenploeg waar schaduwbomen kunnen staan.");
            tasklist.voltooi();
            browser.screenshot("advies-reactie-voltooid");
        }

        assertThat(runtimeService.getVariable(advies.getId(), "auteur")).isEqualTo("daan");
        Task beoordelen = taskService.createTaskQuery().processInstanceId(advies.getId()).taskDefinitionKey("Task_ReactieBeoordelen").singleResult();
        assertThat(beoordelen).isNotNull();
        assertThat(runtimeService.getVariable(advies.getId(), "punten").toString())
                .contains("Nieuwe toestellen passen in het speelruimteplan van dit jaar.")
                .contains("nader-onderzoek");
    }

    private LocalDate nieuweTermijn(ProcessInstance advies) {
        LocalDate huidig = ((Date) runtimeService.getVariable(advies.getId(), "reactieDatum")).toInstant()
                .atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        return werkdagen.plusWerkdagen(huidig, 5);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
