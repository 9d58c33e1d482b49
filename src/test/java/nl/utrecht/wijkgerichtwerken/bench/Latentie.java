package nl.utrecht.wijkgerichtwerken.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** p50/p95/p99 of a read over many calls after a warm-up, with a time budget per figure for slow reads. */
final class Latentie {

    private static final int OPWARMEN = 5;
    private static final int METINGEN = 100;
    /** Slow reads get fewer calls: at least {@link #MINSTENS}, then more while within this budget. */
    private static final long BUDGET_NANOS = Long.getLong("bench.leesbudget", 30) * 1_000_000_000L;
    private static final int MINSTENS = 20;

    private Latentie() {
    }

    /** Adds p50, p95 (goal under 150 ms) and p99 to the report; returns the median. */
    static double meet(Rapport rapport, String onderdeel, String meting, Supplier<?> vraag) {
        long eerste = System.nanoTime();
        vraag.get();
        long eersteNanos = System.nanoTime() - eerste;
        boolean snel = eersteNanos < 1_000_000_000L;
        // a read of seconds: a few calls are enough to show it misses the goal
        int minstens = eersteNanos > 2_000_000_000L ? 5 : MINSTENS;
        for (int i = 1; snel && i < OPWARMEN; i++) {
            vraag.get();
        }
        List<Double> tijden = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < METINGEN && (i < minstens || System.nanoTime() - start < BUDGET_NANOS); i++) {
            long begin = System.nanoTime();
            vraag.get();
            tijden.add(Meting.millis(System.nanoTime() - begin));
        }
        double p95 = Meting.percentiel(tijden, 95);
        rapport.voegToe(onderdeel, meting + " p50 (n=" + tijden.size() + ")", Meting.percentiel(tijden, 50), "ms", null, null, null);
        rapport.voegToe(onderdeel, meting + " p95", p95, "ms", null, "< 150 ms", p95 < 150);
        rapport.voegToe(onderdeel, meting + " p99", Meting.percentiel(tijden, 99), "ms", null, null, null);
        return Meting.percentiel(tijden, 50);
    }
}
