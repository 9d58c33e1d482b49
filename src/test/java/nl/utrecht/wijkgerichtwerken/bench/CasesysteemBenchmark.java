package nl.utrecht.wijkgerichtwerken.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.utrecht.wijkgerichtwerken.EmbeddedPostgresDatabase;
import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;
import nl.utrecht.wijkgerichtwerken.zaak.Zoekteksten;

/**
 * The benchmark of issues 9 and 17, one run on embedded PostgreSQL: startup; case starts, task completions and
 * timers of each process against its bare model of the same shape on the same engine and database
 * ({@link Vergelijking}, {@link Termijnvergelijking}); timer throughput; and the reads people wait for (dashboard,
 * click-through list, every role's Tasklist filters, case list and case file) at 10,000 and 100,000 open cases; documents
 * up and down ({@link Documentenronde}). Scale with
 * {@code -Dbench.groot=100000 -Dbench.klein=10000 -Dbench.timers=10000 -Dbench.documenten=200} (the defaults).
 * Run: {@code ./mvnw -Pbench verify}; report in {@code target/bench/}.
 */
class CasesysteemBenchmark {

    private static final int KLEIN = Integer.getInteger("bench.klein", 10_000);
    private static final int GROOT = Integer.getInteger("bench.groot", 100_000);
    private static final int TIMERS = Integer.getInteger("bench.timers", 10_000);
    /** Open cases made through the processes themselves; the rest of the way to KLEIN and GROOT is copies. */
    private static final int ECHT = Integer.getInteger("bench.echt", KLEIN);
    private static final int REEKS = Integer.getInteger("bench.reeks", 200);
    private static final int HERHALINGEN = Integer.getInteger("bench.herhalingen", 5);
    private static final int OPSTARTS = Integer.getInteger("bench.opstarts", 3);
    private static final int TIMERRONDES = Integer.getInteger("bench.timerrondes", 3);
    /** Cases per batch in the timer comparison with the bare models. */
    private static final int VERGELIJKING = Integer.getInteger("bench.vergelijking", 1000);
    /** {@code -Dbench.alleen=dashboard} skips startup, throughput and timers (to look at the dashboard alone). */
    private static final boolean ALLEEN_DASHBOARD = "dashboard".equals(System.getProperty("bench.alleen"));
    /** {@code -Dbench.alleen=timers} measures the timers alone (to try job executor settings). */
    private static final boolean ALLEEN_TIMERS = "timers".equals(System.getProperty("bench.alleen"));
    /** {@code -Dbench.alleen=vergelijking} measures the processes against their bare models alone. */
    private static final boolean ALLEEN_VERGELIJKING = "vergelijking".equals(System.getProperty("bench.alleen"));
    /** {@code -Dbench.alleen=termijnen} measures the timers of each process against their bare models alone. */
    private static final boolean ALLEEN_TERMIJNEN = "termijnen".equals(System.getProperty("bench.alleen"));
    /** {@code -Dbench.alleen=documenten} measures the documents round alone ({@link Documentenronde}). */
    private static final boolean ALLEEN_DOCUMENTEN = "documenten".equals(System.getProperty("bench.alleen"));
    /** Files uploaded and downloaded, and their size in MB. */
    private static final int DOCUMENTEN = Integer.getInteger("bench.documenten", 200);
    private static final int DOCUMENTGROOTTE = Integer.getInteger("bench.documentgrootte", 4);

    private final Rapport rapport = new Rapport();

