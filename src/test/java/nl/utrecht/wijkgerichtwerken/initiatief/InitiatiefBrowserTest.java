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

    @Test
    void wijkregisseurBeantwoordtHetKompasZietDeUitkomstVoorHijBevestigtEnKanEenAndereVormKiezen() {
        String titel = "Moestuin Oosterspoor " + System.nanoTime();
        ProcessInstance initiatief = runtimeService.startProcessInstanceByKey("initiatief", java.util.Map.of("titel", titel,
                "beschrijving", "Een moestuin op het braakliggende stuk.", "wijk", "oost", "initiatiefnemer", "Noor",
                "contactEmail", "noor@example.org", "kanaal", "online", "hulpGevraagd", java.util.List.of("kennis")));
        Jobs.voerUit(managementService);
        String contact = taskService.createTaskQuery().processInstanceId(initiatief.getId()).taskDefinitionKey("Task_ContactLeggen")
                .singleResult().getId();
        taskService.claim(contact, "bram");
        taskService.complete(contact, java.util.Map.of("contactVerslag", "Gebeld"));
        String wegen = taskService.createTaskQuery().processInstanceId(initiatief.getId()).taskDefinitionKey("Task_InitiatiefWegen")
                .singleResult().getId();

        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login("http://localhost:" + port, "anna", "demo");
            tasklist.openTaakMetId("http://localhost:" + port, wegen);
            tasklist.pakOp();
            tasklist.kiesOptie("Dient het de wijkambitie of het stedelijk beleid?", "Ja");
            tasklist.kiesOptie("Naar het wijkmanagementoverleg?", "Nee");
            assertThat(tasklist.formuliertekst()).as("one question at a time, each explained")
                    .contains("Is er in deze fase een besluit van de gemeente nodig?", "omdat alleen de gemeente bevoegd is")
                    .doesNotContain("Kunnen en willen Utrechters eigenaarschap krijgen", "Uitkomst van het Kompas");
            tasklist.kiesOptie("Is er in deze fase een besluit van de gemeente nodig?", "Nee");
            tasklist.kiesOptie("Kunnen en willen Utrechters eigenaarschap krijgen voor deze vraag of kwestie?", "Ja");
            tasklist.kiesOptie("Kun en mag je binnen de vastgestelde kaders alles inhoudelijk aan de Utrechter overlaten?", "Nee");
            tasklist.kiesOptie("Is het nodig dat de gemeente een deel van het eigenaarschap op zich neemt?", "Nee");
            tasklist.kiesOptie("Is het mogelijk om met inzet van de gemeente het eigenaarschap te laten groeien, en is daar tijd en geld voor?", "Ja");
            assertThat(tasklist.formuliertekst()).as("the outcome and what it means, before Voltooien")
                    .contains("Uitkomst van het Kompas: Overheidsparticipatie.", "De gemeente faciliteert en steunt");
            browser.screenshot("initiatief-kompas-uitkomst");
            tasklist.kiesOptie("Welke samenwerkingsvorm kiest u?", "Een andere samenwerkingsvorm");
            tasklist.kiesOptie("Andere samenwerkingsvorm", "Samen aan zet");
            tasklist.vulVeld("Waarom past deze samenwerkingsvorm beter?", "De buurt wil het samen met de gemeente trekken.");
            tasklist.kiesOptie("Dienst die het initiatief oppakt", "StadsOntwikkeling");
            tasklist.voltooi();
        }

        assertThat(runtimeService.getVariable(initiatief.getId(), "kompasUitkomst")).isEqualTo("overheidsparticipatie");
        assertThat(runtimeService.getVariable(initiatief.getId(), "samenwerkingsvorm")).isEqualTo("samen-aan-zet");
        assertThat(runtimeService.getVariable(initiatief.getId(), "samenwerkingsvormToelichting"))
                .isEqualTo("De buurt wil het samen met de gemeente trekken.");
        assertThat(runtimeService.getVariable(initiatief.getId(), "allesOverlaten")).isEqualTo(false);
        assertThat(runtimeService.getVariable(initiatief.getId(), "ondersteuningNodigEnGeld")).as("off the path").isNull();
    }
}
