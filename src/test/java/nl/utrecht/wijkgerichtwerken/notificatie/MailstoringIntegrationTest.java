package nl.utrecht.wijkgerichtwerken.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Mails;

/**
 * A mail outage on real cases: while the SMTP server is down, advice and escalations are still taken in
 * and worked on; their mails (each a {@code melding} of the case's business key) try again per the retry
 * cycle and then stand as Cockpit incidents of the melding, not of the case; once
 * SMTP is back and the incidents are retried, every mail arrives exactly once.
 */
@IntegratieTest
class MailstoringIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;

    @Test
    void zakenLopenDoorTijdensEenMailstoringEnNaHerstelKomtElkeMailPreciesEenKeerAan() {
        smtp.stop();
        JsonNode advies = rest.postForObject("/api/adviezen", Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", "Mailstoring", "soort", "gevraagd", "adviespunten", List.of("Blijft het advies lopen?"),
                "betrokkenen", "Werkgroep", "draagvlak", "Wijkavond", "contactEmail", "oost@example.org"), JsonNode.class);
        String adviesnummer = advies.get("zaaknummer").asText();
        String adviesId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(adviesnummer).processDefinitionKey("wijkplatform-advies").singleResult().getId();
        String escalatieId = startEscalatie();
        String escalatienummer = runtimeService.createProcessInstanceQuery().processInstanceId(escalatieId).singleResult().getBusinessKey();

        List<String> meldingen = meldingen(adviesnummer, escalatienummer);
        assertThat(meldingen).as("one melding per mail: the receipt and the start mail").hasSize(2);

        int pogingen = probeerTotIncident(meldingen);

        assertThat(pogingen).as("three tries per mail step (retry cycle R3/PT1S)").isEqualTo(2 * 3);
        List<Incident> incidenten = incidenten(meldingen.toArray(String[]::new));
        assertThat(incidenten).extracting(Incident::getActivityId)
                .containsExactly(MeldingVariabelen.TAAK_VERSTUREN, MeldingVariabelen.TAAK_VERSTUREN);
        assertThat(incidenten).extracting(i -> runtimeService.getVariable(i.getProcessInstanceId(), MeldingVariabelen.SJABLOON))
                .containsExactlyInAnyOrder("advies-ontvangen", "escalatie-gestart");
        assertThat(incidenten(adviesId, escalatieId)).as("the cases themselves have no incident").isEmpty();
        assertThat(incidenten).allSatisfy(i -> {
            assertThat(i.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            assertThat(i.getIncidentMessage()).isNotBlank();
        });
        // the cases go on: the wijkbureau registers the advice, the wijkregisseur has his escalation task
        assertThat(taskService.createTaskQuery().processInstanceId(escalatieId).taskDefinitionKey("Task_OplossenInWijk").count()).isOne();
        taskService.complete(taskService.createTaskQuery().processInstanceId(adviesId).taskDefinitionKey("Task_AdviesRegistreren")
                .singleResult().getId(), Map.of("dienst", "so", "afsprakenVervolg", "Bespreken op de wijkavond"));
        Jobs.voerUit(managementService);
        assertThat(taskService.createTaskQuery().processInstanceId(adviesId).taskDefinitionKey("Task_ReactieSchrijven").count()).isOne();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        smtp.start();
        // what "Retry" on the incidents in Cockpit does: give each failed job a retry; the job executor runs it
        for (Incident incident : incidenten) {
            managementService.setJobRetries(incident.getConfiguration(), 1);
            managementService.executeJob(incident.getConfiguration());
        }
        Jobs.voerUitStrikt(managementService);
        Jobs.voerUitStrikt(managementService);

        assertThat(incidenten(meldingen.toArray(String[]::new))).isEmpty();
        assertThat(ontvangen("Uw advies is ontvangen: " + adviesnummer)).as("receipt to the platform").isEqualTo(1);
        assertThat(ontvangen("Escalatie " + escalatienummer + " gestart: Mailstoring"))
                .as("one delivery each to anna, femke and gert").isEqualTo(3);
        assertThat(managementService.createJobQuery().processInstanceIds(Set.copyOf(meldingen)).list())
                .as("no mail step left to run").isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(Set.copyOf(meldingen)).count())
                .as("every melding has ended").isZero();
        // the history of a melding (config/Historie): the instance, its envelope (the status page reads the status step) and the failed tries
        // (next to the incident); no activity instances, variable details or log of the try that went well
        for (String melding : meldingen) {
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(melding).finished().count()).isOne();
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(melding).list())
                    .extracting(v -> v.getName()).as("only the envelope: no copies of the case's values")
                    .contains(MeldingVariabelen.SJABLOON, MeldingVariabelen.AAN, MeldingVariabelen.ZAAKPROCES)
                    .allMatch(naam -> List.of(MeldingVariabelen.SJABLOON, MeldingVariabelen.AAN, MeldingVariabelen.ZAAKPROCES,
                            MeldingVariabelen.STATUSSTAP).contains(naam));
            assertThat(historyService.createHistoricJobLogQuery().processInstanceId(melding).failureLog().count())
                    .as("the three failed tries").isEqualTo(3);
            assertThat(historyService.createHistoricJobLogQuery().processInstanceId(melding).successLog().count()).isZero();
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(melding).count()).isZero();
            assertThat(historyService.createHistoricDetailQuery().processInstanceId(melding).count()).isZero();
        }
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(adviesId).count())
                .as("the case keeps its full history (the timeline reads it)").isPositive();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(adviesId).count()).isPositive();
    }

    private int probeerTotIncident(List<String> zaken) {
        int pogingen = 0;
        for (int ronde = 0; ronde < 10; ronde++) {
            List<Job> klaar = managementService.createJobQuery().processInstanceIds(Set.copyOf(zaken))
                    .withRetriesLeft().list().stream().filter(this::isMailstap).toList();
            if (klaar.isEmpty()) {
                return pogingen;
            }
            for (Job job : klaar) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException verwacht) {
                    pogingen++;
                }
            }
        }
        return pogingen;
    }

    private List<Incident> incidenten(String... zaken) {
        return Arrays.stream(zaken).flatMap(zaak -> runtimeService.createIncidentQuery().processInstanceId(zaak).list().stream()).toList();
    }

    private boolean isMailstap(Job job) {
        String activiteit = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
        return MeldingVariabelen.TAAK_VERSTUREN.equals(activiteit);
    }

    private List<String> meldingen(String... zaaknummers) {
        return Arrays.stream(zaaknummers).flatMap(nummer -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MeldingVariabelen.PROCES).processInstanceBusinessKey(nummer).list().stream())
                .map(p -> p.getId()).toList();
    }

    private long ontvangen(String onderwerp) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.onderwerp(m).equals(onderwerp)).count();
    }

    private String startEscalatie() {
        Map<String, Object> start = new HashMap<>(Map.of("titel", "Mailstoring", "wijk", "oost", "diensten", List.of("so", "sw"),
                "knelpunt", "De mailserver ligt eruit", "urgentie", "normaal"));
        identityService.setAuthentication("anna", List.of("wijkregisseur", "wijk-oost"));
        try {
            return runtimeService.startProcessInstanceByKey("escalatie", start).getId();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
