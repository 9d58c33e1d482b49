package nl.utrecht.wijkgerichtwerken.intake;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Per-client limits on the public submissions (Bucket4j, buckets in the case database so that every instance
 * counts the same): at most {@code wijk.intake.max-per-minuut} accepted submissions and, apart from those,
 * {@code wijk.intake.max-geweigerd-per-minuut} refused ones (400) per client address per minute. The client is
 * the address behind the municipality's trusted reverse proxies (config/Clientadres). More is refused with 429 and
 * a Retry-After.
 */
@Component
class Snelheidsbegrenzer {

    /** Thrown when a client submitted too much; carries the seconds to wait. */
    static class TeVeelVerzoeken extends RuntimeException {

        final long wachtSeconden;

        TeVeelVerzoeken(long wachtSeconden) {
            super("Te veel aanvragen vanaf uw adres; probeer het over " + wachtSeconden + " seconden opnieuw.");
            this.wachtSeconden = wachtSeconden;
        }
    }

    private final ProxyManager<String> emmers;
    private volatile int maxPerMinuut;
    private volatile int maxGeweigerdPerMinuut;
    /** Part of every bucket's key: a changed limit starts with fresh buckets. */
    private volatile String generatie = "1";

    Snelheidsbegrenzer(ProxyManager<String> emmers, @Value("${wijk.intake.max-per-minuut:20}") int maxPerMinuut,
                       @Value("${wijk.intake.max-geweigerd-per-minuut:20}") int maxGeweigerdPerMinuut) {
        this.emmers = emmers;
        this.maxPerMinuut = maxPerMinuut;
        this.maxGeweigerdPerMinuut = maxGeweigerdPerMinuut;
    }

    /** Before a submission: takes one of the client's accepted submissions, or refuses when they are used up. */
    void controleer(String client) {
        ConsumptionProbe probe = emmer("ingediend", client, () -> maxPerMinuut).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TeVeelVerzoeken(seconden(probe.getNanosToWaitForRefill()));
        }
    }

    /** The submission checked by {@link #controleer} was refused after all: it does not count as accepted. */
    void teruggeven(String client) {
        emmer("ingediend", client, () -> maxPerMinuut).addTokens(1);
    }

    /**
     * A refused submission (400, 422) counts against the client's refused ones; when those are used up it is answered
     * with 429 instead of the refusal.
     */
    void geweigerd(String client) {
        ConsumptionProbe probe = emmer("geweigerd", client, () -> maxGeweigerdPerMinuut).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TeVeelVerzoeken(seconden(probe.getNanosToWaitForRefill()));
        }
    }

    /** For tests and operations: change the limits at run time (and start counting afresh). */
    void zetMaximum(int maxPerMinuut, int maxGeweigerdPerMinuut) {
        this.maxPerMinuut = maxPerMinuut;
        this.maxGeweigerdPerMinuut = maxGeweigerdPerMinuut;
        this.generatie = Long.toString(System.nanoTime());
    }

    void zetMaximum(int maxPerMinuut) {
        zetMaximum(maxPerMinuut, maxPerMinuut);
    }

    private BucketProxy emmer(String soort, String client, Supplier<Integer> perMinuut) {
        int maximum = perMinuut.get();
        return emmers.builder().build("intake:" + soort + ":" + generatie + ":" + client, () -> BucketConfiguration.builder()
                .addLimit(limiet -> limiet.capacity(maximum).refillIntervally(maximum, Duration.ofMinutes(1)))
                .build());
    }

    private static long seconden(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }
}
