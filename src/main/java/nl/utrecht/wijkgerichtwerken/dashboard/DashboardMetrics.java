package nl.utrecht.wijkgerichtwerken.dashboard;

import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/**
 * The dashboard's figures as gauges for {@code /actuator/prometheus}: open cases per process, wijk (and per
 * process, dienst) and bucket, and the 90-day figures. Every gauge reads a {@link DashboardMomentopname} that is
 * recomputed from the database when older than a few seconds, so a scrape never sees state that drifted.
 */
@Component
class DashboardMetrics implements MeterBinder {

    private final DashboardMomentopname momentopname;
    private final Organisatie organisatie;

    DashboardMetrics(DashboardMomentopname momentopname, Organisatie organisatie) {
        this.momentopname = momentopname;
        this.organisatie = organisatie;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String proces : OpenZakenQuery.PROCESSEN) {
            for (String bak : OpenZaken.BAKKEN) {
                for (String wijk : organisatie.wijken()) {
                    gauge(registry, "wijk.open.zaken", "Open zaken per proces, wijk en termijnstatus",
                            m -> m.perWijk(proces, wijk, bak), "proces", proces, "wijk", wijk, "termijnstatus", bak);
                }
                for (String dienst : organisatie.diensten()) {
                    gauge(registry, "wijk.open.zaken.dienst", "Open zaken per proces, dienst en termijnstatus",
                            m -> m.perDienst(proces, dienst, bak), "proces", proces, "dienst", dienst, "termijnstatus", bak);
                }
            }
        }
        gauge(registry, "wijk.adviesreacties.op.tijd.ratio", "Aandeel adviesreacties op tijd verstuurd (90 dagen)",
                m -> ratio(m.scrapeKengetallen().adviesreactiesOpTijd()));
        gauge(registry, "wijk.initiatieven.op.tijd.ratio", "Aandeel initiatieven binnen de termijn beantwoord (90 dagen)",
                m -> ratio(m.scrapeKengetallen().initiatievenOpTijd()));
        for (String niveau : Kengetallen.NIVEAUTAKEN.values()) {
            gauge(registry, "wijk.escalatie.niveau.mediaan.werkdagen", "Mediaan werkdagen per escalatieniveau (90 dagen)",
                    m -> m.mediaan(niveau), "niveau", niveau);
        }
        // no count of escalations per wijk: seed 004, "Het is niet zinvol te gaan tellen ... hoeveel interventies de
        // wijkmanager heeft gedaan"; the wijkregisseur's interventions are no performance figure (issue 20 item 7)
        gauge(registry, "wijk.evaluatie.score.gemiddeld", "Gemiddelde evaluatiescore van initiatieven (90 dagen)",
                m -> m.scrapeKengetallen().evaluaties().gemiddelde() == null ? Double.NaN : m.scrapeKengetallen().evaluaties().gemiddelde());
    }

    private void gauge(MeterRegistry registry, String naam, String omschrijving,
                       ToDoubleFunction<DashboardMomentopname> waarde, String... tags) {
        Gauge.builder(naam, momentopname, waarde).description(omschrijving).tags(tags).register(registry);
    }

    private static double ratio(Kengetallen.Aandeel aandeel) {
        return aandeel.totaal() == 0 ? Double.NaN : (double) aandeel.opTijd() / aandeel.totaal();
    }
}
