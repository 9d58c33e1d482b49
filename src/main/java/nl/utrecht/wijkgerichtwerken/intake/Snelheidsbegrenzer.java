package nl.utrecht.wijkgerichtwerken.intake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A per-client limit on the public submissions: at most {@code wijk.intake.max-per-minuut} per client
 * address in any minute; more is refused with 429 and a Retry-After.
 */
@Component
class Snelheidsbegrenzer {

    /** Thrown when a client submitted too much; carries the seconds to wait. */
    static class TeVeelVerzoeken extends RuntimeException {

        final long wachtSeconden;

        TeVeelVerzoeken(long wachtSeconden) {
            super("Te veel aanvragen; probeer het over " + wachtSeconden + " seconden opnieuw.");
            this.wachtSeconden = wachtSeconden;
        }
    }

    private static final long MINUUT = 60_000;

    private final Map<String, Deque<Long>> perClient = new ConcurrentHashMap<>();
    private volatile int maxPerMinuut;

    Snelheidsbegrenzer(@Value("${wijk.intake.max-per-minuut:20}") int maxPerMinuut) {
        this.maxPerMinuut = maxPerMinuut;
    }

    void controleer(String client) {
        long nu = System.currentTimeMillis();
        Deque<Long> momenten = perClient.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (momenten) {
            while (!momenten.isEmpty() && momenten.peekFirst() <= nu - MINUUT) {
                momenten.pollFirst();
            }
            if (momenten.size() >= maxPerMinuut) {
                throw new TeVeelVerzoeken(Math.max(1, (momenten.peekFirst() + MINUUT - nu + 999) / 1000));
            }
            momenten.addLast(nu);
        }
    }

    /** For tests and operations: change the limit at run time. */
    void zetMaximum(int maxPerMinuut) {
        this.maxPerMinuut = maxPerMinuut;
        perClient.clear();
    }
}
