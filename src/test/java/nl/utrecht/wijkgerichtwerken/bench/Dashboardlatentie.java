package nl.utrecht.wijkgerichtwerken.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of what a manager and an official wait for: the manager's dashboard figures and the Tasklist
 * filter "Te laat" (first page of 15 and the count, as Tasklist asks), with the engine's clock moved on so
 * that much of the work is overdue; p50/p95/p99 over many calls after a warm-up.
 */
final class Dashboardlatentie {

    private static final int OPWARMEN = 5;
    private static final int METINGEN = 100;
    /** Slow queries get fewer calls: at least {@link #MINSTENS}, at most this long per figure. */
    private static final long BUDGET_NANOS = 60_000_000_000L;
    private static final int MINSTENS = 3;
    /** A filter whose median took longer than this at the smaller scale is not run again at the larger one. */
    private static final double TE_TRAAG_MS = 5_000;

    /** Median of the Te laat filter per user at the previous scale. */
    private final java.util.Map<String, Double> vorigeMediaan = new java.util.HashMap<>();

    private final ProcessEngine engine;
    private final Zaken zaken;
    private final Rapport rapport;
    private final ConfigurableApplicationContext app;

    Dashboardlatentie(ProcessEngine engine, Zaken zaken, Rapport rapport, ConfigurableApplicationContext app) {
        this.engine = engine;
        this.zaken = zaken;
        this.rapport = rapport;
        this.app = app;
    }

    void meet(long openZaken, long geslotenZaken) throws Exception {
        String open = openZaken + " open en " + geslotenZaken + " gesloten zaken";
        Taakuitvoering jobs = new Taakuitvoering((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
        jobs.pauzeer();
        CasesysteemBenchmark.klokVooruit(40);
        try {
            int poort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            String inlog = "Basic " + Base64.getEncoder().encodeToString((Zaken.MANAGER + ":" + Zaken.wachtwoord(Zaken.MANAGER)).getBytes());
            for (String pad : List.of("/api/dashboard/open-zaken", "/api/dashboard/kengetallen",
                    "/api/dashboard/open-zaken/zaken?termijnstatus=te-laat")) {
                HttpRequest vraag = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).header("Authorization", inlog).build();
                if (!pad.contains("?")) {
                    koud("manager GET " + pad + " vers berekend (na verlopen momentopname), " + open, http, vraag);
                }
                percentielen("manager GET " + pad + ", " + open, () -> {
                    try {
                        HttpResponse<String> antwoord = http.send(vraag, HttpResponse.BodyHandlers.ofString());
                        if (antwoord.statusCode() != 200) {
                            throw new IllegalStateException(pad + " → " + antwoord.statusCode());
                        }
                        return antwoord.body().length();
                    } catch (java.io.IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            FilterService filters = engine.getFilterService();
            Filter teLaat = filters.createTaskFilterQuery().filterName("Te laat").singleResult();
            for (String gebruiker : List.of(Zaken.regisseur(1), Zaken.DIRECTEUR, Zaken.MANAGER)) {
                if (vorigeMediaan.getOrDefault(gebruiker, 0.0) > TE_TRAAG_MS) {
                    rapport.voegToe("dashboard", "filter 'Te laat' voor " + gebruiker + ", " + open
                            + ": niet gemeten, mediaan op de kleinere schaal al " + Math.round(vorigeMediaan.get(gebruiker)) + " ms",
                            vorigeMediaan.get(gebruiker), "ms", null, "< 150 ms", false);
                    continue;
                }
                long aantal = zaken.als(gebruiker, () -> filters.count(teLaat.getId()));
                vorigeMediaan.put(gebruiker, percentielen("filter 'Te laat' voor " + gebruiker + " (" + aantal + " taken), " + open, () -> zaken.als(gebruiker, () -> {
                    filters.listPage(teLaat.getId(), 0, 15);
                    return filters.count(teLaat.getId());
                })));
            }
        } finally {
            CasesysteemBenchmark.klokVooruit(-40);
            jobs.hervat();
        }
    }

    /** The figures computed afresh: the first call after the snapshot expired (10 s), a few times. */
    private void koud(String meting, HttpClient http, HttpRequest vraag) throws Exception {
        List<Double> tijden = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread.sleep(10_500);
            long begin = System.nanoTime();
            if (http.send(vraag, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                throw new IllegalStateException(meting);
            }
            tijden.add(Meting.millis(System.nanoTime() - begin));
        }
        rapport.voegToe("dashboard", meting, new Meting.Reeks(tijden), "ms", null, null);
    }

    /** Returns the median. */
    private double percentielen(String meting, java.util.function.Supplier<?> vraag) {
        // warm-up: one call, and more only when that one was quick
        long eerste = System.nanoTime();
        vraag.get();
        boolean snel = System.nanoTime() - eerste < 1_000_000_000L;
        for (int i = 1; snel && i < OPWARMEN; i++) {
            vraag.get();
        }
        List<Double> tijden = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < METINGEN && (i < MINSTENS || System.nanoTime() - start < BUDGET_NANOS); i++) {
            long begin = System.nanoTime();
            vraag.get();
            tijden.add(Meting.millis(System.nanoTime() - begin));
        }
        double p95 = Meting.percentiel(tijden, 95);
        rapport.voegToe("dashboard", meting + " p50 (n=" + tijden.size() + ")", Meting.percentiel(tijden, 50), "ms", null, null, null);
        rapport.voegToe("dashboard", meting + " p95", p95, "ms", null, "< 150 ms", p95 < 150);
        rapport.voegToe("dashboard", meting + " p99", Meting.percentiel(tijden, 99), "ms", null, null, null);
        return Meting.percentiel(tijden, 50);
    }
}
