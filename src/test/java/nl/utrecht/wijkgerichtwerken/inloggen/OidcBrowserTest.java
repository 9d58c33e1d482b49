package nl.utrecht.wijkgerichtwerken.inloggen;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.utrecht.wijkgerichtwerken.TestProcessen;
import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;
import nl.utrecht.wijkgerichtwerken.browser.Browser;
import nl.utrecht.wijkgerichtwerken.browser.Tasklist;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * The real Tasklist in headless Chromium with profile oidc: a wijkregisseur logs in on the provider's login page,
 * sees his group's task, and after logging out the next visit to Tasklist asks to log in again.
 */
@SpringBootTest(classes = WijkgerichtWerkenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "oidc"})
@Tag("eigen-jvm")
class OidcBrowserTest {

    private static final By GEBRUIKERSNAAM = By.cssSelector("form input[name='username']");
    private static final By CLAIMS = By.cssSelector("form textarea[name='claims']");
    private static final By AANMELDEN = By.cssSelector("form input[type='submit']");
    private static final By GEBRUIKERSMENU = By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle");
    private static final By AFMELDEN = By.cssSelector("[cam-widget-header] li.account li.logout > a");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        Identiteitsprovider.instellingen(registry);
    }

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    private Browser browser;
    private Tasklist tasklist;
    private String taakId;

    @BeforeEach
    void taakVoorDeWijkregisseurs() {
        String key = TestProcessen.eenTaakVoorGroep(repositoryService, "test-oidc-browser", Groepen.WIJKREGISSEUR);
        String id = runtimeService.startProcessInstanceByKey(key).getId();
        taakId = taskService.createTaskQuery().processInstanceId(id).singleResult().getId();
        browser = Browser.start();
        tasklist = new Tasklist(browser);
    }

    @AfterEach
    void opruimen() {
        try {
            browser.screenshot("oidc-einde");
        } finally {
            browser.close();
        }
    }

    @Test
    void wijkregisseurLogtInBijDeGemeenteZietZijnGroepstaakEnLogtUit() {
        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/");
        assertThat(browser.driver().getCurrentUrl()).as("Tasklist sends the browser to the provider")
                .startsWith(Identiteitsprovider.uitgever());
        browser.zichtbaar(GEBRUIKERSNAAM).sendKeys("anna");
        browser.zichtbaar(CLAIMS).sendKeys("{\"preferred_username\": \"anna\", \"given_name\": \"Anna\","
                + " \"family_name\": \"de Vries\", \"email\": \"anna@utrecht.example\","
                + " \"groups\": [\"" + Identiteitsprovider.GROEP_WIJKREGISSEURS + "\", \"wijk-oost\", \"sportclub\"]}");
        browser.klik(AANMELDEN);

        browser.wachtTot(d -> !tasklist.filters().isEmpty());
        assertThat(tasklist.ingelogdeGebruiker()).contains("Anna");
        tasklist.kiesFilter("Taken van mijn groepen");
        assertThat(tasklist.taakIds()).contains(taakId);
        browser.screenshot("oidc-anna-ingelogd");

        User anna = identityService.createUserQuery().userId("anna").singleResult();
        assertThat(anna.getEmail()).as("kept for the mails").isEqualTo("anna@utrecht.example");
        assertThat(identityService.createGroupQuery().groupMember("anna").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder(Groepen.WIJKREGISSEUR, "wijk-oost");

        browser.klik(GEBRUIKERSMENU);
        browser.klik(AFMELDEN);
        // the provider ends its session and sends the browser back to Tasklist, which asks to log in again
        browser.wachtTot(d -> d.getCurrentUrl().startsWith(Identiteitsprovider.uitgever() + "/authorize"));
        browser.zichtbaar(GEBRUIKERSNAAM);
        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/");
        assertThat(browser.driver().getCurrentUrl()).startsWith(Identiteitsprovider.uitgever() + "/authorize");
        browser.zichtbaar(GEBRUIKERSNAAM);
    }
}
