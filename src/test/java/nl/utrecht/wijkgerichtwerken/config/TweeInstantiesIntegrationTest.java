package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

import nl.utrecht.wijkgerichtwerken.AppProces;
import nl.utrecht.wijkgerichtwerken.EmbeddedPostgresDatabase;

/**
 * Two instances of the app, each in its own JVM with its job executor on, share one PostgreSQL: both
 * serve requests, 500 cases wait on a timer, every timer fires exactly once, and when one instance dies
 * in the middle of it the other finishes all the work.
 */
@Tag("eigen-jvm")
class TweeInstantiesIntegrationTest {

    private static final int ZAKEN = 500;
    private static final String PROCES = "test-timer";

    @Test
    void tweeInstantiesDelenDeTimersEnNaDeDoodVanEenMaaktDeAndereHetWerkAf() throws Exception {
        String url = EmbeddedPostgresDatabase.nieuweDatabase();
        JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
        try (AppProces a = AppProces.start("instantie-a", eigenschappen(url, "a"));
             AppProces b = AppProces.start("instantie-b", eigenschappen(url, "b"))) {
            RestTemplate restA = rest(a);
            RestTemplate restB = rest(b);
            deploy(restA);
            assertThat(restB.getForObject("/engine-rest/process-definition/key/" + PROCES, Map.class).get("key"))
                    .as("instance b serves what a deployed").isEqualTo(PROCES);

            long eersteTimer = System.currentTimeMillis() + 20_000;
            for (int i = 0; i < ZAKEN; i++) {
                start(i % 2 == 0 ? restA : restB, i, new Date(eersteTimer + i * 40L));
            }
            // on a loaded machine the first timers may fire before the last case is started: each case waits or is done
            assertThat(tel(database, "select (select count(*) from act_ru_job where handler_type_ = 'timer-intermediate-transition')"
                    + " + (select count(*) from act_hi_procinst where proc_def_key_ = '" + PROCES + "' and end_time_ is not null)"))
                    .as("cases waiting on their timer or done (one snapshot)").isEqualTo(ZAKEN);

            wachtTot(Duration.ofSeconds(90), () -> afgerond(database) >= ZAKEN / 4);
            a.doden();
            long naDood = afgerond(database);
            assertThat(naDood).as("instance a died in the middle of the work").isLessThan(ZAKEN);

            wachtTot(Duration.ofSeconds(120), () -> afgerond(database) == ZAKEN);
        }

        assertThat(tel(database, "select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ = 'Task_Geteld'"
                + " group by proc_inst_id_ having count(*) = 1) eenmaal")).as("cases whose timer fired exactly once").isEqualTo(ZAKEN);
        assertThat(tel(database, "select count(*) from act_hi_actinst where act_id_ = 'Task_Geteld'"))
                .as("timer firings in all").isEqualTo(ZAKEN);
        assertThat(tel(database, "select count(*) from act_ru_job")).as("jobs left").isZero();
        assertThat(tel(database, "select count(*) from act_ru_incident")).as("incidents").isZero();
        List<Map<String, Object>> perInstantie = database.queryForList(
                "select text_ as knooppunt, count(*) as aantal from act_hi_varinst where name_ = 'knooppunt' group by text_");
        assertThat(perInstantie).extracting(r -> r.get("knooppunt")).as("both instances fired timers")
                .containsExactlyInAnyOrder("a", "b");
    }

    private static Map<String, String> eigenschappen(String url, String knooppunt) {
        Map<String, String> eigenschappen = new HashMap<>();
        eigenschappen.put("spring.profiles.active", "test");
        eigenschappen.put("spring.datasource.url", url);
        eigenschappen.put("spring.datasource.username", "postgres");
        eigenschappen.put("spring.datasource.password", "postgres");
        eigenschappen.put("server.port", "0");
        eigenschappen.put("wijk.notificatie.modus", "log");
        eigenschappen.put("wijk.knooppunt", knooppunt);
        eigenschappen.put("camunda.bpm.job-execution.enabled", "true");
        // a dead instance's locked jobs are free again after 15 s (default 5 minutes); idle polling at most every 2 s
        eigenschappen.put("camunda.bpm.job-execution.lock-time-in-millis", "15000");
        eigenschappen.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        eigenschappen.put("camunda.bpm.job-execution.max-wait", "2000");
        return eigenschappen;
    }

    private static RestTemplate rest(AppProces app) {
        return new org.springframework.boot.web.client.RestTemplateBuilder().rootUri(app.url(""))
                .basicAuthentication("demo", "demo").build();
    }

    private static void deploy(RestTemplate rest) {
        String model = Bpmn.convertToString(Bpmn.createExecutableProcess(PROCES)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("Timer_Vervalt").timerWithDate("${vervalt}")
                .serviceTask("Task_Geteld").camundaExpression(
                        "${execution.setVariable('knooppunt', environment.getProperty('wijk.knooppunt'))}")
                .endEvent()
                .done());
        MultiValueMap<String, Object> deel = new LinkedMultiValueMap<>();
        deel.add("deployment-name", PROCES);
        deel.add("data", new ByteArrayResource(model.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return PROCES + ".bpmn";
            }
        });
        assertThat(rest.postForEntity("/engine-rest/deployment/create", deel, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static void start(RestTemplate rest, int nummer, Date vervalt) {
        String datum = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(vervalt);
        Map<String, Object> verzoek = Map.of("businessKey", "TIM-" + nummer,
                "variables", Map.of("vervalt", Map.of("value", datum, "type", "Date")));
        assertThat(rest.postForEntity("/engine-rest/process-definition/key/" + PROCES + "/start", verzoek, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static long afgerond(JdbcTemplate database) {
        return tel(database, "select count(*) from act_hi_procinst where proc_def_key_ = '" + PROCES + "' and end_time_ is not null");
    }

    private static long tel(JdbcTemplate database, String sql) {
        return database.queryForObject(sql, Long.class);
    }

    private static void wachtTot(Duration maximaal, BooleanSupplier voorwaarde) throws InterruptedException {
        long tot = System.nanoTime() + maximaal.toNanos();
        while (!voorwaarde.getAsBoolean()) {
            if (System.nanoTime() > tot) {
                throw new AssertionError("niet binnen " + maximaal + " klaar");
            }
            Thread.sleep(200);
        }
    }
}