    @Test
    void meet() throws Exception {
        rapport.omgeving("schaal", Map.of("klein", KLEIN, "groot", GROOT, "timers", TIMERS, "reeks", REEKS, "herhalingen", HERHALINGEN, "timerrondes", TIMERRONDES, "vergelijking", VERGELIJKING, "echt", ECHT));
        if (!ALLEEN_DASHBOARD && !ALLEEN_TIMERS && !ALLEEN_DOCUMENTEN && !ALLEEN_VERGELIJKING && !ALLEEN_TERMIJNEN && OPSTARTS > 0) {
            opstarten();
        }
        String url = EmbeddedPostgresDatabase.nieuweDatabase();
        try (ConfigurableApplicationContext app = start(url)) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            Taakuitvoering jobs = new Taakuitvoering((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
            Zaken zaken = new Zaken(engine, poort(app));
            zaken.richtIn();
            if (ALLEEN_TIMERS) {
                new Timers(engine, zaken, jobs, rapport).escaleren(TIMERS, TIMERRONDES);
                return;
            }
            Documentenronde documenten = new Documentenronde(engine, zaken, rapport, poort(app));
            if (ALLEEN_DOCUMENTEN) {
                documenten.meet(DOCUMENTEN, DOCUMENTGROOTTE);
                return;
            }
            KaleModellen.richtIn(engine);
            if (!ALLEEN_DASHBOARD) {
                Vergelijking vergelijking = new Vergelijking(engine, zaken, jobs, rapport, REEKS, HERHALINGEN)
                        .metRijtelling(new Rijtelling(app.getBean(JdbcTemplate.class)));
                if (!ALLEEN_TERMIJNEN) {
                    vergelijking.starten();
                    vergelijking.afhandelen();
                }
                new Termijnvergelijking(engine, zaken, jobs, rapport).meet(vergelijking.paden(), VERGELIJKING);
                verwijderKaleZaken(engine);
                if (ALLEEN_VERGELIJKING || ALLEEN_TERMIJNEN) {
                    return;
                }
            }
            Dashboardlatentie latentie = new Dashboardlatentie(engine, zaken, rapport, app);
            Belasting belasting = new Belasting(engine, zaken, jobs);
            belasting.totOpen(ECHT);
            // the engine makes ~15 cases/s here: the rest of the way to KLEIN and GROOT is copies of these real cases
            Vermenigvuldiging kopie = new Vermenigvuldiging(app.getBean(JdbcTemplate.class), app.getBean(Zoekteksten.class));
            long echt = belasting.open();
            int kleinFactor = (int) Math.ceil((double) KLEIN / echt);
            if (kleinFactor > 1) {
                jobs.pauzeer();
                kopie.kopieer(1, kleinFactor - 1);
                jobs.hervat();
            }
            if (!Boolean.getBoolean("bench.alleenGroot")) {
                latentie.meet(belasting.open(), belasting.gesloten());
            }
            int factor = (int) Math.ceil((double) GROOT / echt);
            jobs.pauzeer();
            kopie.kopieer(kleinFactor, factor - 1);
            jobs.hervat();
            rapport.omgeving("kopieën", echt + " echte open zaken (en evenveel gesloten) via de processen; voor de " + KLEIN
                    + "-meting elke zaak " + kleinFactor + "×, voor de " + GROOT + "-meting " + factor
                    + "× (SQL-kopie van runtime- en historierijen), zie Vermenigvuldiging.java");
            latentie.meet(belasting.open(), belasting.gesloten());
            Geheugen.meet(rapport, belasting.open());
            if (!ALLEEN_DASHBOARD) {
                documenten.meet(DOCUMENTEN, DOCUMENTGROOTTE);
                // last: the rounds add open cases, and on the full database, as in production
                new Timers(engine, zaken, jobs, rapport).escaleren(TIMERS, TIMERRONDES);
            }
        } finally {
            ClockUtil.reset();
            rapport.schrijf(Path.of("target", "bench"));
        }
    }

    private static int poort(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    /** The bare models' cases would otherwise sit in the officials' Tasklist filters while the reads are timed. */
    private static void verwijderKaleZaken(ProcessEngine engine) {
        for (String sleutel : KaleModellen.sleutels()) {
            java.util.List<String> ids = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(sleutel)
                    .list().stream().map(p -> p.getId()).toList();
            if (!ids.isEmpty()) {
                engine.getRuntimeService().deleteProcessInstances(ids, "benchmark: kaal model", true, true);
            }
        }
    }

    private void opstarten() throws Exception {
        Meting.Reeks embedded = Meting.herhaal(1, OPSTARTS, Opstarttijd::embedded);
        rapport.voegToe("opstarten", "tot Tasklist klaar, embedded default (H2, demo-gebruikers)", embedded, "s",
                "< 20 s", embedded.mediaan() < 20);
        Meting.Reeks postgres = Meting.herhaal(1, OPSTARTS, () -> Opstarttijd.postgres(EmbeddedPostgresDatabase.nieuweDatabase()));
        rapport.voegToe("opstarten", "tot Tasklist klaar, profiel postgres", postgres, "s", "< 20 s", postgres.mediaan() < 20);
    }

    private static ConfigurableApplicationContext start(String url) {
        // as command-line arguments: they win over application-postgres.yaml's environment placeholders
        return new SpringApplicationBuilder(WijkgerichtWerkenApplication.class).profiles("postgres").run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--camunda.bpm.admin-user.password=bench-beheerder", "--server.port=0", "--wijk.notificatie.modus=log",
                "--wijk.intake.max-per-minuut=100000000", "--logging.level.nl.utrecht.wijkgerichtwerken.notificatie=warn",
                "--logging.level.org.camunda.bpm.engine.context=off", "--logging.level.org.camunda.bpm.engine.jobexecutor=off");
    }

    /** Moves the engine's clock (timers, due dates, the filters' now()) by the given number of days. */
    static void klokVooruit(int dagen) {
        klokVooruit(Duration.ofDays(dagen));
    }

    static void klokVooruit(Duration duur) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duur)));
    }

    static void schrijfLog(String tekst) {
        System.out.println("[bench] " + Instant.now() + " " + tekst);
    }
}
