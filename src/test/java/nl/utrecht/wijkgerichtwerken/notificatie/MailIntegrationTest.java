package nl.utrecht.wijkgerichtwerken.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Mails;

/** Mail through a real SMTP server (GreenMail on port 3025): templates, the mode switch, retries. */
@IntegratieTest
class MailIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired Mailer mailer;
    @Autowired NotificatieProperties properties;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;

    @AfterEach
    void standaardModus() {
        properties.setModus(Mailmodus.PRODUCTIE);
        properties.setRedirectAdres("");
        properties.setAllowList(List.of());
    }

    @Test
    void mailHeeftEenNederlandsOnderwerpTekstEnHtmlEnEscaptTekstVanBuiten() throws Exception {
        mailer.verstuur(new Mailbericht(List.of("bewoner@example.org"), "algemeen",
                Map.of("titel", "Uw initiatief is ontvangen", "tekst", "Bedankt <script>alert('x')</script> voor uw initiatief")));

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Uw initiatief is ontvangen");
        assertThat(mail.getFrom()[0].toString()).contains("Gemeente Utrecht");
        assertThat(Mails.tekst(mail)).contains("Bedankt <script>alert('x')</script> voor uw initiatief");
        assertThat(Mails.html(mail)).contains("Bedankt &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void groepEnGebruikerWordenOmgezetInDeAdressenVanDeLeden() {
        List<String> naar = mailer.verstuur(new Mailbericht(List.of("groep:dienstdirecteur-so", "gebruiker:anna", "anna@utrecht.example"),
                "algemeen", Map.of("titel", "Test", "tekst", "Test")));

        assertThat(naar).containsExactlyInAnyOrder("femke@utrecht.example", "anna@utrecht.example");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void redirectStuurtAllesNaarEenAdresEnNoemtDeOorspronkelijkeOntvangers() throws Exception {
        properties.setModus(Mailmodus.REDIRECT);
        properties.setRedirectAdres("test@utrecht.example");

        mailer.verstuur(new Mailbericht(List.of("echte.bewoner@example.org"), "algemeen", Map.of("titel", "T", "tekst", "T")));

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("test@utrecht.example");
        assertThat(mail.getHeader("X-Oorspronkelijke-Ontvangers")[0]).isEqualTo("echte.bewoner@example.org");
    }

    @Test
    void allowListLaatAlleenToegestaneAdressenDoor() {
        properties.setModus(Mailmodus.ALLOW_LIST);
        properties.setAllowList(List.of("@utrecht.example"));

        List<String> naar = mailer.verstuur(new Mailbericht(List.of("iemand@example.org", "anna@utrecht.example"),
                "algemeen", Map.of("titel", "T", "tekst", "T")));

        assertThat(naar).containsExactly("anna@utrecht.example");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void logModusVerstuurtNiets() {
        properties.setModus(Mailmodus.LOG);
        assertThat(mailer.verstuur(new Mailbericht(List.of("anna@utrecht.example"), "algemeen", Map.of("titel", "T", "tekst", "T")))).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void zonderSmtpServerProbeertDeMeldingOpnieuwEnWordtHetEenIncidentDatNaHerstelPreciesEenMailOplevert() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("test-mail")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_Melden").camundaDelegateExpression("${meldingStarten}")
                .camundaInputParameter("sjabloon", "algemeen")
                .camundaInputParameter("aan", "gebruiker:anna")
                .endEvent()
                .done();
        repositoryService.createDeployment().addModelInstance("test-mail.bpmn", model).deploy();
        smtp.stop();
        String zaak = runtimeService.startProcessInstanceByKey("test-mail", "TST-1",
                Map.of("titel", "Storing", "tekst", "Komt deze mail precies één keer aan?", "intern", "niet in de mail")).getId();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(zaak).count())
                .as("the case does not wait for its mail").isZero();
        var melding = runtimeService.createProcessInstanceQuery().processDefinitionKey(MeldingVariabelen.PROCES)
                .processInstanceBusinessKey("TST-1").singleResult();
        assertThat(runtimeService.getVariables(melding.getId())).as("what the template reads, no more")
                .containsEntry("titel", "Storing").containsEntry("sjabloon", "algemeen").containsEntry("aan", "[\"gebruiker:anna\"]")
                .doesNotContainKey("intern");
        int pogingen = 0;
        while (managementService.createJobQuery().processInstanceId(melding.getId()).withRetriesLeft().count() > 0 && pogingen < 10) {
            String job = managementService.createJobQuery().processInstanceId(melding.getId()).singleResult().getId();
            assertThatThrownBy(() -> managementService.executeJob(job)).isNotNull();
            pogingen++;
        }
        assertThat(pogingen).as("tried again per the retry cycle R3/PT1S").isEqualTo(3);
        var job = managementService.createJobQuery().processInstanceId(melding.getId()).singleResult();
        assertThat(job.getRetries()).isZero();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(melding.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(MeldingVariabelen.TAAK_VERSTUREN);

        smtp.start();
        // what "retry" on the incident in Cockpit does: give the job a retry; then it runs
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());
        Jobs.voerUit(managementService);

        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.tekst(m).contains("Komt deze mail precies één keer aan?"))).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(melding.getId()).count()).isZero();
    }
}
