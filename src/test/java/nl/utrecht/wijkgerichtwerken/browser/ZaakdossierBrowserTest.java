package nl.utrecht.wijkgerichtwerken.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.zaak.Uploads;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * The case file in the real Tasklist (tab "Zaak") and the case list "Zaken" behind the header, as a wijkregisseur
 * (anna, Oost) and a dienstdirecteur (femke, StadsOntwikkeling): the decisions of the rung below, notes, the list with
 * its filters, a case of another wijk that stays out of sight; by keyboard too; documents added in the tab.
 */
@IntegratieTest
class ZaakdossierBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final By ZAAK_TAB = By.xpath("//*[@cam-tasklist-task]//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)='Zaak']");
    static final By FORMULIER_TAB = By.xpath("//*[@cam-tasklist-task]//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)='Formulier']");
    static final By HISTORIE_TAB = By.xpath("//*[@cam-tasklist-task]//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)='Historie']");
    static final By DOSSIER = By.cssSelector(".wijk-dossier");
    static final By TIJDLIJN = By.cssSelector(".wijk-dossier .wijk-tijdlijn");
    static final By NOTITIEVELD = By.cssSelector(".wijk-dossier .wijk-notitieveld");
    static final By NOTITIES = By.cssSelector(".wijk-dossier .wijk-notities");
    static final By ZAKEN_LINK = By.cssSelector("[cam-widget-header] a.wijk-zaken-link");
    static final By ZAKENLIJST = By.cssSelector("table.wijk-zaken");
    static final By DOCUMENTVELD = By.cssSelector(".wijk-dossier input.wijk-documentveld");
    static final By DOCUMENTKNOP = By.cssSelector(".wijk-dossier .wijk-documentknop");
    static final By DOCUMENTFOUT = By.cssSelector(".wijk-dossier .wijk-documentfout");
    static final By DOCUMENTEN = By.cssSelector(".wijk-dossier table.wijk-documenten");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;

    String kenmerk;
    String oost;
    String overvecht;

    /** An escalation of Oost that went up from the wijk to the dienstdirecteur of SO, and one of Overvecht (GGD). */
    @BeforeEach
    void zaken() {
        Zaakmaker maker = new Zaakmaker(engine);
        kenmerk = "fiets" + UUID.randomUUID().toString().substring(0, 6);
        oost = maker.escalatie("anna", "oost", "[\"so\"]", "Weesfietsen " + kenmerk);
        maker.voltooi("anna", maker.taak(oost, "Task_OplossenInWijk"),
                Map.of("besluit", "escaleren", "toelichting", "Het wijkoverleg kreeg de stalling niet leeg."));
        overvecht = maker.escalatie("karim", "overvecht", "[\"ggd\"]", "Overvecht " + kenmerk);
    }

    @Test
    void dienstdirecteurZietInDeTabZaakWaaromDeWijkEscaleerdeEnSchrijftEenNotitieMetHetToetsenbord() {
        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login(baseUrl(), "femke", "demo");
            tasklist.kiesFilter("Taken van mijn groepen");
            tasklist.openTaak(oost);

            // keyboard: from the tab Formulier, Tab reaches the tab Zaak and Enter opens it
            browser.zichtbaar(FORMULIER_TAB);
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", browser.zichtbaar(FORMULIER_TAB));
            actief(browser).sendKeys(Keys.TAB);
            assertThat(actief(browser).getText().trim()).isEqualTo("Zaak");
            actief(browser).sendKeys(Keys.ENTER);
            browser.wachtTot(d -> tekst(browser, TIJDLIJN).contains("Het wijkoverleg kreeg de stalling niet leeg."));
            browser.screenshot("zaak-tab-femke");
            String dossier = tekst(browser, DOSSIER);
            assertThat(dossier).contains(oost, "Weesfietsen " + kenmerk, "Escalatie", "Oost", "StadsOntwikkeling",
                    "Oplossen in de wijk", "Anna de Vries", "Escaleren", "Op tijd", "Besluit nemen als dienstdirecteur",
                    "Dienstdirecteur StadsOntwikkeling")
                    .doesNotContain("op-tijd", "undefined", "null");
            assertThat(browser.zichtbare(HISTORIE_TAB)).as("Tasklist's empty history").isEmpty();
            assertThat(browser.zichtbare(By.cssSelector(".createCommentLink"))).as("Tasklist's comment, refused to officials")
                    .isEmpty();
            assertThat(browser.zichtbare(By.cssSelector("[cam-tasklist-task] a.instance-link"))).as("Cockpit link").isEmpty();
            assertThat(tekst(browser, By.cssSelector("[cam-widget-header]"))).as("loose tasks: administrator only")
                    .contains("Proces starten", "Zaken").doesNotContain("Taak aanmaken");

            // keyboard: Tab on until the note field, type, Tab to the button, Enter
            for (int i = 0; i < 60 && !"textarea".equals(actief(browser).getTagName()); i++) {
                actief(browser).sendKeys(Keys.TAB);
            }
            assertThat(actief(browser).getAttribute("class")).contains("wijk-notitieveld");
            actief(browser).sendKeys("Femke: SO ruimt de stalling op in week 50.");
            actief(browser).sendKeys(Keys.TAB);
            assertThat(actief(browser).getText().trim()).isEqualTo("Notitie toevoegen");
            actief(browser).sendKeys(Keys.ENTER);
            browser.wachtTot(d -> tekst(browser, NOTITIES).contains("Femke: SO ruimt de stalling op in week 50."));
            assertThat(tekst(browser, NOTITIES)).contains("Femke de Boer");
            assertThat(tekst(browser, DOSSIER)).contains("De notitie is toegevoegd.");
            browser.screenshot("zaak-tab-femke-notitie");

            browser.klik(ZAKEN_LINK);
            browser.zichtbaar(ZAKENLIJST);
            browser.screenshot("zaken-femke");
            assertThat(tekst(browser, ZAKENLIJST)).contains(oost).doesNotContain(overvecht);
        }
    }

    @Test
    void wijkregisseurFiltertZijnZakenOpentEenDossierEnZietGeenZaakVanEenAndereWijk() {
        try (Browser browser = Browser.start()) {
            browser.open(baseUrl() + "/zaken");
            assertThat(tekst(browser, By.tagName("main"))).contains("U bent niet ingelogd", "Log in via de Takenlijst");
            browser.screenshot("zaken-niet-ingelogd");
            browser.klik(By.cssSelector("a.wijk-inloglink"));

            Tasklist tasklist = new Tasklist(browser);
            tasklist.login(baseUrl(), "anna", "demo");
            // the case lies with the dienstdirecteur: anna has no task of it (withdrawing is an action, not a task),
            // she follows it through the list of her cases
            browser.klik(ZAKEN_LINK);
            browser.zichtbaar(ZAKENLIJST);
            browser.zichtbaar(By.id("wijk-filter-q")).sendKeys(kenmerk);
            new Select(browser.zichtbaar(By.id("wijk-filter-proces"))).selectByVisibleText("Escalatie");
            new Select(browser.zichtbaar(By.id("wijk-filter-status"))).selectByVisibleText("Open");
            browser.klik(By.xpath("//form[contains(@class,'wijk-filters')]//button[normalize-space(.)='Zoeken']"));
            browser.wachtTot(d -> browser.zichtbare(By.cssSelector("table.wijk-zaken tbody tr")).size() == 1);
            browser.screenshot("zaken-anna-gefilterd");
            assertThat(tekst(browser, ZAKENLIJST)).contains(oost, "Weesfietsen " + kenmerk, "Escalatie", "Oost",
                    "Besluit nemen als dienstdirecteur").doesNotContain(overvecht);

            browser.klik(By.linkText(oost));
            browser.wachtTot(d -> tekst(browser, TIJDLIJN).contains("Het wijkoverleg kreeg de stalling niet leeg."));
            assertThat(tekst(browser, By.tagName("h1"))).contains(oost);
            assertThat(tekst(browser, By.cssSelector(".wijk-feiten"))).as("the people of the current step")
                    .contains("kan worden opgepakt door Dienstdirecteur StadsOntwikkeling");
            browser.screenshot("zaak-pagina-anna");

            browser.open(baseUrl() + "/zaken/" + overvecht);
            assertThat(tekst(browser, By.tagName("main"))).contains("Zaak niet gevonden").doesNotContain("Overvecht " + kenmerk);
            browser.screenshot("zaak-pagina-andere-wijk");
        }
    }

    @Test
    void dienstdirecteurVoegtInDeTabZaakEenPdfToeEnZietEenHernoemdProgrammaGeweigerdBijHetVeld() throws Exception {
        Path map = Files.createTempDirectory("wijk-upload");
        Path programma = Files.write(map.resolve("begroting.pdf"), Uploads.exe());
        Path pdf = Files.write(map.resolve("Offerte stalling.pdf"), Uploads.pdf(40_000));
        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login(baseUrl(), "femke", "demo");
            tasklist.kiesFilter("Taken van mijn groepen");
            tasklist.openTaak(oost);
            browser.klik(ZAAK_TAB);
            browser.wachtTot(d -> tekst(browser, TIJDLIJN).contains("Het wijkoverleg kreeg de stalling niet leeg."));
            assertThat(tekst(browser, DOSSIER)).contains("Documenten", "Er zijn nog geen documenten.");

            browser.zichtbaar(DOCUMENTVELD).sendKeys(programma.toString());
            browser.klik(DOCUMENTKNOP);
            browser.wachtTot(d -> tekst(browser, DOCUMENTFOUT).contains("is geen toegestaan soort bestand"));
            assertThat(tekst(browser, DOCUMENTFOUT)).contains("'begroting.pdf' is geen toegestaan soort bestand (de inhoud telt, niet de naam)");
            WebElement veld = browser.driver().findElement(DOCUMENTVELD);
            assertThat(veld.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(veld.getAttribute("aria-describedby")).contains(browser.driver().findElement(DOCUMENTFOUT).getAttribute("id"));
            assertThat(tekst(browser, DOSSIER)).contains("Er zijn nog geen documenten.");
            browser.screenshot("zaak-tab-document-geweigerd");

            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '';", veld);
            browser.zichtbaar(DOCUMENTVELD).sendKeys(pdf.toString());
            browser.klik(By.cssSelector(".wijk-dossier .wijk-vertrouwelijkveld"));
            browser.klik(DOCUMENTKNOP);
            browser.wachtTot(d -> tekst(browser, DOCUMENTEN).contains("Offerte stalling.pdf"));
            assertThat(tekst(browser, DOCUMENTEN)).contains("39 kB", "Femke de Boer", "Nee, vertrouwelijk");
            assertThat(tekst(browser, DOSSIER)).contains("Het document is toegevoegd.").doesNotContain("geen toegestaan soort");
            browser.screenshot("zaak-tab-document-toegevoegd");
        }
    }

    private static WebElement actief(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static String tekst(Browser browser, By locator) {
        return browser.driver().findElements(locator).stream().map(Browser::tekst).reduce("", (a, b) -> a + "\n" + b);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
