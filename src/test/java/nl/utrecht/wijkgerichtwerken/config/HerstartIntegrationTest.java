package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.HistoryService;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.client.RestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import nl.utrecht.wijkgerichtwerken.AppProces;
import nl.utrecht.wijkgerichtwerken.EmbeddedPostgresDatabase;
import nl.utrecht.wijkgerichtwerken.TestProcessen;
import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;
import nl.utrecht.wijkgerichtwerken.zaak.Uploads;

/**
 * The process state survives restarts: a graceful restart on an H2 file, and an app killed in the middle of
 * its work (a JVM of its own, destroyed without shutdown) on an H2 file and on PostgreSQL; so do the documents.
 */
@Tag("eigen-jvm")
class HerstartIntegrationTest {

    @TempDir
    Path map;

    @Test
    void zaakMetTaakEnVariabelenOverleeftEenHerstart() {
        String url = h2Bestand(map);
        String zaak;
        try (ConfigurableApplicationContext app = start(url)) {
            String key = TestProcessen.eenTaakVoorGroep(app.getBean(RepositoryService.class), "test-herstart", "wijkregisseur");
            ProcessInstance instance = app.getBean(RuntimeService.class)
                    .startProcessInstanceByKey(key, "TST-2026-000001", Map.of("titel", "Speeltuin Oosterspoorplein"));
            zaak = instance.getId();
        }

        try (ConfigurableApplicationContext app = start(url)) {
            RuntimeService runtimeService = app.getBean(RuntimeService.class);
            TaskService taskService = app.getBean(TaskService.class);
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(zaak).singleResult();
            assertThat(instance).isNotNull();
            assertThat(instance.getBusinessKey()).isEqualTo("TST-2026-000001");
            assertThat(runtimeService.getVariable(zaak, "titel")).isEqualTo("Speeltuin Oosterspoorplein");
            Task taak = taskService.createTaskQuery().processInstanceId(zaak).singleResult();
            assertThat(taak.getName()).isEqualTo("Zaak behandelen");

            taskService.complete(taak.getId());
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(zaak).count()).isZero();
        }
    }

    /**
     * On the embedded default's H2 file a document is kept too, by the database and not by the running app: uploaded
     * to a case, the app killed, and after the restart the same bytes come back (a file of three parts in
     * wijk_document_deel).
     */
    @Test
    void eenGedodeAppOpEenH2BestandVerliestGeenZaakTaakTimerVariabeleOfDocumentEnDeTimersGaanDaarnaAf() throws Exception {
        nietsVerlorenNaEenCrash("h2", Map.of("spring.datasource.url", h2Bestand(map)), true);
    }

    @Test
    void eenGedodeAppOpPostgresqlVerliestGeenZaakTaakTimerOfVariabeleEnDeTimersGaanDaarnaAf() throws Exception {
        nietsVerlorenNaEenCrash("postgres", Map.of("spring.datasource.url", EmbeddedPostgresDatabase.nieuweDatabase(),
                "spring.datasource.username", "postgres", "spring.datasource.password", "postgres"), false);
    }

    /**
     * Escalations at rest (a task, two timers, their variables) and escalations whose async mail steps are
     * running when the app is killed: after the restart the first are exactly as they were, the second all
     * exist and go on, and once the clock passes the terms every timer fires once.
     */
    private void nietsVerlorenNaEenCrash(String naam, Map<String, String> database, boolean metDocument) throws Exception {
        Map<String, String> eigenschappen = new HashMap<>(database);
        eigenschappen.put("spring.profiles.active", "test");
        eigenschappen.put("server.port", "0");
        eigenschappen.put("wijk.notificatie.modus", "log");
        eigenschappen.put("camunda.bpm.job-execution.enabled", "true");
        eigenschappen.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        eigenschappen.put("camunda.bpm.job-execution.max-wait", "2000");
        Set<String> rustig = new TreeSet<>();
        Set<String> onderweg = new TreeSet<>();
        Zaakstand voor;
        byte[] inhoud = Uploads.pdf(600_000);
        String zaaknummer = null;
        String document = null;
        try (AppProces app = AppProces.start("herstart-" + naam, eigenschappen)) {
            RestTemplate anna = rest(app.url(""), "anna");
            for (int i = 0; i < 5; i++) {
                rustig.add(startEscalatie(anna, "Voor de crash " + i));
            }
            RestTemplate demo = rest(app.url(""), "demo");
            wachtTot(() -> demo.getForObject("/engine-rest/task/count?taskDefinitionKey=Task_OplossenInWijk&processInstanceIdIn="
                    + String.join(",", rustig),
                    JsonNode.class).get("count").asInt() == rustig.size());
            voor = Zaakstand.lees(demo, rustig);
            if (metDocument) {
                zaaknummer = demo.getForObject("/engine-rest/process-instance/" + rustig.iterator().next(), JsonNode.class)
                        .get("businessKey").asText();
                document = anna.postForObject("/api/zaken/" + zaaknummer + "/documenten",
                        Uploads.multipart(Uploads.bestand("Offerte.pdf", inhoud)), JsonNode.class).get(0).get("id").asText();
            }
            for (int i = 0; i < 20; i++) {
                onderweg.add(startEscalatie(anna, "Tijdens de crash " + i));
            }
            app.doden();
        }
        assertThat(voor.aantal("taken")).as("oplossen in de wijk").isEqualTo(5);
        assertThat(voor.aantal("timers")).isEqualTo(10);

        List<String> argumenten = new ArrayList<>();
        eigenschappen.forEach((sleutel, waarde) -> argumenten.add("--" + sleutel + "=" + waarde));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WijkgerichtWerkenApplication.class)
                .run(argumenten.toArray(String[]::new))) {
            int poort = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(Zaakstand.lees(rest("http://localhost:" + poort, "demo"), rustig)).isEqualTo(voor);
            RuntimeService runtimeService = app.getBean(RuntimeService.class);
            TaskService taskService = app.getBean(TaskService.class);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(onderweg).count()).isEqualTo(onderweg.size());
            if (metDocument) {
                RestTemplate anna = rest("http://localhost:" + poort, "anna");
                JsonNode documenten = anna.getForObject("/api/zaken/" + zaaknummer, JsonNode.class).get("documenten");
                assertThat(documenten).hasSize(1);
                assertThat(documenten.get(0).get("naam").asText()).isEqualTo("Offerte.pdf");
                assertThat(documenten.get(0).get("door").asText()).isEqualTo("anna");
                assertThat(anna.getForObject("/api/zaken/" + zaaknummer + "/documenten/" + document, byte[].class))
                        .as("the same bytes after the restart").isEqualTo(inhoud);
            }

            // the dead app's job locks run out (5 minutes) and its half-done steps run again
            ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofMinutes(6).toMillis()));
            wachtTot(() -> taskService.createTaskQuery().processInstanceIdIn(onderweg.toArray(String[]::new))
                    .taskDefinitionKey("Task_OplossenInWijk").count() == onderweg.size());

            // past the term every case's reminder fires; past the respijt every case moves up to its dienstdirecteuren
            Set<String> alle = new TreeSet<>(rustig);
            alle.addAll(onderweg);
            HistoryService historyService = app.getBean(HistoryService.class);
            ClockUtil.setCurrentTime(naLaatste(runtimeService, alle, "termijnDatum"));
            wachtTot(() -> historyService.createHistoricActivityInstanceQuery().activityId("Timer_TermijnWijk").count() == alle.size());
            ClockUtil.setCurrentTime(naLaatste(runtimeService, alle, "escalatieDatum"));
            wachtTot(() -> taskService.createTaskQuery().processInstanceIdIn(alle.toArray(String[]::new))
                    .taskDefinitionKey("Task_BesluitDienstdirecteur").count() == 2L * alle.size());
            for (String timer : List.of("Timer_TermijnWijk", "Timer_RespijtWijk")) {
                assertThat(historyService.createHistoricActivityInstanceQuery().activityId(timer).finished().count())
                        .as(timer + " fired once per case").isEqualTo(alle.size());
            }
            for (String zaak : alle) {
                assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("dienstdirecteur");
            }
        } finally {
            ClockUtil.reset();
        }
    }

    /** The embedded default's H2 URL from application.yaml, with all its options, in the given folder. */
    private static String h2Bestand(Path map) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        String url = yaml.getObject().getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/");
        return url.replace("./data/", map.toAbsolutePath() + "/");
    }

    private static String startEscalatie(RestTemplate wijkregisseur, String titel) {
        return wijkregisseur.postForObject("/engine-rest/process-definition/key/escalatie/start",
                Map.of("variables", escalatie(titel)), JsonNode.class).get("id").asText();
    }

    private static Map<String, Object> escalatie(String titel) {
        return Map.of(
                "titel", Map.of("value", titel),
                "wijk", Map.of("value", "oost"),
                "diensten", Map.of("value", "[\"so\",\"sw\"]", "type", "Json"),
                "knelpunt", Map.of("value", "SO en SW wachten op elkaar"),
                "urgentie", Map.of("value", "normaal"),
                "automatischEscaleren", Map.of("value", true));
    }

    /** A minute after the latest value of a date variable over the cases. */
    private static Date naLaatste(RuntimeService runtimeService, Set<String> zaken, String variabele) {
        long laatste = zaken.stream().mapToLong(zaak -> ((Date) runtimeService.getVariable(zaak, variabele)).getTime()).max().orElseThrow();
        return new Date(laatste + 60_000);
    }

    private static RestTemplate rest(String basis, String gebruiker) {
        return new RestTemplateBuilder().rootUri(basis).basicAuthentication(gebruiker, "demo").build();
    }

    private static void wachtTot(BooleanSupplier voorwaarde) throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!voorwaarde.getAsBoolean()) {
            if (System.nanoTime() > tot) {
                throw new AssertionError("niet binnen een minuut klaar");
            }
            Thread.sleep(200);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // command-line arguments: they win over application-test.yaml (default properties would not)
        return new SpringApplicationBuilder(WijkgerichtWerkenApplication.class)
                .run("--spring.profiles.active=test", "--spring.datasource.url=" + url, "--server.port=0");
    }
}
