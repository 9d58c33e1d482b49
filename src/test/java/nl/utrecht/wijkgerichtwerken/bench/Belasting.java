package nl.utrecht.wijkgerichtwerken.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Fills the database through the processes themselves: open cases (escalations at rung wijk and, two in five
 * of all, escalations passed on to the dienstdirecteuren; advice waiting to be registered, initiatives waiting
 * for contact) and as many closed ones as there are open ones (escalations solved in the wijk), two at a time,
 * with the job executor sending their mails meanwhile.
 */
final class Belasting {

    static final String[] PROCESSEN = {"escalatie", "wijkplatform-advies", "initiatief", "informatieverzoek"};
    private static final int DRADEN = 2;

    @FunctionalInterface
    interface Stap {
        String voer(int i) throws Exception;
    }

    private final ProcessEngine engine;
    private final Zaken zaken;
    private final Taakuitvoering jobs;
    private final AtomicInteger teller = new AtomicInteger(1_000_000);

    Belasting(ProcessEngine engine, Zaken zaken, Taakuitvoering jobs) {
        this.engine = engine;
        this.zaken = zaken;
        this.jobs = jobs;
    }

    /** At least {@code doel} open cases, and as many closed ones as there are open ones then. */
    void totOpen(int doel) throws Exception {
        jobs.hervat();
        long open = open();
        long gesloten = gesloten();
        CasesysteemBenchmark.schrijfLog("belasting: " + open + " open, " + gesloten + " gesloten; doel " + doel);
        // one start of each kind first, alone: organisatie/Zaaknummers takes a year's first number of a prefix in a
        // transaction nested in another on its pool of two, so two threads starting the first cases at once wait for
        // each other's connection until the pool times out (30 s) and both starts fail
        zaken.escalatie(Zaken.REGISSEUR, teller.incrementAndGet());
        zaken.advies(teller.incrementAndGet());
        zaken.initiatief(teller.incrementAndGet());
        open = open();
        int erbijOpen = (int) Math.max(0, doel - open);
        int erbijGesloten = (int) Math.max(0, open + erbijOpen - gesloten);
        long begin = System.nanoTime();
        for (int blok = 0; blok < Math.max(erbijOpen, erbijGesloten); blok += 5_000) {
            int open1 = Math.max(0, Math.min(5_000, erbijOpen - blok));
            int gesloten1 = Math.max(0, Math.min(5_000, erbijGesloten - blok));
            // two in five open cases are escalations the wijkregisseur has passed on to the dienstdirecteuren
            int naarDirecteur = open1 * 2 / 5;
            List<String> teEscaleren = parallel(naarDirecteur, i -> zaken.escalatie(Zaken.REGISSEUR, teller.incrementAndGet()));
            parallel(open1 - naarDirecteur, i -> {
                int n = teller.incrementAndGet();
                return switch (n % 3) {
                    case 1 -> zaken.advies(n);
                    case 2 -> zaken.initiatief(n);
                    default -> zaken.escalatie(n);
                };
            });
            List<String> teSluiten = parallel(gesloten1, i -> zaken.escalatie(Zaken.REGISSEUR, teller.incrementAndGet()));
            // the wijk task follows the async start mail
            jobs.werkAf();
            parallel(gesloten1, i -> {
                zaken.werk(teSluiten.get(i), "Task_OplossenInWijk", Zaken.REGISSEUR, Zaken.opgelost());
                return null;
            });
            parallel(naarDirecteur, i -> {
                zaken.werk(teEscaleren.get(i), "Task_OplossenInWijk", Zaken.REGISSEUR, Zaken.escaleren());
                return null;
            });
            CasesysteemBenchmark.schrijfLog("belasting: +" + (blok + Math.max(open1, gesloten1)) + " in "
                    + (System.nanoTime() - begin) / 1_000_000_000 + " s");
        }
        jobs.werkAf();
        CasesysteemBenchmark.schrijfLog("belasting klaar: " + open() + " open, " + gesloten() + " gesloten, " + jobs.mislukt() + " mislukte jobs");
    }

    long open() {
        RuntimeService runtime = engine.getRuntimeService();
        return runtime.createProcessInstanceQuery().processDefinitionKeyIn(PROCESSEN).count();
    }

    long gesloten() {
        HistoryService history = engine.getHistoryService();
        return history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(PROCESSEN).finished().count();
    }

    /** Runs the step {@code aantal} times on two threads; returns what each run returned. */
    static List<String> parallel(int aantal, Stap stap) throws Exception {
        ExecutorService draden = Executors.newFixedThreadPool(DRADEN);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                int n = i;
                futures.add(draden.submit(() -> stap.voer(n)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : futures) {
                ids.add(f.get());
            }
            return ids;
        } finally {
            draden.shutdownNow();
        }
    }
}
