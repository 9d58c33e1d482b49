package nl.utrecht.wijkgerichtwerken.dashboard;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as served to Cockpit, {@code /api/dashboard} and Prometheus. They are computed from the
 * database and reused for {@code wijk.dashboard.geldigheid} (10 s); a request that finds them older gets them as they
 * are and starts a recomputation in the background, so no manager waits for the queries (seconds at 100,000 open
 * cases) except the very first after startup. The click-through lists filter a snapshot of every case's leading task. With geldigheid 0 (tests) every call computes afresh, in the request.
 * Nothing is kept that could drift from the engine's data for longer than one recomputation.
 */
@Component
class DashboardMomentopname {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardMomentopname.class);
    /** The many gauges of one Prometheus scrape share one computation. */
    private static final long SCRAPE_NANOS = Duration.ofSeconds(10).toNanos();

    private final long geldigNanos;
    private final Snapshot<OpenZaken.Overzicht> zaken;
    private final Snapshot<Kengetallen.Overzicht> cijfers;
    private final Snapshot<OpenZaken.Leidende> leidend;
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dashboard-momentopname");
        thread.setDaemon(true);
        return thread;
    });

    DashboardMomentopname(OpenZaken openZaken, Kengetallen kengetallen,
                          @Value("${wijk.dashboard.geldigheid:PT10S}") Duration geldigheid) {
        this.geldigNanos = geldigheid.toNanos();
        this.zaken = new Snapshot<>(openZaken::overzicht);
        this.cijfers = new Snapshot<>(kengetallen::overzicht);
        this.leidend = new Snapshot<>(openZaken::leidende);
    }

    double perWijk(String proces, String wijk, String bak) {
        return zaken.lees(SCRAPE_NANOS).rijen().stream().filter(r -> proces.equals(r.proces()) && wijk.equals(r.wijk()))
                .mapToLong(r -> r.aantallen().getOrDefault(bak, 0L)).sum();
    }

    double perDienst(String proces, String dienst, String bak) {
        return zaken.lees(SCRAPE_NANOS).rijen().stream().filter(r -> proces.equals(r.proces()) && dienst.equals(r.dienst()))
                .mapToLong(r -> r.aantallen().getOrDefault(bak, 0L)).sum();
    }

    double mediaan(String niveau) {
        return cijfers.lees(SCRAPE_NANOS).escalatieNiveaus().stream().filter(n -> niveau.equals(n.niveau()))
                .map(Kengetallen.NiveauDuur::mediaanWerkdagen).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).findFirst().orElse(Double.NaN);
    }

    /** For Cockpit and the API: recomputed in the background once older than {@code wijk.dashboard.geldigheid}. */
    OpenZaken.Overzicht zaken() {
        return zaken.lees(geldigNanos);
    }

    /** For Cockpit and the API: recomputed in the background once older than {@code wijk.dashboard.geldigheid}. */
    Kengetallen.Overzicht kengetallen() {
        return cijfers.lees(geldigNanos);
    }

    /**
     * Every open case's leading task and its bucket, for the click-through lists ({@link OpenZaken#zaken}): recomputed
     * in the background once older than {@code wijk.dashboard.geldigheid}, so a list is never slower than a scan in
     * memory.
     */
    OpenZaken.Leidende leidend() {
        return leidend.lees(geldigNanos);
    }

    /** For the gauges of one Prometheus scrape. */
    Kengetallen.Overzicht scrapeKengetallen() {
        return cijfers.lees(SCRAPE_NANOS);
    }

    @PreDestroy
    void stop() {
        achtergrond.shutdownNow();
    }

    /** One set of figures: the last computed, and at most one recomputation under way. */
    private final class Snapshot<T> {

        private final Supplier<T> berekening;
        private final AtomicBoolean bezig = new AtomicBoolean();
        private volatile T waarde;
        private volatile long gemaakt;

        Snapshot(Supplier<T> berekening) {
            this.berekening = berekening;
        }

        T lees(long maximaleOuderdom) {
            T huidig = waarde;
            if (maximaleOuderdom == 0 || huidig == null) {
                return bereken();
            }
            if (System.nanoTime() - gemaakt >= maximaleOuderdom && bezig.compareAndSet(false, true)) {
                achtergrond.execute(() -> {
                    try {
                        bereken();
                    } catch (RuntimeException e) {
                        LOG.warn("Dashboardcijfers niet bijgewerkt (de vorige blijven staan): {}", e.toString());
                    } finally {
                        bezig.set(false);
                    }
                });
            }
            return huidig;
        }

        private synchronized T bereken() {
            T nieuw = berekening.get();
            waarde = nieuw;
            gemaakt = System.nanoTime();
            return nieuw;
        }
    }
}
