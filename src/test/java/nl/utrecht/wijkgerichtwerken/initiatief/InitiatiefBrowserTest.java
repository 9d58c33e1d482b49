package nl.utrecht.wijkgerichtwerken.initiatief;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.browser.Browser;
import nl.utrecht.wijkgerichtwerken.browser.Tasklist;

/** A wijkbureau official registers an initiative that came in by phone, through the Tasklist start form. */
@IntegratieTest
class InitiatiefBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    @Test
    void wijkbureauRegistreertEenTelefonischInitiatiefZonderEmail() {
        String titel = "Buurtbibliotheek Abstede " + System.nanoTime();
        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login("http://localhost:" + port, "bram", "demo");
            tasklist.startProces("Initiatief");
            tasklist.vulVeld("Titel", titel);
            tasklist.vulVeld("Beschrijving", "Mevrouw wil een kastje met boeken bij haar voordeur zetten.");
            tasklist.kiesOptie("Wijk", "Oost");
            tasklist.vulVeld("Naam initiatiefnemer", "Mevrouw Janssen");
            tasklist.vulVeld("Telefoonnummer", "030 765 4321");
            tasklist.kiesOptie("Binnengekomen via", "Telefoon");
            tasklist.kiesOptie("Gevraagde hulp", "Netwerk");
            tasklist.kiesOptie("Gevraagde hulp", "Geld");
            tasklist.vulVeld("Gevraagd bedrag (euro)", "2500");
            browser.screenshot("initiatief-startformulier");
            tasklist.start();
        }

        ProcessInstance initiatief = runtimeService.createProcessInstanceQuery().processDefinitionKey("initiatief")
                .variableValueEquals("titel", titel).singleResult();
        assertThat(initiatief.getBusinessKey()).startsWith("INI-");
        assertThat(runtimeService.getVariable(initiatief.getId(), "kanaal")).isEqualTo("telefoon");
        assertThat(runtimeService.getVariable(initiatief.getId(), "contactEmail")).isNull();
        assertThat(runtimeService.getVariable(initiatief.getId(), "geregistreerdDoor")).isEqualTo("bram");
        Jobs.voerUit(managementService);
        assertThat(smtp.getReceivedMessages()).as("no e-mail address: the contact person calls").isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceId(initiatief.getId()).taskDefinitionKey("Task_ContactLeggen")
                .taskCandidateGroup("wijkbureau-oost").count()).isOne();

        String contact = taskService.createTaskQuery().processInstanceId(initiatief.getId())
                .taskDefinitionKey("Task_ContactLeggen").singleResult().getId();
        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login("http://localhost:" + port, "bram", "demo");
            tasklist.openTaakMetId("http://localhost:" + port, contact);
            browser.screenshot("initiatief-contact-formulier");
            assertThat(tasklist.formuliertekst()).as("the request as a person reads it, not as the engine stores it")
                    .containsPattern("Gevraagde hulp: (netwerk en geld|geld en netwerk)").contains("Bedrag: € 2.500")
                    .doesNotContain("[", "2500.0");
        }
    }
}
