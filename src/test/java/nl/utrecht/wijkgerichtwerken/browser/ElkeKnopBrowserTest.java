package nl.utrecht.wijkgerichtwerken.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Every button a demo user can see, clicked: as each role, Tasklist's header actions (with the items of its menus),
 * the tabs of an open task and the links and buttons of the task's header; for the manager also Cockpit's dashboard
 * and a case's process instance with its variables. After each click the page, its dialogs, notifications and
 * tooltips hold no English and no technical text ({@link Taalcontrole}); screenshots in target/screenshots/klik-*.
 */
@IntegratieTest
class ElkeKnopBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final By KOPACTIES = By.xpath("//*[@cam-widget-header]//*[self::a or self::button]"
            + "[not(ancestor::ul[contains(@class,'dropdown-menu')])]");
    static final By MENUKNOPPEN = By.xpath("//*[@cam-widget-header]//*[contains(@class,'dropdown-toggle')]");
    static final By MENU_ITEMS = By.xpath("//*[@cam-widget-header]//ul[contains(@class,'dropdown-menu')]"
            + "//a[not(contains(@ng-click,'logout'))]");
    static final By AFMELDEN = By.xpath("//*[@cam-widget-header]//a[contains(@ng-click,'logout')]");
    static final By TOOLTIPS_IN_LIJST = By.cssSelector("[cam-tasks] ol.tasks-list [uib-tooltip]");
    static final By TAAKTABS = By.xpath("//*[@cam-tasklist-task]//ul[contains(@class,'nav-tabs')]/li/a");
    static final By TAAKKOP = By.xpath("//*[@cam-tasklist-task]//*[self::a or self::button or @cam-widget-inline-field]"
            + "[not(ancestor::*[contains(@class,'tab-content')])][not(ancestor::ul[contains(@class,'nav-tabs')])]"
            + " | //*[contains(@class,'wijk-oppakken')]//button");
    /** Cockpit's actions that change a case: the instance's toolbar, editing and deleting a variable. */
    static final By WIJZIGACTIES = By.cssSelector(".ctn-toolbar a, .ctn-toolbar button, "
            + "button[ng-click^='enableEditMode'], button[ng-click^='deleteVariable']");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;

    final Map<String, String> taakVan = new HashMap<>();
    String geescaleerd;

    /**
     * A task for each role: anna's escalation in the wijk, one escalated to femke's dienstdirecteuren (read by jet),
     * an advice to register for bram (and for the administrator) and one for daan's vakafdeling to answer.
     */
    @BeforeEach
    void taken() {
        Zaakmaker maker = new Zaakmaker(engine);
        String kenmerk = UUID.randomUUID().toString().substring(0, 6);
        String inDeWijk = maker.escalatie("anna", "oost", "[\"so\"]", "Losliggende tegels " + kenmerk);
        taakVan.put("anna", maker.taak(inDeWijk, "Task_OplossenInWijk").getId());
        geescaleerd = maker.escalatie("anna", "oost", "[\"so\"]", "Weesfietsen " + kenmerk);
        maker.voltooi("anna", maker.taak(geescaleerd, "Task_OplossenInWijk"),
                Map.of("besluit", "escaleren", "toelichting", "Het wijkoverleg kreeg de stalling niet leeg."));
        String femke = maker.taak(geescaleerd, "Task_BesluitDienstdirecteur").getId();
        taakVan.put("femke", femke);
        taakVan.put("jet", femke);
        String teRegistreren = adviesTeRegistreren("Oversteek Oudwijk " + kenmerk);
        taakVan.put("bram", teRegistreren);
        taakVan.put("demo", teRegistreren);
        taakVan.put("daan", maker.taak(maker.advies("Speelplek " + kenmerk, "so"), "Task_ReactieSchrijven").getId());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"anna, wijkregisseur", "bram, wijkbureau", "daan, vakafdeling", "femke, dienstdirecteur",
            "jet, manager", "demo, beheerder"})
    void elkeZichtbareKnopSpreektNederlands(String gebruiker, String rol) {
        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login(baseUrl(), gebruiker, "demo");
            Klikronde ronde = new Klikronde(browser, gebruiker);
            Runnable taak = () -> openTaak(browser, taakVan.get(gebruiker));
            taak.run();
            ronde.controleer("taak geopend");
            ronde.controleerTooltips("takenlijst", TOOLTIPS_IN_LIJST);

            List<String> geklikt = new ArrayList<>();
            geklikt.addAll(ronde.klikElk("kopbalk", KOPACTIES, taak));
            int menus = browser.zichtbare(MENUKNOPPEN).size();
            for (int i = 0; i < menus; i++) {
                int menu = i;
                geklikt.addAll(ronde.klikElk("menu-item", MENU_ITEMS, () -> {
                    taak.run();
                    browser.zichtbare(MENUKNOPPEN).get(menu).click();
                }));
            }
            geklikt.addAll(ronde.klikElk("taaktab", TAAKTABS, taak));
            geklikt.addAll(ronde.klikElk("taakkop", TAAKKOP, taak));
            assertThat(geklikt).as("what %s clicked", gebruiker).contains("Proces starten", "Zaken", "Formulier", "Zaak");

            if ("manager".equals(rol)) {
                cockpit(browser, ronde);
            }
            taak.run();
            browser.klik(Tasklist.INGELOGDE_GEBRUIKER);
            browser.klik(AFMELDEN);
            browser.zichtbaar(Tasklist.GEBRUIKERSNAAM);
            ronde.controleer("afgemeld");

            assertThat(ronde.bevindingen()).as("English or technical text seen by %s (%s) after clicking %s",
                    gebruiker, rol, geklikt).isEmpty();
        }
    }

    /**
     * The manager's Cockpit: the dashboard, an escalation's instance and each action that would change it (any such
     * button still visible is clicked: its refusal must be Dutch, and a refusal is itself a finding).
     */
    private void cockpit(Browser browser, Klikronde ronde) {
        browser.open(baseUrl() + "/camunda/app/cockpit/default/#/dashboard");
        browser.zichtbaar(Tasklist.INGELOGDE_GEBRUIKER);
        ronde.controleer("cockpit dashboard");
        String instantie = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(geescaleerd)
                .processDefinitionKey("escalatie").singleResult().getId();
        Runnable instantiepagina = () -> {
            browser.open(baseUrl() + "/camunda/app/cockpit/default/#/process-instance/" + instantie + "/runtime");
            browser.zichtbaar(Tasklist.INGELOGDE_GEBRUIKER);
            browser.wachtTot(d -> browser.zichtbare(Klikronde.LADEN).isEmpty());
        };
        instantiepagina.run();
        ronde.controleer("cockpit procesinstantie");
        ronde.klikElk("cockpit wijzigen", WIJZIGACTIES, instantiepagina);
    }

    private void openTaak(Browser browser, String taakId) {
        browser.driver().get(baseUrl() + Tasklist.PAD + "#/?task=" + taakId);
        browser.zichtbaar(Tasklist.TAAKNAAM);
        browser.zichtbaar(TAAKTABS);
    }

    /** An advice of wijkplatform Oost as bram starts it, waiting for its registration. */
    private String adviesTeRegistreren(String onderwerp) {
        Map<String, Object> start = new HashMap<>(Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", onderwerp, "soort", "gevraagd", "adviespunten", "[\"Een veilige oversteek\"]",
                "betrokkenen", "Werkgroep verkeer", "draagvlak", "Wijkavond", "contactEmail", "platform-oost@example.org"));
        engine.getIdentityService().setAuthentication("bram", List.of("wijkbureau-oost", "wijk-oost"));
        String zaak;
        try {
            zaak = engine.getRuntimeService().startProcessInstanceByKey("wijkplatform-advies", start).getBusinessKey();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Jobs.voerUit(engine.getManagementService());
        Task taak = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak)
                .taskDefinitionKey("Task_AdviesRegistreren").singleResult();
        return taak.getId();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
