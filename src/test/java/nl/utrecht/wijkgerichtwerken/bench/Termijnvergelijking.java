package nl.utrecht.wijkgerichtwerken.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Timers of each process against its bare model: a batch of fresh cases (every older job suspended first, so only
 * the batch's timers are due), then the clock passes the first timer (the reminder or term) and then the last (the
 * grace term: for an escalation, up a rung to the dienstdirecteuren), and the job executor works until nothing is
 * due. Reports cases per second through both timers and everything they cause (mails included), and the jobs
 * executed per case (the engine's own metric). The clock goes back after each batch.
 */
final class Termijnvergelijking {

    private static final Duration MARGE = Duration.ofMinutes(1);

    private final ProcessEngine engine;
    private final Zaken zaken;
    private final Taakuitvoering jobs;
    private final Rapport rapport;

    Termijnvergelijking(ProcessEngine engine, Zaken zaken, Taakuitvoering jobs, Rapport rapport) {
        this.engine = engine;
        this.zaken = zaken;
        this.jobs = jobs;
        this.rapport = rapport;
    }

    /** Seconds until the cases had no due job left, until nothing was due at all; jobs per case. */
    private record Uitkomst(double zaakSeconden, double seconden, double jobsPerZaak, long aantal) {
    }

    void meet(List<Vergelijking.Pad> paden, int aantal) throws Exception {
        for (Vergelijking.Pad pad : paden) {
            if (!List.of("escalatie", "wijkplatform-advies", "informatieverzoek").contains(pad.proces())) {
                continue;
            }
            Uitkomst kaal = batch(KaleModellen.sleutel(pad.proces()), aantal, i -> KaleModellen.start(zaken, engine, pad.proces()));
            // the escalation's grace term moves a case up only where its wijkregisseur asked for that at the start
            Uitkomst echt = batch(pad.proces(), aantal, pad.proces().equals("escalatie")
                    ? i -> zaken.escalatieMetAutomatischEscaleren(Zaken.REGISSEUR, i) : pad.echt());
            String wat = pad.proces().equals("escalatie") ? "escalaties (termijn en respijt wijk verstreken, naar de dienstdirecteuren)"
                    : "zaken (waarschuwing en termijn verstreken)";
            rapport.voegToe("timers", pad.proces() + ": " + aantal + " " + wat + ", kaal model", aantal / kaal.seconden(), "zaken/s", null, null, null);
            rapport.voegToe("timers", pad.proces() + ": " + aantal + " " + wat + ", echt proces, tot de zaken op hun volgende stap staan",
                    aantal / echt.zaakSeconden(), "zaken/s", null, null, null);
            rapport.voegToe("timers", pad.proces() + ": " + aantal + " " + wat + ", echt proces, tot ook de meldingen verstuurd zijn",
                    aantal / echt.seconden(), "zaken/s", null, null, null);
            double ratio = kaal.seconden() / echt.zaakSeconden();
            rapport.voegToe("timers", pad.proces() + ": echt t.o.v. kaal (zaken op hun volgende stap)", ratio, "×", null, ">= 0.7×", ratio >= 0.7);
            rapport.voegToe("timers", pad.proces() + ": echt t.o.v. kaal (met de meldingen)", kaal.seconden() / echt.seconden(), "×", null, null, null);
            rapport.voegToe("timers", pad.proces() + ": jobs per zaak, kaal model", kaal.jobsPerZaak(), "jobs", null, null, null);
            rapport.voegToe("timers", pad.proces() + ": jobs per zaak, echt proces (timers, meldingen, save points)", echt.jobsPerZaak(), "jobs", null, null, null);
        }
    }

    private Uitkomst batch(String sleutel, int aantal, java.util.function.IntFunction<String> start) throws Exception {
        jobs.werkAf();
        List<String> alle = new ArrayList<>(List.of(Belasting.PROCESSEN));
        alle.addAll(List.of(KaleModellen.sleutels()));
        jobs.schortBestaandeOp(alle.toArray(String[]::new));
        CasesysteemBenchmark.schrijfLog(aantal + " zaken " + sleutel + " starten voor de timers");
        Belasting.parallel(aantal, i -> start.apply(3_000_000 + i));
        jobs.werkAf();
        jobs.pauzeer();
        Date begin = ClockUtil.getCurrentTime();
        long jobsVoor = jobs.uitgevoerd();
        double seconden = 0;
        double zaakSeconden = 0;
        // first the earliest timer's activity (reminder, term), then the rest (grace term)
        Job eerste = timers(sleutel).orderByJobDuedate().asc().listPage(0, 1).get(0);
        String eersteActiviteit = engine.getManagementService().createJobDefinitionQuery()
                .jobDefinitionId(eerste.getJobDefinitionId()).singleResult().getActivityId();
        for (String activiteit : new String[] {eersteActiviteit, null}) {
            var query = timers(sleutel);
            if (activiteit != null) {
                query.activityId(activiteit);
            }
            List<Job> laatste = query.orderByJobDuedate().desc().listPage(0, 1);
            if (laatste.isEmpty()) {
                continue;
            }
            CasesysteemBenchmark.klokVooruit(Duration.between(ClockUtil.getCurrentTime().toInstant(), laatste.get(0).getDuedate().toInstant()).plus(MARGE));
            long tijd = System.nanoTime();
            jobs.hervat();
            while (engine.getManagementService().createJobQuery().processDefinitionKey(sleutel).executable().active().count() > 0) {
                Thread.sleep(20);
            }
            zaakSeconden += (System.nanoTime() - tijd) / 1e9;
            jobs.werkAf();
            seconden += (System.nanoTime() - tijd) / 1e9;
            jobs.pauzeer();
        }
        double perZaak = (double) (jobs.uitgevoerd() - jobsVoor) / aantal;
        long dienstdirecteur = engine.getTaskService().createTaskQuery().processDefinitionKey(sleutel)
                .taskDefinitionKey("Task_BesluitDienstdirecteur").count();
        CasesysteemBenchmark.schrijfLog(String.format("%s: zaken %.1f s, met meldingen %.1f s, %.1f jobs per zaak, %d dienstdirecteurtaken, %d mislukte jobs",
                sleutel, zaakSeconden, seconden, perZaak, dienstdirecteur, jobs.mislukt()));
        CasesysteemBenchmark.klokVooruit(Duration.between(ClockUtil.getCurrentTime().toInstant(), begin.toInstant()));
        jobs.hervat();
        return new Uitkomst(zaakSeconden, seconden, perZaak, aantal);
    }

    private org.camunda.bpm.engine.runtime.JobQuery timers(String sleutel) {
        return engine.getManagementService().createJobQuery().processDefinitionKey(sleutel).timers().active();
    }
}
