package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.Testklok.om;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Procestest;
import nl.utrecht.wijkgerichtwerken.Voortgang;
import nl.utrecht.wijkgerichtwerken.notificatie.NotificatieProperties;
import nl.utrecht.wijkgerichtwerken.organisatie.TestOrganisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.TermijnProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/** Every path of bpmn/adviesaanvraag.bpmn on the engine alone, the accepted one up to the advice that answers it. */
@Deployment(resources = {"bpmn/adviesaanvraag.bpmn", "bpmn/wijkplatform-advies.bpmn"})
class AdviesaanvraagProcessTest {

    @RegisterExtension
    static Procestest extension = new Procestest();

    private ProcessEngine engine;
    private AdviesTestMiddelen middelen;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        middelen = new AdviesTestMiddelen(engine);
        Wijkplatforms platforms = new Wijkplatforms(Map.of("oost", new Wijkplatforms.Wijkplatform("Wijkplatform Oost", "oost@example.org")));
        Mocks.register("adviesaanvraagStartControle", new AdviesaanvraagStartControle(
                new AdviesaanvraagStartRegels(TestOrganisatie.organisatie(), platforms, new Werkdagen(new TermijnProperties())),
                TestOrganisatie.zaaknummers(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource()),
                new NotificatieProperties()));
    }

    @Test
    void aanvaardeAanvraagWordtEenGevraagdAdviesMetDeVraagErbij() {
        ProcessInstance aanvraag = vraag();
        assertThat(aanvraag.getBusinessKey()).matches("AAV-2026-\\d{6}");
        assertThat(middelen.mails.laatste("adviesaanvraag").aan()).isEqualTo("platform-west@example.org");
        beantwoord(aanvraag, "aanvaard", null);
        assertThat(middelen.mails.laatste("adviesaanvraag-aanvaard").aan()).isEqualTo("gebruiker:jan");
        assertThat(aanvraag(aanvraag).getEndTime()).isNull();

        String token = ((String) variabele(aanvraag, "aanvraagUrl")).replaceAll(".*token=", "");
        Map<String, Object> advies = new HashMap<>(Map.of("wijkplatform", "Wijkplatform West", "wijk", "west",
                "onderwerp", "Herinrichting Kanaalstraat", "adviespunten", List.of("Meer groen", "Minder parkeren"),
                "betrokkenen", "De werkgroep verkeer", "draagvlak", "Wijkavond met 40 bewoners",
                "contactEmail", "platform-west@example.org"));
        advies.put("adviesaanvraag", aanvraag.getBusinessKey());
        advies.put("adviesaanvraagToken", token);
        ProcessInstance adviesZaak = engine.getRuntimeService().startProcessInstanceByKey("wijkplatform-advies", advies);
        voerUit();

        var v = engine.getRuntimeService().getVariables(adviesZaak.getId());
        assertThat(v).containsEntry("soort", "gevraagd").containsEntry("adviesaanvraag", aanvraag.getBusinessKey())
                .containsEntry("aanvraagVraag", "Hoe wil de wijk de Kanaalstraat heringericht zien?")
                .containsEntry("aanvraagWatGebeurtErmee", "Het advies gaat mee in het raadsvoorstel van maart.")
                .doesNotContainKey("adviesaanvraagToken");
        assertThat(aanvraag(aanvraag).getEndTime()).isNotNull();
        assertThat(variabele(aanvraag, "uitkomst")).isEqualTo("advies ontvangen");
        assertThat(variabele(aanvraag, "adviesZaak")).isEqualTo(adviesZaak.getBusinessKey());
        assertThat(middelen.mails.laatste("adviesaanvraag-advies-ontvangen").aan()).isEqualTo("gebruiker:jan");

        // the request is answered now: a second advice cannot claim it
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("wijkplatform-advies", advies))
                .hasMessageContaining("Adviesaanvraag: geen aanvaarde adviesaanvraag");
    }

    @Test
    void afgewezenAanvraagWordtGeslotenEnDeAanvragerKrijgtDeReden() {
        ProcessInstance aanvraag = vraag();
        beantwoord(aanvraag, "afgewezen", "Dit onderwerp ligt buiten wat onze vrijwilligers nu kunnen dragen.");
        assertThat(aanvraag(aanvraag).getEndTime()).isNotNull();
        assertThat(variabele(aanvraag, "uitkomst")).isEqualTo("afgewezen");
        assertThat(variabele(aanvraag, "reden")).isEqualTo("Dit onderwerp ligt buiten wat onze vrijwilligers nu kunnen dragen.");
        assertThat(middelen.mails.laatste("adviesaanvraag-afgewezen").aan()).isEqualTo("gebruiker:jan");
        assertThat(middelen.mails.sjablonen()).doesNotContain("adviesaanvraag-aanvaard");
    }

    @Test
    void nietBeantwoordWanneerDeGewensteDatumVerstrijkt() {
        ProcessInstance aanvraag = vraag();
        ClockUtil.setCurrentTime(om("2026-12-18T16:55"));
        voerUit();
        assertThat(aanvraag(aanvraag).getEndTime()).isNull();
        ClockUtil.setCurrentTime(om("2026-12-18T17:05"));
        voerUit();
        assertThat(aanvraag(aanvraag).getEndTime()).isNotNull();
        assertThat(variabele(aanvraag, "uitkomst")).isEqualTo("niet beantwoord");
        assertThat(middelen.mails.laatste("adviesaanvraag-niet-beantwoord").aan()).isEqualTo("gebruiker:jan");
    }

    private ProcessInstance vraag() {
        Map<String, Object> start = new HashMap<>();
        start.put("wijk", "west");
        start.put("dienst", "sw");
        start.put("wijkplatform", "Wijkplatform West");
        start.put("platformEmail", "platform-west@example.org");
        start.put("vraag", "Hoe wil de wijk de Kanaalstraat heringericht zien?");
        start.put("achtergrond", "De riolering wordt vervangen; daarna richten we de straat opnieuw in.");
        start.put("gewenstVoor", "2026-12-18");
        start.put("watGebeurtErmee", "Het advies gaat mee in het raadsvoorstel van maart.");
        engine.getIdentityService().setAuthentication("jan", List.of("vakafdeling-sw"));
        try {
            ProcessInstance aanvraag = engine.getRuntimeService().startProcessInstanceByKey("adviesaanvraag", start);
            voerUit();
            return aanvraag;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void beantwoord(ProcessInstance aanvraag, String besluit, String reden) {
        var taak = engine.getTaskService().createTaskQuery().processInstanceId(aanvraag.getId())
                .taskDefinitionKey(AdviesaanvraagVariabelen.TAAK_BEANTWOORDEN).singleResult();
        Map<String, Object> antwoord = new HashMap<>();
        antwoord.put("besluit", besluit);
        antwoord.put("reden", reden);
        engine.getTaskService().complete(taak.getId(), antwoord);
        voerUit();
    }

    private org.camunda.bpm.engine.history.HistoricProcessInstance aanvraag(ProcessInstance aanvraag) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(aanvraag.getId()).singleResult();
    }

    private Object variabele(ProcessInstance zaak, String naam) {
        var v = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(zaak.getId()).variableName(naam).singleResult();
        return v == null ? null : v.getValue();
    }

    private void voerUit() {
        Jobs.voerUitStrikt(engine.getManagementService());
        Voortgang.elkeZaakWachtOpIets(engine);
    }
}
