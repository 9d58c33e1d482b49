package nl.utrecht.wijkgerichtwerken.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * The case list and the case file as a person asks them over HTTP ({@code GET /api/zaken?...} and
 * {@code GET /api/zaken/{nr}}, HTTP Basic), measured from outside only (package zaak is not the bench's).
 */
final class Zaaklatentie {

    /** A read whose median took longer than this at the smaller scale is not run again at the larger one. */
    private static final double TE_TRAAG_MS = 5_000;
    private static final double TRAAG_MS = 10_000;
    private static final java.time.Duration TIJDSLIMIET = java.time.Duration.ofSeconds(180);
    private static final Map<String, Double> VORIGE_MEDIAAN = new java.util.concurrent.ConcurrentHashMap<>();

    private final ProcessEngine engine;
    private final Rapport rapport;
    private final String basis;
    private final HttpClient http = HttpClient.newHttpClient();

    Zaaklatentie(ProcessEngine engine, Rapport rapport, int poort) {
        this.engine = engine;
        this.rapport = rapport;
        this.basis = "http://localhost:" + poort;
    }

    void meet(String open) {
        String escalatie = zaaknummer("escalatie", "wijkregisseur", Zaken.REGISSEUR);
        // an advice of the wijkbureau's own wijk: another wijk's advice is, rightly, a 404 for it
        String advies = zaaknummer("wijkplatform-advies", "wijk", "oost");
        Map<String, String[]> vragen = new LinkedHashMap<>();
        vragen.put("zakenlijst, manager, open zaken", new String[] {Zaken.MANAGER, "/api/zaken?status=open"});
        // a term no case has (the numbers of the benchmark's cases start at 1,000,000): every case is looked at
        vragen.put("zakenlijst, manager, zoeken op 'Benchmark 4' (geen zaak)", new String[] {Zaken.MANAGER, "/api/zaken?q=Benchmark%204"});
        vragen.put("zakenlijst, wijkregisseur, zoeken op 'Benchmark 4' (geen zaak)", new String[] {Zaken.REGISSEUR, "/api/zaken?q=Benchmark%204"});
        // a term every case has: the first page is full at once, the count stops at 1,001
        vragen.put("zakenlijst, manager, zoeken op 'benchmark' (elke zaak)", new String[] {Zaken.MANAGER, "/api/zaken?q=benchmark"});
        vragen.put("zakenlijst, wijkregisseur, open zaken", new String[] {Zaken.REGISSEUR, "/api/zaken?status=open"});
        vragen.put("zakenlijst, wijkbureau, wijk oost", new String[] {Zaken.BUREAU, "/api/zaken?wijk=oost&status=open"});
        vragen.put("zaakdossier, manager, escalatie", new String[] {Zaken.MANAGER, "/api/zaken/" + escalatie});
        vragen.put("zaakdossier, wijkregisseur, eigen escalatie", new String[] {Zaken.REGISSEUR, "/api/zaken/" + escalatie});
        vragen.put("zaakdossier, wijkbureau, advies", new String[] {Zaken.BUREAU, "/api/zaken/" + advies});
        vragen.forEach((meting, vraag) -> {
            HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis + vraag[1])).timeout(TIJDSLIMIET).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((vraag[0] + ":" + Zaken.wachtwoord(vraag[0])).getBytes())).build();
            double vorige = VORIGE_MEDIAAN.getOrDefault(meting, 0.0);
            if (vorige > TE_TRAAG_MS) {
                rapport.voegToe("lezen", "GET " + vraag[1] + " (" + meting + "), " + open + ": niet gemeten, mediaan op de kleinere schaal al "
                        + Math.round(vorige) + " ms", vorige, "ms", null, "< 150 ms", false);
                return;
            }
            int[] grootte = new int[1];
            try {
                long begin = System.nanoTime();
                HttpResponse<String> eerste = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
                double eersteMs = Meting.millis(System.nanoTime() - begin);
                if (eerste.statusCode() != 200) {
                    rapport.voegToe("lezen", "GET " + vraag[1] + " (" + meting + "), " + open + ": HTTP " + eerste.statusCode()
                            + ", niet gemeten", eerste.statusCode(), "status", null, null, null);
                    return;
                }
                grootte[0] = eerste.body().length();
                if (eersteMs > TRAAG_MS) {
                    // a read of tens of seconds: one call shows it misses the goal; more would take the run's time
                    rapport.voegToe("lezen", "GET " + vraag[1] + " (" + meting + ", " + grootte[0] / 1024 + " kB), " + open
                            + ", één aanroep (trager dan " + Math.round(TRAAG_MS / 1000) + " s)", eersteMs, "ms", null, "< 150 ms", false);
                    VORIGE_MEDIAAN.put(meting, eersteMs);
                    return;
                }
            } catch (java.net.http.HttpTimeoutException e) {
                rapport.voegToe("lezen", "GET " + vraag[1] + " (" + meting + "), " + open + ": geen antwoord binnen "
                        + TIJDSLIMIET.toSeconds() + " s", TIJDSLIMIET.toMillis(), "ms", null, "< 150 ms", false);
                VORIGE_MEDIAAN.put(meting, (double) TIJDSLIMIET.toMillis());
                return;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            double mediaan = Latentie.meet(rapport, "lezen", "GET " + vraag[1] + " (" + meting + ", " + grootte[0] / 1024 + " kB), " + open, () -> {
                try {
                    HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
                    if (antwoord.statusCode() != 200) {
                        throw new IllegalStateException(vraag[1] + " → " + antwoord.statusCode());
                    }
                    return antwoord.body().length();
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            VORIGE_MEDIAAN.put(meting, mediaan);
        });
    }

    /** The case number of an open case of this process (owned by this wijkregisseur, if given). */
    private String zaaknummer(String proces, String variabele, String waarde) {
        var gevonden = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(proces)
                .variableValueEquals(variabele, waarde).listPage(0, 1);
        return gevonden.isEmpty() ? "onbekend" : gevonden.get(0).getBusinessKey();
    }
}
