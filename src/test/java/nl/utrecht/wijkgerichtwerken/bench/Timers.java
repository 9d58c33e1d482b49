package nl.utrecht.wijkgerichtwerken.bench;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Job executor throughput: escalations at rung wijk whose term and grace term have passed (the clock
 * moves on), timed until every one has escalated by itself to the dienstdirecteuren and no job is due.
 */
final class Timers {

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

    void escaleren(int aantal) throws Exception {
        CasesysteemBenchmark.schrijfLog(aantal + " escalaties starten voor de timers");
        List<String> escalaties = Belasting.parallel(aantal, zaken::escalatie);
        jobs.werkAf();
        long opWijk = opWijk(escalaties);
        if (opWijk != aantal) {
            throw new IllegalStateException("verwacht " + aantal + " escalaties op niveau wijk, maar " + opWijk);
        }
        // terms are at most 10 werkdagen, the grace term 3 more: after 30 days both timers of every case are due
        CasesysteemBenchmark.klokVooruit(30);
        long due = jobs.uitvoerbaar();
        long begin = System.nanoTime();
        jobs.hervat();
        while (opWijk(escalaties) > 0 || jobs.uitvoerbaar() > 0) {
            Thread.sleep(100);
        }
        double seconden = (System.nanoTime() - begin) / 1e9;
        long bijDirecteur = tel(escalaties, "Task_BesluitDienstdirecteur");
        CasesysteemBenchmark.schrijfLog(due + " jobs due, " + bijDirecteur + " dienstdirecteurtaken, " + jobs.mislukt() + " mislukte jobs");
        rapport.voegToe("timers", aantal + " verstreken termijnen tot geëscaleerd (" + due + " jobs due)", seconden, "s", null,
                "< 60 s", seconden < 60);
        rapport.voegToe("timers", "doorvoer job executor", due / seconden, "jobs/s", null, null, null);
    }

    private long opWijk(List<String> escalaties) {
        return tel(escalaties, "Task_OplossenInWijk");
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
