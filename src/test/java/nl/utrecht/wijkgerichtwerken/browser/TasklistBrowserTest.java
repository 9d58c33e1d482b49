package nl.utrecht.wijkgerichtwerken.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.TestProcessen;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/** The real Tasklist in headless Chromium: filters, a group task claimed and completed, and who sees it. */
@IntegratieTest
class TasklistBrowserTest {

    static final String WACHTWOORD = "demo";
    /** What the server and Tasklist say of a task that is gone (EngineApiWeigering, locales/nl.json TASK_NOT_EXIST). */
    static final String AL_AFGEROND = "Deze taak is al afgerond of ingetrokken; er is niets opgeslagen.";

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    private String processInstanceId;
    private String taakId;
    private Browser browser;
    private Tasklist tasklist;

    @BeforeEach
    void taakVoorDeWijkregisseurs() {
        String key = TestProcessen.eenTaakVoorGroep(repositoryService, "test-browser-tasklist", Groepen.WIJKREGISSEUR);
        processInstanceId = runtimeService.startProcessInstanceByKey(key).getId();
        taakId = taak().getId();
        browser = Browser.start();
        tasklist = new Tasklist(browser);
    }

    @AfterEach
    void opruimen(TestInfo test) {
        try {
            browser.screenshot("tasklist-" + test.getTestMethod().orElseThrow().getName() + "-einde");
        } finally {
            browser.close();
            if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
                runtimeService.deleteProcessInstance(processInstanceId, "test");
            }
        }
    }

    @Test
    void wijkregisseurZietDeFiltersPaktEenGroepstaakOpMetDeKnopEnVoltooitHem() {
        taskService.setPriority(taakId, 90); // as an escalation with urgentie acuut (escalatie/EscalatiePrioriteit)
        tasklist.login(baseUrl(), "anna", WACHTWOORD);
        assertThat(tasklist.ingelogdeGebruiker()).contains("Anna");
        assertThat(tasklist.filters())
                .containsSubsequence("Mijn taken", "Taken van mijn groepen", "Bijna te laat", "Te laat");
        browser.screenshot("tasklist-anna-filters");

        tasklist.kiesFilter("Taken van mijn groepen");
        assertThat(tasklist.taakIds()).contains(taakId);
        assertThat(browser.zichtbaar(By.xpath("//ol[contains(@class,'tasks-list')]/li[.//a[contains(@href,'task=" + taakId
                + "')]]//*[contains(@class,'wijk-prioriteit')]")).getText()).as("the priority in words in the list").isEqualTo("Acuut");
        tasklist.openTaak("Zaak behandelen");
        assertThat(tasklist.geopendeTaakId()).contains(taakId);

        assertThat(browser.driver().findElement(By.cssSelector("[cam-tasklist-task]")).getText())
                .as("an official cannot change the case's terms, so no link offers it")
                .doesNotContain("Vervaldatum instellen", "Opvolgdatum instellen");
        assertThat(tasklist.oppakmelding()).as("a grey group task offers one clear button")
                .contains("Deze taak staat klaar voor uw groep", "Deze taak oppakken");
        browser.screenshot("tasklist-anna-taak-oppakken");
        tasklist.pakOp();
        assertThat(taak().getAssignee()).isEqualTo("anna");
        assertThat(tasklist.oppakmelding()).isEmpty();
        browser.screenshot("tasklist-anna-taak-geclaimd");

        tasklist.voltooi();
        browser.screenshot("tasklist-anna-taak-voltooid");
        assertThat(tasklist.taakIds()).doesNotContain(taakId);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .completed().count()).isOne();
    }

    @Test
    void eenTaakDieEenCollegaNetAfrondeGeeftBijOppakkenEenNederlandseMelding() {
        tasklist.login(baseUrl(), "anna", WACHTWOORD);
        tasklist.kiesFilter("Taken van mijn groepen");
        tasklist.openTaak("Zaak behandelen");
        assertThat(tasklist.oppakmelding()).contains("Deze taak oppakken");

        taskService.complete(taakId); // a colleague, a moment earlier

        browser.klik(Tasklist.OPPAKKEN);
        tasklist.wachtOpMelding(AL_AFGEROND);
        browser.wachtTot(d -> !tasklist.taakIds().contains(taakId));
        browser.screenshot("tasklist-anna-taak-al-afgerond");
        assertThat(tasklist.geopendeTaakId()).as("the gone task is closed, not left open with its button busy").isEmpty();
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .doesNotContain("Cannot find", "task is null", "No matching", "ENGINE-");
    }

    @Test
    void eenTaakDieEenCollegaNetAfrondeGeeftBijVoltooienEenNederlandseMeldingEnStaatAlsVerwijderd() {
        tasklist.login(baseUrl(), "anna", WACHTWOORD);
        tasklist.kiesFilter("Taken van mijn groepen");
        tasklist.openTaak("Zaak behandelen");
        tasklist.pakOp();

        taskService.complete(taakId); // a colleague's tab, a moment earlier

        browser.klik(Tasklist.VOLTOOIEN);
        tasklist.wachtOpMelding(AL_AFGEROND);
        browser.wachtTot(d -> !tasklist.taakIds().contains(taakId));
        browser.screenshot("tasklist-anna-voltooien-al-afgerond");
        assertThat(browser.zichtbaar(By.cssSelector("[cam-tasklist-task]")).getText())
                .as("Tasklist marks the gone task as such, with a button to close it, instead of leaving it to be sent again")
                .contains("De taak is verwijderd", "Taak sluiten");
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .doesNotContain("Cannot find", "task is null", "No matching", "ENGINE-");
    }

    @Test
    void dienstdirecteurZietDeTaakVanDeWijkregisseursNietInTasklist() {
        tasklist.login(baseUrl(), "femke", WACHTWOORD);
        assertThat(tasklist.ingelogdeGebruiker()).contains("Femke");

        tasklist.kiesFilter("Taken van mijn groepen");
        browser.screenshot("tasklist-femke-groepstaken");
        assertThat(tasklist.taakIds()).doesNotContain(taakId);
        tasklist.kiesFilter("Mijn taken");
        assertThat(tasklist.taakIds()).doesNotContain(taakId);

        assertThat(taak().getAssignee()).as("task untouched").isNull();
    }

    private Task taak() {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
