package nl.utrecht.wijkgerichtwerken.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import nl.utrecht.wijkgerichtwerken.notificatie.NotificatieProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Termijnstatus;

/**
 * Open cases per process × wijk × dienst × rung (or step) in the buckets of {@link Termijnbakken}, and the cases
 * behind one count with links to Cockpit and Tasklist. Computed from the engine's runtime tables; served through
 * {@link DashboardMomentopname}.
 */
@Service
class OpenZaken {

    static final List<String> BAKKEN = Arrays.stream(Termijnstatus.values()).map(Termijnstatus::code).toList();

    record Telling(String proces, String procesNaam, String wijk, String wijkNaam, String dienst, String dienstNaam,
                   String stap, String stapNaam, Map<String, Long> aantallen, long totaal) {
    }

    record Overzicht(LocalDate peildatum, List<Telling> rijen, Map<String, Long> totalen) {
    }

    record Zaak(String zaaknummer, String titel, String proces, String procesNaam, String wijk, String dienst,
                String stap, String stapNaam, String taak, String behandelaar, LocalDate termijn,
                String termijnstatus, String cockpitUrl, String tasklistUrl) {
    }

    private static final int MAXIMUM = 200;

    private final OpenZakenQuery query;
    private final Termijnbakken bakken;
    private final DashboardNamen namen;
    private final NotificatieProperties notificatie;

    OpenZaken(OpenZakenQuery query, Termijnbakken bakken, DashboardNamen namen, NotificatieProperties notificatie) {
        this.query = query;
        this.bakken = bakken;
        this.namen = namen;
        this.notificatie = notificatie;
    }

    Overzicht overzicht() {
        Termijnbakken.Grenzen grenzen = bakken.grenzen();
        Map<List<String>, Map<String, Long>> cellen = new LinkedHashMap<>();
        for (OpenZakenQuery.Groep groep : query.tel(grenzen)) {
            String bak = "te-laat".equals(groep.bak())
                    ? bakken.teLaat(groep.begindag(), groep.termijndag(), grenzen.dag()).code() : groep.bak();
            cellen.computeIfAbsent(Arrays.asList(groep.proces(), groep.wijk(), groep.dienst(), groep.stap()), k -> leeg())
                    .merge(bak, groep.aantal(), Long::sum);
        }
        List<Telling> rijen = new ArrayList<>();
        Map<String, Long> totalen = leeg();
        cellen.forEach((sleutel, aantallen) -> {
            String proces = sleutel.get(0);
            rijen.add(new Telling(proces, namen.proces(proces), sleutel.get(1), namen.wijk(sleutel.get(1)),
                    sleutel.get(2), namen.dienst(sleutel.get(2)), sleutel.get(3), namen.stap(proces, sleutel.get(3)),
                    aantallen, som(aantallen)));
            aantallen.forEach((bak, aantal) -> totalen.merge(bak, aantal, Long::sum));
        });
        rijen.sort(Comparator.comparing(Telling::procesNaam).thenComparing(Telling::wijkNaam)
                .thenComparing(Telling::dienstNaam).thenComparing(Telling::stapNaam));
        return new Overzicht(grenzen.dag(), rijen, totalen);
    }

    /**
     * Every open case's leading task with its bucket on the day it was read: the snapshot the click-through lists
     * filter ({@link DashboardMomentopname#leidend()}). Bucketing counts werkdagen for every overdue task, which at
     * 100,000 open cases took longer than the list itself; here it is done once per snapshot, off the request path.
     */
    record Leidende(LocalDate dag, List<OpenZakenQuery.Leidend> rijen, List<Termijnstatus> statussen) {
    }

    Leidende leidende() {
        LocalDate dag = bakken.vandaag();
        List<OpenZakenQuery.Leidend> rijen = query.leidend();
        return new Leidende(dag, rijen, rijen.stream().map(rij -> status(rij, dag)).toList());
    }

    /**
     * The cases behind one count (at most 200, the longest overdue first); a {@code null} filter leaves that
     * dimension open, an empty one asks for cases without it. Filters the snapshot of leading tasks in memory, by the
     * buckets worked out with it (afresh when the snapshot is of an earlier day), and reads case number, title, task
     * name and assignee of the listed ones afresh; a task done since the snapshot is left out.
     */
    List<Zaak> zaken(Leidende leidend, OpenZakenQuery.Filter filter, String bak) {
        if (bak != null && !BAKKEN.contains(bak)) {
            throw new IllegalArgumentException("Onbekende termijnstatus '" + bak + "': kies uit " + BAKKEN);
        }
        LocalDate vandaag = bakken.vandaag();
        boolean vanVandaag = vandaag.equals(leidend.dag());
        Map<OpenZakenQuery.Leidend, Termijnstatus> gekozen = new LinkedHashMap<>();
        for (int i = 0; i < leidend.rijen().size() && gekozen.size() < MAXIMUM; i++) {
            OpenZakenQuery.Leidend rij = leidend.rijen().get(i);
            if (!past(filter, rij)) {
                continue;
            }
            Termijnstatus status = vanVandaag ? leidend.statussen().get(i) : status(rij, vandaag);
            if (bak == null || status.code().equals(bak)) {
                gekozen.put(rij, status);
            }
        }
        Map<String, OpenZakenQuery.Details> details = query.details(gekozen.keySet().stream().map(OpenZakenQuery.Leidend::taakId).toList());
        List<Zaak> zaken = new ArrayList<>();
        gekozen.forEach((rij, status) -> {
            OpenZakenQuery.Details d = details.get(rij.taakId());
            if (d != null) {
                zaken.add(zaak(rij, d, status));
            }
        });
        return zaken;
    }

    private Termijnstatus status(OpenZakenQuery.Leidend rij, LocalDate dag) {
        return rij.opgeschort() ? Termijnstatus.OPGESCHORT : bakken.bak(rij.gestart(), rij.termijn(), rij.waarschuwing(), dag);
    }

    private static boolean past(OpenZakenQuery.Filter filter, OpenZakenQuery.Leidend rij) {
        return past(filter.proces(), rij.proces()) && past(filter.wijk(), rij.wijk())
                && past(filter.dienst(), rij.dienst()) && past(filter.stap(), rij.stap());
    }

    /** {@code null} leaves the dimension open, {@code ""} asks for "none". */
    private static boolean past(String filter, String waarde) {
        return filter == null || (filter.isEmpty() ? waarde == null : filter.equals(waarde));
    }

    private Zaak zaak(OpenZakenQuery.Leidend rij, OpenZakenQuery.Details d, Termijnstatus status) {
        String basis = notificatie.getBasisUrl();
        return new Zaak(d.zaaknummer(), d.titel(), rij.proces(), namen.proces(rij.proces()), rij.wijk(), rij.dienst(),
                rij.stap(), namen.stap(rij.proces(), rij.stap()), d.taakNaam(), d.behandelaar(), rij.termijn(), status.code(),
                basis + "/camunda/app/cockpit/default/#/process-instance/" + rij.zaakId() + "/runtime",
                basis + "/camunda/app/tasklist/default/#/?task=" + rij.taakId());
    }

    private static Map<String, Long> leeg() {
        Map<String, Long> aantallen = new LinkedHashMap<>();
        BAKKEN.forEach(bak -> aantallen.put(bak, 0L));
        return aantallen;
    }

    private static long som(Map<String, Long> aantallen) {
        return aantallen.values().stream().mapToLong(Long::longValue).sum();
    }
}
