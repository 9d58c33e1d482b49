package nl.utrecht.wijkgerichtwerken.escalatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;

/**
 * The dienstdirecteuren of one escalation decide at the same moment: every decision arrives, no user
 * sees an OptimisticLockingException, and the jobs that join the decisions, run side by side as two job
 * executor threads would, lose nothing either.
 */
@IntegratieTest
class GelijktijdigBeslissenIntegrationTest {

    private static final List<String> DIENSTEN = List.of("so", "sw", "dmo", "ggd", "veiligheid");
    private static final int RONDES = 4;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;

    private final ExecutorService draden = Executors.newFixedThreadPool(DIENSTEN.size());

    @AfterEach
    void stop() {
        draden.shutdownNow();
    }

    @Test
    void alleDienstdirecteurenTegelijkOpgelostSluitDeZaakMetElkBesluit() throws Exception {
        for (int ronde = 0; ronde < RONDES; ronde++) {
            String zaak = startBijDeDienstdirecteuren();
            List<String> fouten = beslisTegelijk(zaak, dienst -> "opgelost");
            voerJobsTegelijkUit();

            assertThat(fouten).as("what the dienstdirecteuren saw").isEmpty();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(zaak).count()).isZero();
            assertThat(historisch(zaak, "uitkomst")).isEqualTo("opgelost");
            assertThat(historisch(zaak, "eindniveau")).isEqualTo("dienstdirecteur");
            String afspraken = (String) historisch(zaak, "afspraken");
            for (String dienst : DIENSTEN) {
                assertThat(afspraken).as("afspraken of every dienst").contains("Afspraak van " + dienst);
            }
        }
    }

    @Test
    void eenDienstdirecteurDieTegelijkEscaleertStuurtDeZaakEenKeerNaarDeWijkgarage() throws Exception {
        for (int ronde = 0; ronde < RONDES; ronde++) {
            String zaak = startBijDeDienstdirecteuren();
            List<String> fouten = beslisTegelijk(zaak, dienst -> dienst.equals("ggd") ? "escaleren" : "opgelost");
            voerJobsTegelijkUit();

            assertThat(fouten).as("what the dienstdirecteuren saw").isEmpty();
            assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("wijkgarage");
            assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BesluitWijkgarage").count())
                    .as("exactly one wijkgarage task").isOne();
            String toelichting = (String) runtimeService.getVariable(zaak, "toelichting");
            for (String dienst : DIENSTEN) {
                assertThat(toelichting).as("every dienst's decision reached the rung's decision")
                        .contains("Toelichting van " + dienst).doesNotContain("geen besluit");
            }
            assertThat(toelichting).contains("(escaleren): Toelichting van ggd");
            runtimeService.deleteProcessInstance(zaak, "test");
        }
    }

    private String startBijDeDienstdirecteuren() {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("titel", "Gelijktijdig besluiten");
        variabelen.put("wijk", "oost");
        variabelen.put("diensten", DIENSTEN);
        variabelen.put("knelpunt", "Alle diensten wachten op elkaar");
        variabelen.put("urgentie", "hoog");
        variabelen.put("startNiveau", "dienstdirecteur");
        variabelen.put("redenOverslaan", "Het wijkoverleg liep al vast");
        identityService.setAuthentication("anna", List.of("wijkregisseur", "wijk-oost"));
        String zaak;
        try {
            zaak = runtimeService.startProcessInstanceByKey("escalatie", variabelen).getId();
        } finally {
            identityService.clearAuthentication();
        }
        Jobs.voerUitStrikt(managementService);
        assertThat(taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BesluitDienstdirecteur")
                .count()).isEqualTo(DIENSTEN.size());
        return zaak;
    }

    /** Every dienstdirecteur completes his task in his own thread, released at the same moment. */
    private List<String> beslisTegelijk(String zaak, java.util.function.Function<String, String> besluit) throws Exception {
        List<Task> taken = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("Task_BesluitDienstdirecteur").list();
        CyclicBarrier tegelijk = new CyclicBarrier(taken.size());
        ConcurrentLinkedQueue<String> fouten = new ConcurrentLinkedQueue<>();
        List<Future<?>> klaar = new ArrayList<>();
        for (Task taak : taken) {
            String dienst = (String) taskService.getVariable(taak.getId(), "dienst");
            klaar.add(draden.submit(() -> {
                identityService.setAuthentication("directeur-" + dienst, List.of("dienstdirecteur-" + dienst));
                try {
                    Map<String, Object> variabelen = new HashMap<>();
                    variabelen.put("besluit", besluit.apply(dienst));
                    variabelen.put("toelichting", "Toelichting van " + dienst);
                    variabelen.put("afspraken", "Afspraak van " + dienst);
                    tegelijk.await(10, TimeUnit.SECONDS);
                    taskService.complete(taak.getId(), variabelen);
                } catch (Exception e) {
                    fouten.add(dienst + ": " + e);
                } finally {
                    identityService.clearAuthentication();
                }
            }));
        }
        for (Future<?> f : klaar) {
            f.get(30, TimeUnit.SECONDS);
        }
        return new ArrayList<>(fouten);
    }

    /**
     * Runs the due jobs in two threads at once, as two job executor threads (or two instances) would; a
     * job that hits an OptimisticLockingException is run again, as the job executor does without using
     * up a retry. Any other failure fails the test.
     */
    private void voerJobsTegelijkUit() throws Exception {
        for (int ronde = 0; ronde < 50; ronde++) {
            List<Job> jobs = managementService.createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            CyclicBarrier tegelijk = new CyclicBarrier(Math.min(jobs.size(), 2));
            List<Future<?>> klaar = new ArrayList<>();
            for (Job job : jobs.subList(0, Math.min(jobs.size(), 2))) {
                klaar.add(draden.submit(() -> {
                    try {
                        tegelijk.await(10, TimeUnit.SECONDS);
                        managementService.executeJob(job.getId());
                    } catch (OptimisticLockingException e) {
                        // the job stays and runs again in the next round
                    } catch (Exception e) {
                        throw new IllegalStateException("job " + job.getId() + " mislukt", e);
                    }
                    return null;
                }));
            }
            for (Future<?> f : klaar) {
                f.get(30, TimeUnit.SECONDS);
            }
        }
        throw new AssertionError("er blijven jobs klaarstaan");
    }

    private Object historisch(String zaak, String naam) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(zaak).activityInstanceIdIn(zaak)
                .variableName(naam)
                .singleResult().getValue();
    }
}
