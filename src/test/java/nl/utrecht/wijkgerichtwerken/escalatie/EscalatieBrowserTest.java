package nl.utrecht.wijkgerichtwerken.escalatie;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.browser.Browser;
import nl.utrecht.wijkgerichtwerken.browser.Tasklist;

/**
 * In the real Tasklist: the wijkregisseur starts an escalation with the start form (beginning at the
 * dienstdirecteur, with a reason) and convenes an interventieteam from its case file, the dienstdirecteur finds the
 * task, claims it and decides.
 */
@IntegratieTest
class EscalatieBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;

    @Test
    void wijkregisseurStartEenEscalatieInTasklistEnDeDienstdirecteurBesluitErover() {
        String titel = "Speeltuin Oog in Al " + System.nanoTime();
        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login(baseUrl(), "anna", "demo");
            tasklist.startProces("Escalatie");
            tasklist.vulVeld("Titel", titel);
            tasklist.kiesOptie("Wijk", "Oost");
            tasklist.kiesOptie("Betrokken diensten", "StadsOntwikkeling");
            tasklist.vulVeld("Knelpunt", "De speeltuin is al maanden afgesloten; niemand pakt het op.");
            tasklist.kiesOptie("Beginnen bij", "Dienstdirecteur(en)");
            tasklist.vulVeld("Reden om niveaus over te slaan", "Het wijkoverleg heeft dit al twee keer besproken.");
            browser.screenshot("escalatie-startformulier");
            tasklist.start();

            // the case file offers anna, its wijkregisseur, her instruments: here the interventieteam (issue 20)
            String nummer = browser.wachtTot(d -> runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie")
                    .variableValueEquals("titel", titel).list().stream().findFirst().map(ProcessInstance::getBusinessKey).orElse(null));
            browser.open(baseUrl() + "/zaken/" + nummer);
            browser.klik(By.xpath("//details[contains(@class,'wijk-escalatieacties-item')]/summary[normalize-space(.)='Interventieteam bijeenroepen']"));
            assertThat(browser.zichtbaar(By.xpath("//form[contains(@class,'wijk-interventieteam')]//label[normalize-space(.)='StadsOntwikkeling']/input"))
                    .isSelected()).as("the case's own diensten are ticked").isTrue();
            browser.klik(By.cssSelector("form.wijk-interventieteam .wijk-interventieteam-knop"));
            String weigering = browser.wachtTot(d -> {
                var fout = d.findElements(By.cssSelector("form.wijk-interventieteam [data-veld='opdracht']"));
                return fout.isEmpty() || fout.get(0).getText().isEmpty() ? null : fout.get(0).getText();
            });
            assertThat(weigering).as("the refusal next to the field").isEqualTo("dit veld is verplicht");
            browser.zichtbaar(By.cssSelector("form.wijk-interventieteam textarea[name='opdracht']"))
                    .sendKeys("Binnen een week de speeltuin keuren en openen");
            browser.klik(By.cssSelector("form.wijk-interventieteam .wijk-interventieteam-knop"));
            String bevestiging = browser.wachtTot(d -> {
                var melding = d.findElements(By.cssSelector(".wijk-escalatieactiesmelding"));
                return melding.isEmpty() || melding.get(0).getText().isEmpty() ? null : melding.get(0).getText();
            });
            browser.screenshot("escalatie-interventieteam-bijeengeroepen");
            assertThat(bevestiging).startsWith("Het interventieteam is bijeengeroepen. Een taak voor de bijdrage staat klaar bij StadsOntwikkeling (uiterlijk");
        }

        ProcessInstance zaak = runtimeService.createProcessInstanceQuery().processDefinitionKey("escalatie")
                .variableValueEquals("titel", titel).singleResult();
        assertThat(zaak).as("escalation started from the Tasklist form").isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey("Task_BijdrageInterventieteamLeveren")
                .taskCandidateGroup("vakafdeling-so").count()).as("the team's task for SO").isOne();
        assertThat(zaak.getBusinessKey()).startsWith("ESC-");
        Jobs.voerUit(managementService);
        assertThat(runtimeService.getVariable(zaak.getId(), "niveau")).isEqualTo("dienstdirecteur");
        assertThat(runtimeService.getVariable(zaak.getId(), "wijkregisseur")).isEqualTo("anna");

        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login(baseUrl(), "femke", "demo");
            tasklist.kiesFilter("Taken van mijn groepen");
            assertThat(tasklist.taken()).anyMatch(t -> t.contains(zaak.getBusinessKey()));
            tasklist.openTaak(zaak.getBusinessKey());
            tasklist.claim();
            tasklist.kiesOptie("Besluit", "Opgelost");
            tasklist.vulVeld("Toelichting", "StadsOntwikkeling neemt de regie over de speeltuin.");
            tasklist.vulVeld("Afspraken", "SO laat de speeltuin voor 1 maart keuren en heropenen.");
            browser.screenshot("escalatie-besluit-dienstdirecteur");
            tasklist.voltooi();
            // what happens next, in Dutch, once the case has moved on (the test runs the jobs the job executor would)
            Jobs.voerUit(managementService);
            String[] gezien = {"(geen melding)"};
            try {
                browser.wachtTot(d -> {
                    var melding = d.findElements(org.openqa.selenium.By.cssSelector(".wijk-vervolgmelding"));
                    gezien[0] = melding.isEmpty() ? "(geen melding)" : melding.get(0).getText();
                    return gezien[0].contains("afgesloten") ? gezien[0] : null;
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                // the assertion below says what was shown instead
            }
            String vervolg = gezien[0];
            browser.screenshot("escalatie-na-voltooien");
            assertThat(vervolg).contains("Afgerond. De zaak " + zaak.getBusinessKey() + " is hiermee afgesloten.");
        }

        Jobs.voerUit(managementService);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(zaak.getId()).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(zaak.getId())
                .activityInstanceIdIn(zaak.getId()).variableName("uitkomst").singleResult().getValue()).isEqualTo("opgelost");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(zaak.getId())
                .activityInstanceIdIn(zaak.getId()).variableName("eindniveau").singleResult().getValue())
                .isEqualTo("dienstdirecteur");
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getSubject())
                .contains("Besluit over escalatie " + zaak.getBusinessKey() + ": " + titel);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
