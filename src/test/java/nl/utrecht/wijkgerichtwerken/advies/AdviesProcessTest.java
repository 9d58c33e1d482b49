package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.Testklok.om;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.utrecht.wijkgerichtwerken.Procestest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Voortgang;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/** Every path of bpmn/wijkplatform-advies.bpmn on the engine alone, with time travel for the term. */
@Deployment(resources = "bpmn/wijkplatform-advies.bpmn")
class AdviesProcessTest {

    @RegisterExtension
    static Procestest extension = new Procestest();

    static final String GOEDE_MOTIVERING = "Dit nemen we over omdat het de veiligheid in de buurt vergroot.";

    private ProcessEngine engine;
    private AdviesTestMiddelen middelen;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        middelen = new AdviesTestMiddelen(engine);
    }

    @Test
    void reactieWordtNaRegistratieReactieEnAkkoordVerstuurd() {
        ProcessInstance advies = start(Map.of());
        assertThat(advies.getBusinessKey()).matches("ADV-2026-\\d{6}");
        assertThat(middelen.mails.laatste("advies-ontvangen").aan()).isEqualTo("platform-oost@example.org");
        assertThat((String) variabele(advies, "statusUrl")).matches("http://localhost:8080/status/" + advies.getBusinessKey() + "\\?token=[A-Za-z0-9_-]{43}");
        // 30 werkdagen after 7 December 2026, over Kerst and Nieuwjaar
        assertThat(variabele(advies, "reactieDatum")).isEqualTo(om("2027-01-20T17:00"));

        Task registreren = taak("Task_AdviesRegistreren");
        assertThat(groep(registreren)).isEqualTo("wijkbureau-oost");
        assertThat(registreren.getName()).startsWith("Advies registreren — " + advies.getBusinessKey() + ": ");
        registreer("so");

        Task reactie = taak("Task_ReactieSchrijven");
        assertThat(groep(reactie)).isEqualTo("vakafdeling-so");
        SpinJsonNode punten = (SpinJsonNode) variabele(advies, "punten");
        assertThat(punten.elements()).hasSize(3);
        assertThat(punten.elements().get(1).prop("tekst").stringValue()).isEqualTo("Meer groen op het plein");
        schrijfReactie("daan", volledigeReactie(3));

        beoordeel("bram", "ja", null);

        assertThat(advies).hasPassed("Task_ReactieVersturen").isWaitingAt(AdviesVariabelen.TAAK_VERVOLG);
        assertThat(middelen.mails.laatste("advies-reactie").aan()).isEqualTo("platform-oost@example.org");
        assertThat(historisch(advies, "opTijd")).isEqualTo(true);
        assertThat(historisch(advies, "auteur")).isEqualTo("daan");
        assertThat(historisch(advies, "beoordelaar")).isEqualTo("bram");
    }

    @Test
    void onvolledigeReactieWordtGeweigerdMetDePuntenEnDeTaakBlijftOpen() {
        start(Map.of());
        registreer("so");
        Task reactie = taak("Task_ReactieSchrijven");
        List<Map<String, Object>> punten = volledigeReactie(3);
        punten.get(1).put("standpunt", null);
        punten.get(2).put("motivering", "Te kort gemotiveerd");

        assertThatThrownBy(() -> voltooi("daan", reactie, Map.of("punten", json(punten), "vervolg", "Wij melden ons in maart")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Adviespunt 2: kies een standpunt")
                .hasMessageContaining("Adviespunt 3: motiveer het standpunt in minstens 30 tekens (nu 19)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Adviespunt 1"));
        assertThatThrownBy(() -> voltooi("daan", reactie, Map.of("punten", json(volledigeReactie(2)), "vervolg", "x")))
                .hasMessageContaining("het advies heeft 3 adviespunten, de reactie 2");
        assertThatThrownBy(() -> voltooi("daan", reactie, Map.of("punten", json(volledigeReactie(3)))))
                .hasMessageContaining("Vervolg: dit veld is verplicht");

        assertThat(taak("Task_ReactieSchrijven").getId()).isEqualTo(reactie.getId());
    }

    @Test
    void deBeoordelaarMagNietDeAuteurZijn() {
        start(Map.of());
        registreer("so");
        schrijfReactie("daan", volledigeReactie(3));
        Task beoordelen = taak("Task_ReactieBeoordelen");

        assertThatThrownBy(() -> voltooi("daan", beoordelen, Map.of("akkoord", "ja")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("u heeft deze reactie zelf geschreven");
        assertThat(taak("Task_ReactieBeoordelen").getId()).isEqualTo(beoordelen.getId());
    }

    @Test
    void nietAkkoordGaatTerugNaarDeAuteurMetDeOpmerkingen() {
        ProcessInstance advies = start(Map.of());
        registreer("so");
        schrijfReactie("daan", volledigeReactie(3));
        assertThatThrownBy(() -> beoordeel("bram", "nee", null)).hasMessageContaining("Opmerkingen");

        beoordeel("bram", "nee", "Punt 2 verdient een concretere toezegging");

        Task opnieuw = taak("Task_ReactieSchrijven");
        assertThat(variabele(advies, "opmerkingen")).isEqualTo("Punt 2 verdient een concretere toezegging");
        SpinJsonNode punten = (SpinJsonNode) engine.getTaskService().getVariable(opnieuw.getId(), "punten");
        assertThat(punten.elements().get(0).prop("motivering").stringValue()).isEqualTo(GOEDE_MOTIVERING);
        // the form's fields hold the earlier answers, one pair per point of this advice and no more
        Map<String, Object> velden = engine.getRuntimeService().getVariablesLocal(opnieuw.getExecutionId());
        assertThat(velden).containsEntry("motivering1", GOEDE_MOTIVERING).containsKeys("standpunt3", "motivering3")
                .doesNotContainKeys("standpunt4", "motivering4", "dienstPunt1");
        schrijfReactie("daan", volledigeReactie(3));
        beoordeel("carla", "ja", null);

        // the points overgenomen stay open as vervolgpunten (issue 21; AdviesVervolgProcessTest)
        assertThat(advies).hasPassed("Task_ReactieVersturen").isWaitingAt(AdviesVariabelen.TAAK_VERVOLG);
        assertThat(middelen.mails.sjablonen()).containsOnlyOnce("advies-reactie");
    }

    @Test
    void verlengingUitHetZaakdossierVerschuiftTermijnTimersEnTakenEnMeldtHetWijkplatform() {
        ProcessInstance advies = start(Map.of());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(advies.getId()).list())
                .as("no standing extension task beside the work").extracting(Task::getTaskDefinitionKey)
                .containsExactly("Task_AdviesRegistreren");
        registreer("so");

        verleng("2027-02-17");

        assertThat(variabele(advies, "reactieDatum")).isEqualTo(om("2027-02-17T17:00"));
        assertThat(variabele(advies, "reactieDatumTekst")).isEqualTo("17 februari 2027");
        assertThat(timer(advies, "Timer_TermijnVerstreken").getDuedate()).isEqualTo(om("2027-02-17T17:00"));
        assertThat(timer(advies, "Timer_Waarschuwing").getDuedate()).isEqualTo(variabele(advies, "waarschuwingDatum"));
        assertThat(taak("Task_ReactieSchrijven").getDueDate()).isAfter(om("2027-02-10T00:00"));
        assertThat(middelen.mails.laatste("advies-verlengd").aan()).isEqualTo("platform-oost@example.org");
        assertThat(advies).isWaitingAt("Task_ReactieSchrijven");
    }

    @Test
    void tweeDienstenBeantwoordenElkHunEigenPuntenEnHetPlatformKrijgtEenReactie() {
        ProcessInstance advies = start(Map.of());
        voltooi("bram", taak("Task_AdviesRegistreren"), Map.of("dienst", "so", "dienstPunt2", "sw",
                "afsprakenVervolg", "Reactie bespreken op de volgende wijkavond"));

        List<Task> reacties = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReactieSchrijven").list();
        assertThat(reacties).extracting(this::groep).containsExactlyInAnyOrder("vakafdeling-so", "vakafdeling-sw");
        Task so = reacties.stream().filter(t -> groep(t).equals("vakafdeling-so")).findFirst().orElseThrow();
        Task sw = reacties.stream().filter(t -> groep(t).equals("vakafdeling-sw")).findFirst().orElseThrow();
        assertThat(sw.getName()).contains("(Stadswerken)");
        assertThat(engine.getTaskService().getVariable(sw.getId(), "standpunt1")).as("not in Stadswerken's form").isNull();
        assertThat(engine.getRuntimeService().getVariable(advies.getId(), "dienstPunt2")).as("stays on the registration task").isNull();

        assertThatThrownBy(() -> voltooi("eva", sw, Map.of("standpunt1", "overgenomen", "motivering1", GOEDE_MOTIVERING,
                "standpunt2", "overgenomen", "motivering2", GOEDE_MOTIVERING, "vervolg", "x")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Adviespunt 1: dit punt is toegewezen aan StadsOntwikkeling");
        voltooi("eva", sw, Map.of("punten", json(volledigeReactie(1)), "vervolg", "Stadswerken plant het groen in mei"));
        voltooi("daan", so, Map.of("punten", json(volledigeReactie(2)), "vervolg", "Oversteek en bankjes in de begroting"));

        SpinJsonNode punten = (SpinJsonNode) variabele(advies, "punten");
        assertThat(punten.elements()).extracting(p -> p.prop("dienst").stringValue()).containsExactly("so", "sw", "so");
        assertThat(punten.elements()).allSatisfy(p -> assertThat(p.prop("standpunt").stringValue()).isNotBlank());
        assertThat(variabele(advies, "vervolg")).isEqualTo(
                "Stadswerken: Stadswerken plant het groen in mei\n\nStadsOntwikkeling: Oversteek en bankjes in de begroting");
        assertThatThrownBy(() -> beoordeel("eva", "ja", null)).hasMessageContaining("zelf geschreven");
        beoordeel("bram", "ja", null);

        // the points overgenomen stay open as vervolgpunten (issue 21; AdviesVervolgProcessTest)
        assertThat(advies).hasPassed("Task_ReactieVersturen").isWaitingAt(AdviesVariabelen.TAAK_VERVOLG);
        assertThat(middelen.mails.sjablonen()).containsOnlyOnce("advies-reactie");
    }

    @Test
    void voorDeTermijnEenHerinneringEnErnaEenMeldingAanDeManagers() {
        ProcessInstance advies = start(Map.of());
        registreer("so");

        ClockUtil.setCurrentTime(om("2027-01-15T09:05"));
        voerUit();
        assertThat(middelen.mails.laatste("advies-herinnering").aan()).isEqualTo("groep:vakafdeling-so");

        ClockUtil.setCurrentTime(om("2027-01-20T17:05"));
        voerUit();
        assertThat(middelen.mails.laatste("advies-te-laat").aan()).isEqualTo("groep:manager,groep:vakafdeling-so");

        schrijfReactie("daan", volledigeReactie(3));
        beoordeel("bram", "ja", null);
        // the points overgenomen stay open as vervolgpunten (issue 21; AdviesVervolgProcessTest)
        assertThat(advies).hasPassed("Task_ReactieVersturen").isWaitingAt(AdviesVariabelen.TAAK_VERVOLG);
        assertThat(historisch(advies, "opTijd")).isEqualTo(false);
    }

    @Test
    void hetStartformulierGeeftEenAdviespuntPerRegel() {
        ProcessInstance advies = start(Map.of("adviespunten", "Verkeersveilige oversteek\n\n  Meer groen op het plein  \nBankjes voor ouderen\n"));
        registreer("so");

        SpinJsonNode punten = (SpinJsonNode) variabele(advies, "punten");
        assertThat(punten.elements()).extracting(p -> p.prop("tekst").stringValue())
                .containsExactly("Verkeersveilige oversteek", "Meer groen op het plein", "Bankjes voor ouderen");
        assertThat(variabele(advies, "aantalPunten")).isEqualTo(3);
    }

    @Test
    void deReactieUitHetFormulierMetEenVeldPerAdviespunt() {
        ProcessInstance advies = start(Map.of());
        registreer("so");
        Map<String, Object> velden = new HashMap<>();
        for (int i = 1; i <= 3; i++) {
            velden.put("standpunt" + i, "niet-overgenomen");
            velden.put("motivering" + i, GOEDE_MOTIVERING + " (" + i + ")");
        }
        velden.put("vervolg", "Wij lichten dit toe op de wijkavond");

        voltooi("daan", taak("Task_ReactieSchrijven"), velden);

        SpinJsonNode punten = (SpinJsonNode) variabele(advies, "punten");
        assertThat(punten.elements()).extracting(p -> p.prop("motivering").stringValue())
                .containsExactly(GOEDE_MOTIVERING + " (1)", GOEDE_MOTIVERING + " (2)", GOEDE_MOTIVERING + " (3)");
        assertThat(punten.elements().get(0).prop("standpuntLabel").stringValue()).isEqualTo("Niet overgenomen");
        assertThat(advies).isWaitingAt("Task_ReactieBeoordelen");
    }

    @Test
    void onvolledigAdviesWordtGeweigerdMetEenMeldingPerVeld() {
        List<String> teVeel = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            teVeel.add("Punt " + i);
        }
        Map<String, Object> fout = new HashMap<>();
        fout.put("wijkplatform", "");
        fout.put("wijk", "gotham");
        fout.put("soort", "misschien");
        fout.put("adviespunten", teVeel);
        fout.put("contactEmail", "geen-adres");

        assertThatThrownBy(() -> start(fout))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageStartingWith("Het advies is niet geregistreerd.")
                .hasMessageContaining("Wijkplatform: dit veld is verplicht")
                .hasMessageContaining("Wijk: 'gotham' is geen bekende wijk")
                .hasMessageContaining("Soort advies: 'misschien' is geen geldige keuze")
                .hasMessageContaining("Adviespunten: maximaal 30 adviespunten (nu 31)")
                .hasMessageContaining("E-mailadres: 'geen-adres' is geen geldig e-mailadres");
        assertThatThrownBy(() -> start(Map.of("adviespunten", List.of())))
                .hasMessageContaining("Adviespunten: geef minstens één adviespunt");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    // ---- helpers

    static List<Map<String, Object>> volledigeReactie(int aantal) {
        List<Map<String, Object>> punten = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            Map<String, Object> punt = new HashMap<>();
            punt.put("standpunt", i == 1 ? "deels-overgenomen" : "overgenomen");
            punt.put("motivering", GOEDE_MOTIVERING);
            punten.add(punt);
        }
        return punten;
    }

    private ProcessInstance start(Map<String, Object> afwijkend) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("wijkplatform", "Wijkplatform Oost");
        variabelen.put("wijk", "oost");
        variabelen.put("onderwerp", "Herinrichting Oosterspoorplein");
        variabelen.put("soort", "gevraagd");
        variabelen.put("adviespunten", List.of("Verkeersveilige oversteek", "Meer groen op het plein", "Bankjes voor ouderen"));
        variabelen.put("betrokkenen", "Werkgroep openbare ruimte van het wijkplatform");
        variabelen.put("draagvlak", "Besproken op de wijkavond met 60 bewoners");
        variabelen.put("contactEmail", "platform-oost@example.org");
        variabelen.putAll(afwijkend);
        ProcessInstance advies = engine.getRuntimeService().startProcessInstanceByKey("wijkplatform-advies", variabelen);
        voerUit();
        return advies;
    }

    private void registreer(String dienst) {
        voltooi("bram", taak("Task_AdviesRegistreren"), Map.of("dienst", dienst,
                "afsprakenVervolg", "Reactie bespreken op de volgende wijkavond"));
    }

    private void verleng(String datum) {
        String instantie = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("wijkplatform-advies")
                .singleResult().getId();
        engine.getRuntimeService().createMessageCorrelation(AdviesVariabelen.BERICHT_VERLENGEN).processInstanceId(instantie)
                .setVariable("verlengd", true).setVariable("verlengingReden", "Het advies vraagt overleg met de provincie")
                .setVariable("nieuweReactieDatum", datum).correlateWithResult();
        voerUit();
    }

    private void schrijfReactie(String auteur, List<Map<String, Object>> punten) {
        voltooi(auteur, taak("Task_ReactieSchrijven"), Map.of("punten", json(punten), "vervolg", "Uitvoering start in het voorjaar"));
    }

    private void beoordeel(String beoordelaar, String akkoord, String opmerkingen) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("akkoord", akkoord);
        variabelen.put("opmerkingen", opmerkingen);
        voltooi(beoordelaar, taak("Task_ReactieBeoordelen"), variabelen);
    }

    private void voltooi(String gebruiker, Task taak, Map<String, Object> variabelen) {
        engine.getIdentityService().setAuthenticatedUserId(gebruiker);
        try {
            engine.getTaskService().complete(taak.getId(), variabelen);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        voerUit();
    }

    private static Object json(List<Map<String, Object>> punten) {
        return SpinValues.jsonValue(Spin.JSON(punten)).create();
    }

    private void voerUit() {
        Jobs.voerUitStrikt(engine.getManagementService());
        // after every step: each running case waits for a task, a timer or an event, never for nothing
        Voortgang.elkeZaakWachtOpIets(engine);
    }

    private Job timer(ProcessInstance zaak, String activiteit) {
        return engine.getManagementService().createJobQuery().processInstanceId(zaak.getId()).activityId(activiteit).singleResult();
    }

    private Task taak(String activiteit) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(activiteit).singleResult();
    }

    private String groep(Task taak) {
        return engine.getTaskService().getIdentityLinksForTask(taak.getId()).stream()
                .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    }

    private Object variabele(ProcessInstance zaak, String naam) {
        return engine.getRuntimeService().getVariable(zaak.getId(), naam);
    }

    private Object historisch(ProcessInstance zaak, String naam) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(zaak.getId())
                .activityInstanceIdIn(zaak.getId()).variableName(naam).singleResult().getValue();
    }
}
