package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.Testklok.om;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.utrecht.wijkgerichtwerken.Procestest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Voortgang;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/** Every path of bpmn/informatieverzoek.bpmn on the engine alone. */
@Deployment(resources = "bpmn/informatieverzoek.bpmn")
class InformatieverzoekProcessTest {

    @RegisterExtension
    static Procestest extension = new Procestest();

    private ProcessEngine engine;
    private AdviesTestMiddelen middelen;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        middelen = new AdviesTestMiddelen(engine);
    }

    @Test
    void antwoordBinnenTienWerkdagenGaatNaarHetWijkplatform() {
        ProcessInstance verzoek = start(Map.of());
        assertThat(verzoek.getBusinessKey()).matches("INF-2026-\\d{6}");
        assertThat(engine.getRuntimeService().getVariable(verzoek.getId(), "reactieDatum")).isEqualTo(om("2026-12-21T17:00"));
        assertThat(middelen.mails.laatste("informatieverzoek-ontvangen").aan()).isEqualTo("platform-west@example.org");

        Task doorsturen = taak("Task_VerzoekDoorsturen");
        assertThat(groep(doorsturen)).isEqualTo("wijkbureau-west");
        voltooi(doorsturen, Map.of("dienst", "sw"));
        Task antwoorden = taak("Task_InformatieVerstrekken");
        assertThat(groep(antwoorden)).isEqualTo("vakafdeling-sw");
        voltooi(antwoorden, Map.of("antwoord", "De bomen worden in maart vervangen door lindes, zie het bomenplan."));

        assertThat(verzoek).isEnded();
        assertThat(middelen.mails.laatste("informatieverzoek-antwoord").aan()).isEqualTo("platform-west@example.org");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(verzoek.getId())
                .variableName("opTijd").singleResult().getValue()).isEqualTo(true);
    }

    @Test
    void eenTeKortAntwoordOfEenOnbekendeDienstWordtGeweigerd() {
        start(Map.of());
        Task doorsturen = taak("Task_VerzoekDoorsturen");
        assertThatThrownBy(() -> voltooi(doorsturen, Map.of("dienst", "brandweer")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Verantwoordelijke dienst: 'brandweer' is geen bekende dienst");
        voltooi(doorsturen, Map.of("dienst", "sw"));

        assertThatThrownBy(() -> voltooi(taak("Task_InformatieVerstrekken"), Map.of("antwoord", "Zie website")))
                .hasMessageContaining("Antwoord: geef een inhoudelijk antwoord van minstens 30 tekens");
    }

    @Test
    void naDeTermijnKrijgenDeManagersBericht() {
        start(Map.of());
        ClockUtil.setCurrentTime(om("2026-12-21T17:05"));
        voerUit();
        assertThat(middelen.mails.laatste("informatieverzoek-herinnering").aan()).isEqualTo("groep:wijkbureau-west");
        assertThat(middelen.mails.laatste("informatieverzoek-te-laat").aan()).isEqualTo("groep:manager,groep:wijkbureau-west");
    }

    @Test
    void verzoekZonderVraagWordtGeweigerd() {
        Map<String, Object> zonderVraag = new HashMap<>();
        zonderVraag.put("vraag", " ");
        assertThatThrownBy(() -> start(zonderVraag))
                .hasMessageStartingWith("Het informatieverzoek is niet geregistreerd.")
                .hasMessageContaining("Vraag: dit veld is verplicht");
    }

    private ProcessInstance start(Map<String, Object> afwijkend) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("wijkplatform", "Wijkplatform West");
        variabelen.put("wijk", "west");
        variabelen.put("onderwerp", "Bomenkap Kanaalstraat");
        variabelen.put("vraag", "Welke bomen worden gekapt en wat komt ervoor terug?");
        variabelen.put("contactEmail", "platform-west@example.org");
        variabelen.putAll(afwijkend);
        ProcessInstance verzoek = engine.getRuntimeService().startProcessInstanceByKey("informatieverzoek", variabelen);
        voerUit();
        return verzoek;
    }

    private void voltooi(Task taak, Map<String, Object> variabelen) {
        engine.getTaskService().complete(taak.getId(), variabelen);
        voerUit();
    }

    private void voerUit() {
        Jobs.voerUitStrikt(engine.getManagementService());
        // after every step: each running case waits for a task, a timer or an event, never for nothing
        Voortgang.elkeZaakWachtOpIets(engine);
    }

    private Task taak(String activiteit) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(activiteit).singleResult();
    }

    private String groep(Task taak) {
        return engine.getTaskService().getIdentityLinksForTask(taak.getId()).stream()
                .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    }
}
