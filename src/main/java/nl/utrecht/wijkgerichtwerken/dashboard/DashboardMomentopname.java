package nl.utrecht.wijkgerichtwerken.dashboard;

import java.time.Duration;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as served to Cockpit, {@code /api/dashboard} and Prometheus: computed from the database
 * on first use and reused for {@code wijk.dashboard.geldigheid} (10 s; 0 computes at every call), so many managers
 * and the many gauges of one scrape cost two queries, and nothing is kept that could drift from the engine's data.
 */
@Component
class DashboardMomentopname {

    /** The many gauges of one Prometheus scrape share one computation. */
    private static final long SCRAPE_NANOS = Duration.ofSeconds(10).toNanos();

    private final long geldigNanos;
    private final OpenZaken openZaken;
    private final Kengetallen kengetallen;
    private OpenZaken.Overzicht zaken;
    private Kengetallen.Overzicht cijfers;
    private long zakenGemaakt;
    private long cijfersGemaakt;

    DashboardMomentopname(OpenZaken openZaken, Kengetallen kengetallen,
                          @Value("${wijk.dashboard.geldigheid:PT10S}") Duration geldigheid) {
        this.openZaken = openZaken;
        this.kengetallen = kengetallen;
        this.geldigNanos = geldigheid.toNanos();
    }

    double perWijk(String proces, String wijk, String bak) {
        return zaken(SCRAPE_NANOS).rijen().stream().filter(r -> proces.equals(r.proces()) && wijk.equals(r.wijk()))
                .mapToLong(r -> r.aantallen().getOrDefault(bak, 0L)).sum();
    }

    double perDienst(String proces, String dienst, String bak) {
        return zaken(SCRAPE_NANOS).rijen().stream().filter(r -> proces.equals(r.proces()) && dienst.equals(r.dienst()))
                .mapToLong(r -> r.aantallen().getOrDefault(bak, 0L)).sum();
    }

    double mediaan(String niveau) {
        return kengetallen(SCRAPE_NANOS).escalatieNiveaus().stream().filter(n -> niveau.equals(n.niveau()))
                .map(Kengetallen.NiveauDuur::mediaanWerkdagen).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).findFirst().orElse(Double.NaN);
    }

    double escalatiesInWijk(String wijk) {
        return kengetallen(SCRAPE_NANOS).escalatiesPerWijk().stream().filter(a -> wijk.equals(a.code()))
                .mapToLong(Kengetallen.Aantal::aantal).sum();
    }

    /** For Cockpit and the API: no older than {@code wijk.dashboard.geldigheid}. */
    OpenZaken.Overzicht zaken() {
        return zaken(geldigNanos);
    }

    /** For Cockpit and the API: no older than {@code wijk.dashboard.geldigheid}. */
    Kengetallen.Overzicht kengetallen() {
        return kengetallen(geldigNanos);
    }

    /** For the gauges of one Prometheus scrape. */
    Kengetallen.Overzicht scrapeKengetallen() {
        return kengetallen(SCRAPE_NANOS);
    }

    private synchronized OpenZaken.Overzicht zaken(long maximaleOuderdom) {
        if (zaken == null || System.nanoTime() - zakenGemaakt >= maximaleOuderdom) {
            zaken = openZaken.overzicht();
            zakenGemaakt = System.nanoTime();
        }
        return zaken;
    }

    private Kengetallen.Overzicht kengetallen(long maximaleOuderdom) {
        // its own lock: the slower history figures never hold up the open cases
        synchronized (kengetallen) {
            if (cijfers == null || System.nanoTime() - cijfersGemaakt >= maximaleOuderdom) {
                cijfers = kengetallen.overzicht();
                cijfersGemaakt = System.nanoTime();
            }
            return cijfers;
        }
    }
}
