package nl.utrecht.wijkgerichtwerken.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.Datumgevoelig;
import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;

/**
 * Tasklist, Cockpit and Admin in Dutch for Utrecht's officials: labels from the project's
 * {@code locales/nl.json}, no Community Edition end-of-life banner, the municipality's name and
 * red header, and English still there for a browser whose first language is English.
 */
@IntegratieTest
class WebappsNederlandsBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String UTRECHT_ROOD = "rgba(204, 0, 0, 1)";
    static final By BANNER = By.cssSelector(".ce-eol-banner");
    static final By MERKNAAM = By.cssSelector("[cam-widget-header] .navbar-brand .brand-name");
    static final By KOPBALK = By.cssSelector("[cam-widget-header]");
    static final By VOETTEKST_TIJDZONE = By.id("footer-timezone");
    static final By VERVALDATUM = By.cssSelector("[cam-tasklist-task] span[am-time-ago='task.due']");
    static final DateTimeFormatter VOLLEDIGE_DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm",
            Locale.forLanguageTag("nl")).withZone(ZoneId.of("Europe/Amsterdam"));

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    @Test
    @Datumgevoelig
    void dienstdirecteurWerktInEenNederlandseTasklistZonderBanner() {
        String zaaknummer = escalatieBijDeDienstdirecteur("Weesfietsen in de stalling Oudwijk");
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer)
                .taskCandidateGroup("dienstdirecteur-so").singleResult();
        assertThat(taak.getDueDate()).as("due date from the business clock").isNotNull();

        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            browser.open(baseUrl() + Tasklist.PAD);
            browser.zichtbaar(Tasklist.GEBRUIKERSNAAM);
            assertThat(browser.zichtbaar(Tasklist.GEBRUIKERSNAAM).getAttribute("placeholder")).isEqualTo("Gebruikersnaam");
            assertThat(browser.zichtbaar(Tasklist.WACHTWOORD).getAttribute("placeholder")).isEqualTo("Wachtwoord");
            assertThat(Browser.tekst(browser.zichtbaar(Tasklist.INLOGGEN))).isEqualTo("Inloggen");
            assertThat(paginataal(browser)).isEqualTo("nl");
            browser.screenshot("nl-tasklist-inloggen");

            tasklist.login(baseUrl(), "femke", "demo");
            assertThat(Browser.tekst(browser.zichtbaar(MERKNAAM))).isEqualTo("Gemeente Utrecht — Wijkgericht werken · Takenlijst");
            assertThat(browser.zichtbaar(KOPBALK).getCssValue("background-color")).isEqualTo(UTRECHT_ROOD);
            assertThat(browser.zichtbare(BANNER)).as("end-of-life banner").isEmpty();
            assertThat(Browser.tekst(browser.zichtbaar(VOETTEKST_TIJDZONE)))
                    .isEqualTo("Datum en tijd getoond in de lokale tijdzone: Europe/Amsterdam");

            tasklist.kiesFilter("Taken van mijn groepen");
            assertThat(tasklist.taken()).anyMatch(t -> t.contains(zaaknummer));
            browser.screenshot("nl-tasklist-takenlijst");
            assertThat(paginatekst(browser)).contains("Proces starten").doesNotContain("Start process");

            long voor = browserklok(browser);
            tasklist.openTaak(zaaknummer);
            browser.screenshot("nl-tasklist-taak");
            String tekst = paginatekst(browser);
            List<String> verwacht = overNDagen(taak.getDueDate().getTime(), voor, browserklok(browser));
            assertThat(verwacht).as("the due date as Tasklist says it, one of %s", verwacht).anyMatch(tekst::contains);
            assertThat(tekst).contains("Claimen", "Formulier", "Zaak", "Omschrijving")
                    .doesNotContain("Claim\n", "Set follow-up date", "Set due date", "History", "Description", " days");
            assertThat(browser.zichtbaar(VERVALDATUM).getAttribute("uib-tooltip"))
                    .as("due date in full, Dutch, Amsterdam time").isEqualTo(VOLLEDIGE_DATUM.format(taak.getDueDate().toInstant()));

            tasklist.claim();
            browser.screenshot("nl-tasklist-taak-geclaimd");
            assertThat(browser.zichtbaar(Tasklist.VRIJGEVEN).getAttribute("uib-tooltip")).isEqualTo("Vrijgeven");
            assertThat(paginatekst(browser)).contains("Voltooien", "Opslaan").doesNotContain("Complete", "Save");

            tasklist.vulVeld("Toelichting", "x");
            tasklist.vulVeld("Toelichting", "");
            List<String> veldfouten = browser.wachtTot(d -> tasklist.veldfouten().isEmpty() ? null : tasklist.veldfouten());
            assertThat(veldfouten).as("form-js's own validation message").containsExactly("Dit veld is verplicht.");
            browser.screenshot("nl-tasklist-veldfout");

            // Tasklist's history (the operation log officials may not read) gives way to the tab "Zaak"
            assertThat(browser.zichtbare(By.xpath("//*[@cam-tasklist-task]//a[normalize-space(.)='Historie']"))).isEmpty();
            browser.klik(By.xpath("//*[@cam-tasklist-task]//a[normalize-space(.)='Zaak']"));
            browser.wachtTot(d -> paginatekst(browser).contains("Verloop"));
            browser.screenshot("nl-tasklist-zaak");
            assertThat(paginatekst(browser)).contains("Notities", "Gekoppelde zaken").doesNotContain("History", "Assignee");
            assertThat(browser.zichtbare(BANNER)).isEmpty();
            assertThat(paginatekst(browser)).doesNotContain("Camunda 8", "migrat");
        }
    }

    /** The browser's own clock (shifted to the test day of a {@code wijk.testdatum} run, like the engine's). */
    static long browserklok(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return Date.now();")).longValue();
    }

    /**
     * What Tasklist (moment.js {@code fromNow}, Dutch) shows for a due date between 2 and 25 days ahead: "over N dagen",
     * N the difference rounded to whole days of 24 hours; one text per moment the page may have been rendered at.
     */
    static List<String> overNDagen(long termijn, long van, long tot) {
        long eerste = Math.round((termijn - van) / 86_400_000.0);
        long laatste = Math.round((termijn - tot) / 86_400_000.0);
        assertThat(laatste).as("the term in days (moment.js writes \"over N dagen\" only from 2 to 25)").isBetween(2L, 25L);
        return LongStream.rangeClosed(laatste, eerste).mapToObj(n -> "over " + n + " dagen").toList();
    }

    @Test
    void beheerderZietCockpitAdminEnWelkomInHetNederlandsZonderBanner() {
        String definitie = repositoryService.createProcessDefinitionQuery().processDefinitionKey("escalatie")
                .latestVersion().singleResult().getId();
        try (Browser browser = Browser.start()) {
            browser.open(baseUrl() + "/camunda/app/cockpit/default/");
            browser.zichtbaar(Tasklist.GEBRUIKERSNAAM).sendKeys("demo");
            browser.zichtbaar(Tasklist.WACHTWOORD).sendKeys("demo");
            browser.klik(Tasklist.INLOGGEN);
            browser.zichtbaar(Tasklist.INGELOGDE_GEBRUIKER);
            browser.wachtTot(d -> paginatekst(browser).contains("Lopende procesinstanties"));
            browser.screenshot("nl-cockpit-dashboard");
            assertThat(Browser.tekst(browser.zichtbaar(MERKNAAM))).isEqualTo("Gemeente Utrecht — Wijkgericht werken · Cockpit");
            assertThat(browser.zichtbaar(KOPBALK).getCssValue("background-color")).isEqualTo(UTRECHT_ROOD);
            assertThat(browser.zichtbare(BANNER)).isEmpty();
            assertThat(paginatekst(browser)).contains("Processen", "Beslissingen", "Gebruikerstaken", "Open incidenten")
                    .doesNotContain("Running Process Instances", "Decisions", "Human Tasks");

            browser.open(baseUrl() + "/camunda/app/cockpit/default/#/process-definition/" + definitie + "/runtime");
            browser.wachtTot(d -> paginatekst(browser).contains("Procesinstanties"));
            browser.screenshot("nl-cockpit-proces");
            assertThat(paginatekst(browser)).contains("Definitieversie", "Procesinstanties", "Incidenten", "Jobdefinities")
                    .doesNotContain("Process Instances", "Job Definitions");

            browser.open(baseUrl() + "/camunda/app/admin/default/#/users");
            browser.wachtTot(d -> paginatekst(browser).contains("Lijst van gebruikers"));
            browser.screenshot("nl-admin-gebruikers");
            assertThat(Browser.tekst(browser.zichtbaar(MERKNAAM))).isEqualTo("Gemeente Utrecht — Wijkgericht werken · Beheer");
            assertThat(paginatekst(browser)).contains("Gebruikers", "Groepen", "Autorisaties").doesNotContain("List of Users");
            assertThat(browser.zichtbare(BANNER)).isEmpty();

            browser.open(baseUrl() + "/camunda/app/welcome/default/");
            browser.wachtTot(d -> paginatekst(browser).contains("Toepassingen"));
            browser.screenshot("nl-welkom");
            assertThat(paginatekst(browser)).contains("Profiel bewerken", "Wachtwoord wijzigen")
                    .doesNotContain("Applications", "Edit profile");
            assertThat(browser.zichtbare(BANNER)).isEmpty();
        }
    }

    @Test
    void eenEngelstaligeBrowserKrijgtNogSteedsEngels() {
        try (Browser browser = Browser.start("en")) {
            browser.open(baseUrl() + Tasklist.PAD);
            assertThat(browser.zichtbaar(Tasklist.GEBRUIKERSNAAM).getAttribute("placeholder")).isEqualTo("Username");
            assertThat(Browser.tekst(browser.zichtbaar(Tasklist.INLOGGEN))).isEqualTo("Log in");
            assertThat(paginataal(browser)).isEqualTo("en");
            browser.screenshot("en-tasklist-inloggen");
        }
    }

    /** Starts an escalation over the REST API as anna, beginning at the dienstdirecteur of SO (femke's group). */
    private String escalatieBijDeDienstdirecteur(String titel) {
        Map<String, Object> variabelen = Map.of(
                "titel", Map.of("value", titel),
                "wijk", Map.of("value", "oost"),
                "diensten", Map.of("value", "[\"so\"]", "type", "Json"),
                "knelpunt", Map.of("value", "De stalling staat vol weesfietsen; niemand ruimt ze op."),
                "urgentie", Map.of("value", "normaal"),
                "startNiveau", Map.of("value", "dienstdirecteur"),
                "redenOverslaan", Map.of("value", "Het wijkoverleg heeft dit al twee keer besproken."));
        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth("anna", "demo").postForEntity(
                "/engine-rest/process-definition/key/escalatie/start", Map.of("variables", variabelen), JsonNode.class);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.OK);
        Jobs.voerUit(managementService);
        return antwoord.getBody().get("businessKey").asText();
    }

    private static String paginatekst(Browser browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    private static String paginataal(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
