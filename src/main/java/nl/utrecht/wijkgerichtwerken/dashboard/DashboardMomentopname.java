package nl.utrecht.wijkgerichtwerken.dashboard;

import java.time.Duration;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The dashboard's figures for one Prometheus scrape: computed from the database on first use and reused for a
 * few seconds, so the many gauges of one scrape cost two queries and nothing is kept that could drift.
 */
@Component
class DashboardMomentopname {

    private static final long GELDIG_NANOS = Duration.ofSeconds(10).toNanos();

    private final OpenZaken openZaken;
    private final Kengetallen kengetallen;
    private OpenZaken.Overzicht zaken;
    private Kengetallen.Overzicht cijfers;
    private long gemaakt;

    DashboardMomentopname(OpenZaken openZaken, Kengetallen kengetallen) {
        this.openZaken = openZaken;
        this.kengetallen = kengetallen;
    }

    double perWijk(String proces, String wijk, String bak) {
        return zaken().rijen().stream().filter(r -> proces.equals(r.proces()) && wijk.equals(r.wijk()))
                .mapToLong(r -> r.aantallen().getOrDefault(bak, 0L)).sum();
    }

    double perDienst(String proces, String dienst, String bak) {
        return zaken().rijen().stream().filter(r -> proces.equals(r.proces()) && dienst.equals(r.dienst()))
                .mapToLong(r -> r.aantallen().getOrDefault(bak, 0L)).sum();
    }

    double mediaan(String niveau) {
        return kengetallen().escalatieNiveaus().stream().filter(n -> niveau.equals(n.niveau()))
                .map(Kengetallen.NiveauDuur::mediaanWerkdagen).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).findFirst().orElse(Double.NaN);
    }

    double escalatiesInWijk(String wijk) {
        return kengetallen().escalatiesPerWijk().stream().filter(a -> wijk.equals(a.code()))
                .mapToLong(Kengetallen.Aantal::aantal).sum();
    }

    synchronized OpenZaken.Overzicht zaken() {
        ververs();
        return zaken;
    }

    synchronized Kengetallen.Overzicht kengetallen() {
        ververs();
        return cijfers;
    }

    private void ververs() {
        if (zaken == null || System.nanoTime() - gemaakt > GELDIG_NANOS) {
            zaken = openZaken.overzicht();
            cijfers = kengetallen.overzicht();
            gemaakt = System.nanoTime();
        }
    }
}
