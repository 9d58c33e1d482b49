package nl.utrecht.wijkgerichtwerken.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Job executor throughput on escalations at rung wijk, in the order the terms pass in reality: first
 * the clock passes every term (the reminders go out), then every grace term, timed until each case has
 * escalated by itself to the dienstdirecteuren, and again until every mail of it has gone as well.
 * Runs last, on the full database: the jobs already there are suspended first, so that only each round's
 * own cases have due timers. A smaller warm-up round, then several rounds of the full number, each on a
 * batch of its own; the clock moves back after each round (the next rung's terms, set from the moved clock,
 * are then not due in the next round).
 */
final class Timers {

    private static final Duration MARGE = Duration.ofMinutes(1);

    private final ProcessEngine engine;
    private final Zaken zaken;
    private final Taakuitvoering jobs;
    private final Rapport rapport;

    Timers(ProcessEngine engine, Zaken zaken, Taakuitvoering jobs, Rapport rapport) {
        this.engine = engine;
        this.zaken = zaken;
        this.jobs = jobs;
        this.rapport = rapport;
    }

    /** The figures of one round: seconds for the reminders, until escalated, until all mails went; jobs/s. */
    private record Ronde(double herinneringen, double geescaleerd, double afgerond, double doorvoer) {
    }

    void escaleren(int aantal, int herhalingen) throws Exception {
        jobs.schortBestaandeOp(Belasting.PROCESSEN);
        ronde(Math.max(1, aantal / 10));
        List<Ronde> rondes = new ArrayList<>();
        for (int i = 0; i < herhalingen; i++) {
            rondes.add(ronde(aantal));
        }
        rapport.voegToe("timers", aantal + " termijnen verstreken: herinneringen verstuurd", reeks(rondes, Ronde::herinneringen), "s", null, null);
        Meting.Reeks geescaleerd = reeks(rondes, Ronde::geescaleerd);
        rapport.voegToe("timers", aantal + " respijttermijnen verstreken tot geëscaleerd (taken bij de dienstdirecteuren)", geescaleerd, "s",
                "< 60 s", geescaleerd.mediaan() < 60);
        rapport.voegToe("timers", aantal + " respijttermijnen verstreken tot ook de niveauwisselmails verstuurd", reeks(rondes, Ronde::afgerond), "s", null, null);
        rapport.voegToe("timers", "doorvoer job executor (timers, mails, save points)", reeks(rondes, Ronde::doorvoer), "jobs/s", null, null);
    }

    private static Meting.Reeks reeks(List<Ronde> rondes, java.util.function.ToDoubleFunction<Ronde> figuur) {
        return new Meting.Reeks(rondes.stream().map(r -> figuur.applyAsDouble(r)).toList());
    }

    private Ronde ronde(int aantal) throws Exception {
        CasesysteemBenchmark.schrijfLog(aantal + " escalaties starten voor de timers");
        List<String> escalaties = Belasting.parallel(aantal, zaken::escalatieMetAutomatischEscaleren);
        jobs.werkAf();
        if (tel(escalaties, "Task_OplossenInWijk") != aantal) {
            throw new IllegalStateException("niet alle " + aantal + " escalaties staan op niveau wijk");
        }
        jobs.pauzeer();
        Date begin = ClockUtil.getCurrentTime();
        long jobsVoor = jobs.uitgevoerd();
        Date laatsteTermijn = uiterste("Timer_TermijnWijk", false);
        if (!laatsteTermijn.before(uiterste("Timer_RespijtWijk", true))) {
            throw new IllegalStateException("termijnen en respijttermijnen overlappen: de meting zou ze mengen");
        }
        CasesysteemBenchmark.klokVooruit(Duration.between(begin.toInstant(), laatsteTermijn.toInstant()).plus(MARGE));
        long tijd = System.nanoTime();
        jobs.werkAf();
        double herinneringen = (System.nanoTime() - tijd) / 1e9;

        jobs.pauzeer();
        Date laatsteRespijt = uiterste("Timer_RespijtWijk", false);
        CasesysteemBenchmark.klokVooruit(Duration.between(ClockUtil.getCurrentTime().toInstant(), laatsteRespijt.toInstant()).plus(MARGE));
        tijd = System.nanoTime();
        jobs.hervat();
        while (tel(escalaties, "Task_OplossenInWijk") > 0) {
            Thread.sleep(50);
        }
        double geescaleerd = (System.nanoTime() - tijd) / 1e9;
        jobs.werkAf();
        double afgerond = (System.nanoTime() - tijd) / 1e9;
        double doorvoer = (jobs.uitgevoerd() - jobsVoor) / (herinneringen + afgerond);
        CasesysteemBenchmark.schrijfLog(String.format("herinneringen %.1f s, geëscaleerd %.1f s, mails verstuurd %.1f s, %.0f jobs/s, %d dienstdirecteurtaken, %d mislukte jobs",
                herinneringen, geescaleerd, afgerond, doorvoer, tel(escalaties, "Task_BesluitDienstdirecteur"), jobs.mislukt()));
        // back to where the round began: the next rung's terms were set from the moved clock and are not due
        CasesysteemBenchmark.klokVooruit(Duration.between(ClockUtil.getCurrentTime().toInstant(), begin.toInstant()));
        return new Ronde(herinneringen, geescaleerd, afgerond, doorvoer);
    }

    /** The latest (or earliest) due date of this timer among the active jobs (this round's cases). */
    private Date uiterste(String timer, boolean vroegste) {
        var query = engine.getManagementService().createJobQuery().activityId(timer).active().orderByJobDuedate();
        List<Job> job = (vroegste ? query.asc() : query.desc()).listPage(0, 1);
        return job.get(0).getDuedate();
    }

    private long tel(List<String> zaken, String taak) {
        long aantal = 0;
        for (int i = 0; i < zaken.size(); i += 1000) {
            List<String> deel = zaken.subList(i, Math.min(zaken.size(), i + 1000));
            aantal += engine.getTaskService().createTaskQuery().taskDefinitionKey(taak).processInstanceIdIn(deel.toArray(String[]::new)).count();
        }
        return aantal;
    }
}
