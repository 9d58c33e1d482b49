package nl.utrecht.wijkgerichtwerken.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of what a manager and an official wait for: the manager's dashboard figures and click-through list, the
 * four Tasklist filters of each role (first page of 15 and the count, as Tasklist asks; through the engine's
 * FilterService as the user), and the case list and case file ({@link Zaaklatentie}), with the engine's clock
 * moved on so that much of the work is overdue; p50/p95/p99 over many calls after a warm-up.
 */
final class Dashboardlatentie {

    /** The users whose Tasklist filters are timed, per role (each in the groups of Zaken#richtIn). */
    private static final Map<String, String> ROLLEN = new java.util.LinkedHashMap<>(Map.of());
    private static final List<String> FILTERS = List.of("Mijn taken", "Taken van mijn groepen", "Bijna te laat", "Te laat");

    static {
        ROLLEN.put("wijkregisseur", Zaken.REGISSEUR);
        ROLLEN.put("wijkbureau", Zaken.BUREAU);
        ROLLEN.put("vakafdeling", Zaken.AMBTENAAR);
        ROLLEN.put("dienstdirecteur", Zaken.DIRECTEUR);
        ROLLEN.put("manager", Zaken.MANAGER);
    }
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
            for (Map.Entry<String, String> rol : ROLLEN.entrySet()) {
                String gebruiker = rol.getValue();
                for (String naam : FILTERS) {
                    String sleutel = gebruiker + "/" + naam;
                    String meting = "Tasklist-filter '" + naam + "', " + rol.getKey() + " (" + gebruiker + ")";
                    if (vorigeMediaan.getOrDefault(sleutel, 0.0) > TE_TRAAG_MS) {
                        rapport.voegToe("lezen", meting + ", " + open + ": niet gemeten, mediaan op de kleinere schaal al "
                                + Math.round(vorigeMediaan.get(sleutel)) + " ms", vorigeMediaan.get(sleutel), "ms", null, "< 150 ms", false);
                        continue;
                    }
                    Filter filter = filters.createTaskFilterQuery().filterName(naam).singleResult();
                    long aantal = zaken.als(gebruiker, () -> filters.count(filter.getId()));
                    vorigeMediaan.put(sleutel, Latentie.meet(rapport, "lezen", meting + " (" + aantal + " taken), eerste 15 en aantal, " + open,
                            () -> zaken.als(gebruiker, () -> {
                                filters.listPage(filter.getId(), 0, 15);
                                return filters.count(filter.getId());
                            })));
                }
            }
            new Zaaklatentie(engine, rapport, poort).meet(open);
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

    private double percentielen(String meting, java.util.function.Supplier<?> vraag) {
        return Latentie.meet(rapport, "dashboard", meting, vraag);
    }
}
