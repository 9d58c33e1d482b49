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

import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Procestest;
import nl.utrecht.wijkgerichtwerken.Voortgang;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * The afspraken over het vervolg and the follow-through of bpmn/wijkplatform-advies.bpmn (issue 21 items 2 and 3) on
 * the engine alone: the afspraken mailed at registration and on a change; after the reactie one vervolgpunt per point
 * overgenomen, deels-overgenomen or nader-onderzoek, owned by the dienst that answered it; the case closes when every
 * item is reported or closed by the wijkbureau, and at once when there is none.
 */
@Deployment(resources = "bpmn/wijkplatform-advies.bpmn")
class AdviesVervolgProcessTest {

    @RegisterExtension
    static Procestest extension = new Procestest();

    private static final String MOTIVERING = "Dit nemen we over omdat het de veiligheid in de buurt vergroot.";
    private static final String TERUGKOPPELING = "De oversteek is in oktober aangelegd; de verlichting volgt in het voorjaar.";

    private ProcessEngine engine;
    private AdviesTestMiddelen middelen;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        middelen = new AdviesTestMiddelen(engine);
    }

    @Test
    void elkVervolgpuntGaatNaarZijnDienstEnDeZaakSluitAlsAllesIsTeruggekoppeld() {
        ProcessInstance advies = start();
        voltooi("bram", taak("Task_AdviesRegistreren"), Map.of("dienst", "so", "dienstPunt3", "sw",
                "afsprakenVervolg", "Reactie bespreken op de volgende wijkavond"));
        assertThat(middelen.mails.sjablonen()).containsOnlyOnce("advies-afspraken");
        assertThat(middelen.mails.laatste("advies-afspraken").aan()).isEqualTo("platform-oost@example.org");

        Task so = reactietaak("vakafdeling-so");
        Task sw = reactietaak("vakafdeling-sw");
        voltooi("daan", so, Map.of("punten", json(List.of(punt(1, "overgenomen"), punt(2, "niet-overgenomen"))),
                "vervolg", "De oversteek komt in de begroting"));
        voltooi("eva", sw, Map.of("punten", json(List.of(punt(3, "nader-onderzoek"))), "vervolg", "Stadswerken onderzoekt de bankjes"));
        voltooi("bram", taak("Task_ReactieBeoordelen"), Map.of("akkoord", "ja"));

        assertThat(advies).hasPassed("Task_ReactieVersturen", "Task_VervolgpuntenVaststellen").isNotEnded();
        List<Task> vervolg = vervolgtaken();
        assertThat(vervolg).extracting(this::groep).containsExactlyInAnyOrder("vakafdeling-so", "vakafdeling-sw");
        assertThat(vervolg).allSatisfy(t -> {
            assertThat(t.getName()).startsWith("Vervolg adviespunt rapporteren — " + advies.getBusinessKey());
            // 60 werkdagen after the reactie went out on 7 December 2026, over Kerst and Nieuwjaar
            assertThat(t.getDueDate()).isEqualTo(om("2027-03-03T17:00"));
        });
        SpinJsonNode punten = (SpinJsonNode) variabele(advies, "vervolgpunten");
        assertThat(punten.elements()).extracting(p -> p.prop("nummer").numberValue().intValue()).containsExactly(1, 3);
        assertThat(punten.elements()).extracting(p -> p.prop("dienst").stringValue()).containsExactly("so", "sw");
        assertThat(punten.elements()).extracting(p -> p.prop("status").stringValue()).containsOnly("open");

        Task punt1 = vervolgtaak("vakafdeling-so");
        assertThatThrownBy(() -> voltooi("daan", punt1, Map.of("uitvoering", "misschien")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Wat is er gedaan: 'misschien' is geen geldige keuze")
                .hasMessageContaining("Terugkoppeling aan het wijkplatform: dit veld is verplicht");
        assertThatThrownBy(() -> voltooi("daan", punt1, Map.of("uitvoering", "gedaan", "terugkoppeling", "x".repeat(4001))))
                .hasMessageContaining("Terugkoppeling aan het wijkplatform: maximaal 4000 tekens");
        voltooi("daan", punt1, Map.of("uitvoering", "deels", "terugkoppeling", TERUGKOPPELING));

        assertThat(middelen.mails.sjablonen()).containsOnlyOnce("advies-vervolg-terugkoppeling");
        punten = (SpinJsonNode) variabele(advies, "vervolgpunten");
        assertThat(punten.elements().get(0).prop("status").stringValue()).isEqualTo("gerapporteerd");
        assertThat(punten.elements().get(0).prop("uitvoering").stringValue()).isEqualTo("deels");
        assertThat(punten.elements().get(0).prop("terugkoppeling").stringValue()).isEqualTo(TERUGKOPPELING);
        assertThat(punten.elements().get(1).prop("status").stringValue()).isEqualTo("open");
        assertThat(advies).isNotEnded();

        voltooi("eva", vervolgtaak("vakafdeling-sw"), Map.of("uitvoering", "niet-gedaan",
                "terugkoppeling", "Bankjes passen niet op het smalle trottoir; we zoeken een andere plek."));

        assertThat(advies).isEnded().hasPassed("EndEvent_AdviesAfgehandeld");
        assertThat(middelen.mails.sjablonen().stream().filter("advies-vervolg-terugkoppeling"::equals)).hasSize(2);
        assertThat(historisch(advies, "uitvoering")).as("each item's outcome stays in its own instance").isNull();
    }

    @Test
    void hetWijkbureauSluitEenVervolgpuntMetEenRedenDieHetPlatformKrijgt() {
        ProcessInstance advies = start();
        registreer();
        beantwoord(List.of(punt(1, "niet-overgenomen"), punt(2, "overgenomen"), punt(3, "niet-overgenomen")));
        assertThat(vervolgtaken()).hasSize(1);

        engine.getRuntimeService().createMessageCorrelation(AdviesVariabelen.BERICHT_VERVOLGPUNT_SLUITEN)
                .processInstanceId(advies.getId()).localVariableEquals(AdviesVariabelen.VERVOLGPUNT_NUMMER, 2)
                .setVariableLocal(AdviesVariabelen.SLUITREDEN, "Het plein wordt in 2028 heringericht; groen komt dan mee.")
                .correlateWithResult();
        voerUit();

        assertThat(advies).isEnded().hasPassed("Task_SluitingMelden", "EndEvent_AdviesAfgehandeld");
        assertThat(middelen.mails.sjablonen()).containsOnlyOnce("advies-vervolg-gesloten").doesNotContain("advies-vervolg-terugkoppeling");
        SpinJsonNode punt = ((SpinJsonNode) historisch(advies, "vervolgpunten")).elements().get(0);
        assertThat(punt.prop("status").stringValue()).isEqualTo("gesloten");
        assertThat(punt.prop("terugkoppeling").stringValue()).startsWith("Het plein wordt in 2028");
    }

    @Test
    void zonderOvergenomenPuntenSluitDeZaakNaDeReactieMeteen() {
        ProcessInstance advies = start();
        registreer();
        beantwoord(List.of(punt(1, "niet-overgenomen"), punt(2, "niet-overgenomen"), punt(3, "niet-overgenomen")));

        assertThat(advies).isEnded().hasPassed("EndEvent_ZonderVervolgpunten").hasNotPassed("Task_VervolgRapporteren");
        assertThat(middelen.mails.sjablonen()).containsOnlyOnce("advies-reactie");
    }

    @Test
    void gewijzigdeAfsprakenGaanNaarHetPlatform() {
        ProcessInstance advies = start();
        registreer();

        engine.getRuntimeService().createMessageCorrelation(AdviesVariabelen.BERICHT_AFSPRAKEN_GEWIJZIGD)
                .processInstanceId(advies.getId()).setVariable("afsprakenVervolg", "Reactie bespreken in de wijkraad van maart")
                .setVariable(AdviesVariabelen.AFSPRAKEN_REDEN, "De wijkavond van februari vervalt").correlateWithResult();
        voerUit();

        assertThat(middelen.mails.sjablonen()).containsOnlyOnce("advies-afspraken-gewijzigd");
        assertThat(variabele(advies, "afsprakenVervolg")).isEqualTo("Reactie bespreken in de wijkraad van maart");
        assertThat(advies).isWaitingAt("Task_ReactieSchrijven");
    }

    // ---- helpers

    private ProcessInstance start() {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("wijkplatform", "Wijkplatform Oost");
        variabelen.put("wijk", "oost");
        variabelen.put("onderwerp", "Herinrichting Oosterspoorplein");
        variabelen.put("soort", "gevraagd");
        variabelen.put("adviespunten", List.of("Verkeersveilige oversteek", "Meer groen op het plein", "Bankjes voor ouderen"));
        variabelen.put("betrokkenen", "Werkgroep openbare ruimte van het wijkplatform");
        variabelen.put("draagvlak", "Besproken op de wijkavond met 60 bewoners");
        variabelen.put("contactEmail", "platform-oost@example.org");
        ProcessInstance advies = engine.getRuntimeService().startProcessInstanceByKey("wijkplatform-advies", variabelen);
        voerUit();
        return advies;
    }

    private void registreer() {
        voltooi("bram", taak("Task_AdviesRegistreren"), Map.of("dienst", "so",
                "afsprakenVervolg", "Reactie bespreken op de volgende wijkavond"));
    }

    private void beantwoord(List<Map<String, Object>> punten) {
        voltooi("daan", taak("Task_ReactieSchrijven"), Map.of("punten", json(punten), "vervolg", "Uitvoering start in het voorjaar"));
        voltooi("bram", taak("Task_ReactieBeoordelen"), Map.of("akkoord", "ja"));
    }

    private static Map<String, Object> punt(int nummer, String standpunt) {
        Map<String, Object> punt = new HashMap<>();
        punt.put("nummer", nummer);
        punt.put("standpunt", standpunt);
        punt.put("motivering", MOTIVERING);
        return punt;
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
        return SpinValues.jsonValue(Spin.JSON(new ArrayList<>(punten))).create();
    }

    private void voerUit() {
        Jobs.voerUitStrikt(engine.getManagementService());
        Voortgang.elkeZaakWachtOpIets(engine);
    }

    private Task taak(String activiteit) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(activiteit).singleResult();
    }

    private Task reactietaak(String groep) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReactieSchrijven").taskCandidateGroup(groep).singleResult();
    }

    private List<Task> vervolgtaken() {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(AdviesVariabelen.TAAK_VERVOLG).list();
    }

    private Task vervolgtaak(String groep) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(AdviesVariabelen.TAAK_VERVOLG).taskCandidateGroup(groep).singleResult();
    }

    private String groep(Task taak) {
        return engine.getTaskService().getIdentityLinksForTask(taak.getId()).stream()
                .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    }

    private Object variabele(ProcessInstance zaak, String naam) {
        return engine.getRuntimeService().getVariable(zaak.getId(), naam);
    }

    private Object historisch(ProcessInstance zaak, String naam) {
        var v = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(zaak.getId())
                .activityInstanceIdIn(zaak.getId()).variableName(naam).singleResult();
        return v == null ? null : v.getValue();
    }
}
