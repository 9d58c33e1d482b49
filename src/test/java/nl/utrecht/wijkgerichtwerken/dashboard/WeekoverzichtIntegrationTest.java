package nl.utrecht.wijkgerichtwerken.dashboard;

import static nl.utrecht.wijkgerichtwerken.dashboard.DashboardTestZaken.klok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.Datumgevoelig;
import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Mails;

/**
 * The weekly digest on GreenMail: the wijkregisseur whose escalation task is nearly overdue on Monday gets one mail
 * with a link to the task, a second run in the same week sends nothing, and a mail server that stays down ends in
 * an incident.
 */
@IntegratieTest
@Datumgevoelig
class WeekoverzichtIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired org.camunda.bpm.engine.HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired Weekoverzicht weekoverzicht;

    private DashboardTestZaken zaken;

    @BeforeEach
    void zaken() {
        zaken = new DashboardTestZaken(rest, runtimeService, taskService, managementService);
    }

    @AfterEach
    void opruimen() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(Weekoverzicht.PROCES).list()
                .forEach(p -> zaken.registreer(p.getId()));
        zaken.ruimOp();
    }

    @Test
    void wieWerkHeeftDatBijnaTeLaatIsKrijgtEenWeekoverzichtMetLinksEenKeerPerWeek() throws Exception {
        klok("2026-02-02T10:00");
        DashboardTestZaken.Zaak zaak = zaken.escalatie("anna", "leidsche-rijn", "Speelveld Terwijde"); // due 16 Feb
        smtp.reset();

        klok("2026-02-16T07:00"); // Monday, the deadline's day
        List<String> ingepland = weekoverzicht.plan();
        assertThat(ingepland).contains("anna");
        mailWeekoverzichten();

        List<MimeMessage> aanKarim = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> ontvangers(m).contains("anna@utrecht.example")).toList();
        assertThat(aanKarim).hasSize(1);
        MimeMessage mail = aanKarim.get(0);
        assertThat(Mails.onderwerp(mail)).startsWith("Weekoverzicht: ").contains("bijna te laat");
        String tekst = Mails.tekst(mail);
        assertThat(tekst).startsWith("Beste Anna,").contains(zaak.zaaknummer()).contains("Speelveld Terwijde")
                .contains("maandag 16 februari 2026 (Bijna te laat)")
                .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + zaken.taak(zaak));
        assertThat(Mails.html(mail)).contains("href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task="
                + zaken.taak(zaak) + "\"");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("WKO-2026-W08-anna")
                .processDefinitionKey(Weekoverzicht.PROCES).count()).isOne();

        klok("2026-02-18T07:00");
        assertThat(weekoverzicht.plan()).as("already sent this week, also by another instance").doesNotContain("anna");
        mailWeekoverzichten();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> ontvangers(m).contains("anna@utrecht.example")))
                .hasSize(1);
    }

    @Test
    void eenMailserverDieNietAntwoordtEindigtInEenIncident() {
        klok("2026-01-05T10:00");
        zaken.escalatie("anna", "leidsche-rijn", "Bomen Parkwijk"); // due 19 Jan
        klok("2026-01-26T07:00");
        assertThat(weekoverzicht.plan()).contains("anna");
        ProcessInstance overzicht = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("WKO-2026-W05-anna").singleResult();
        smtp.stop();
        try {
            for (int poging = 0; poging < 10; poging++) {
                Job job = managementService.createJobQuery().processInstanceId(overzicht.getId()).singleResult();
                if (job.getRetries() == 0) {
                    break;
                }
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException verwacht) {
                    // the mail step fails and is retried later
                }
            }
            Incident incident = runtimeService.createIncidentQuery().processInstanceId(overzicht.getId()).singleResult();
            assertThat(incident).as("after its retries the digest is an incident in Cockpit").isNotNull();
            assertThat(incident.getActivityId()).isEqualTo("Task_WeekoverzichtVersturen");
        } finally {
            smtp.start();
        }
    }

    private void mailWeekoverzichten() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(Weekoverzicht.PROCES).list()
                .forEach(p -> zaken.voerJobsUit(p.getId()));
    }

    private static List<String> ontvangers(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
