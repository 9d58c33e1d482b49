package nl.utrecht.wijkgerichtwerken.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements: warm-up first, then the median of the repetitions with their spread. */
final class Meting {

    /** One measurement that can be repeated; returns its figure. */
    @FunctionalInterface
    interface Herhaalbaar {
        double meet() throws Exception;
    }

    /** The figures of the repetitions, and their median, minimum and maximum. */
    record Reeks(List<Double> waarden) {
        double mediaan() {
            return percentiel(waarden, 50);
        }

        double min() {
            return Collections.min(waarden);
        }

        double max() {
            return Collections.max(waarden);
        }
    }

    private Meting() {
    }

    static Reeks herhaal(int opwarmen, int herhalingen, Herhaalbaar meting) throws Exception {
        for (int i = 0; i < opwarmen; i++) {
            meting.meet();
        }
        List<Double> waarden = new ArrayList<>();
        for (int i = 0; i < herhalingen; i++) {
            waarden.add(meting.meet());
        }
        return new Reeks(waarden);
    }

    /** Nearest-rank percentile of the values (p in 0..100). */
    static double percentiel(List<Double> waarden, double p) {
        List<Double> gesorteerd = new ArrayList<>(waarden);
        Collections.sort(gesorteerd);
        int rang = (int) Math.ceil(p / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(0, Math.min(gesorteerd.size() - 1, rang - 1)));
    }

    /** Per second, from a count and the nanoseconds it took. */
    static double perSeconde(int aantal, long nanos) {
        return aantal / (nanos / 1e9);
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
