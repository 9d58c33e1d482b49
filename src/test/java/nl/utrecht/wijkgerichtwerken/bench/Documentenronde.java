package nl.utrecht.wijkgerichtwerken.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Documents on cases (issue 23): uploads and downloads through the officials' API over HTTP, both streamed on the
 * client side too, so the heap measured before and after is the app's. Throughput in files and MB per second; the heap
 * in use after a full GC must stay flat (the store reads and writes one 256 kB part at a time). Scale with
 * {@code -Dbench.documenten=200 -Dbench.documentgrootte=4} (files, MB each; a case takes 40 of them).
 */
final class Documentenronde {

    private static final int PER_ZAAK = 40;
    private static final String GRENS = "----bench-documenten";

    private final ProcessEngine engine;
    private final Zaken zaken;
    private final Rapport rapport;
    private final String basis;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String inlog = "Basic " + Base64.getEncoder().encodeToString(
            (Zaken.REGISSEUR + ":" + Zaken.wachtwoord(Zaken.REGISSEUR)).getBytes(StandardCharsets.UTF_8));

    Documentenronde(ProcessEngine engine, Zaken zaken, Rapport rapport, int poort) {
        this.engine = engine;
        this.zaken = zaken;
        this.rapport = rapport;
        this.basis = "http://localhost:" + poort;
    }

    void meet(int aantal, int megabytes) throws Exception {
        long grootte = megabytes * 1024L * 1024L;
        String opwarmen = nieuweZaak(-1);
        download(opwarmen, upload(opwarmen, "opwarmen.pdf", grootte));
        double heapVoor = heapNaGc();
        List<String[]> documenten = new ArrayList<>();
        String zaak = null;
        long begin = System.nanoTime();
        for (int i = 0; i < aantal; i++) {
            if (i % PER_ZAAK == 0) {
                zaak = nieuweZaak(i);
            }
            documenten.add(new String[] {zaak, upload(zaak, "bench-" + i + ".pdf", grootte)});
        }
        long upload = System.nanoTime() - begin;
        begin = System.nanoTime();
        for (String[] document : documenten) {
            long gelezen = download(document[0], document[1]);
            if (gelezen != grootte) {
                throw new IllegalStateException("document " + document[1] + ": " + gelezen + " bytes terug in plaats van " + grootte);
            }
        }
        long download = System.nanoTime() - begin;
        double heapNa = heapNaGc();

        String wat = aantal + " bestanden van " + megabytes + " MB";
        rapport.voegToe("documenten", "upload, " + wat, Meting.perSeconde(aantal, upload), "bestanden/s", null, null, null);
        rapport.voegToe("documenten", "upload, " + wat, Meting.perSeconde(aantal * megabytes, upload), "MB/s", null, null, null);
        rapport.voegToe("documenten", "download, " + wat, Meting.perSeconde(aantal * megabytes, download), "MB/s", null, null, null);
        rapport.voegToe("documenten", "heap in gebruik na GC, vóór de ronde", heapVoor, "MB", null, null, null);
        rapport.voegToe("documenten", "heap in gebruik na GC, na " + String.format(Locale.ROOT, "%.0f", aantal * (double) megabytes)
                + " MB heen en terug", heapNa, "MB", null, "groei < 64 MB", heapNa - heapVoor < 64);
    }

    private String nieuweZaak(int i) {
        String id = zaken.escalatie(Zaken.REGISSEUR, 900_000 + i);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
    }

    /** One file as multipart, its content made while it is sent: a PDF header, then filler. */
    private String upload(String zaak, String naam, long grootte) throws Exception {
        byte[] kop = ("--" + GRENS + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"" + naam
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] staart = ("\r\n--" + GRENS + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis + "/api/zaken/" + zaak + "/documenten"))
                .header("Authorization", inlog).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + GRENS)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        java.util.Collections.enumeration(List.of(new ByteArrayInputStream(kop), new Pdfvulling(grootte),
                                new ByteArrayInputStream(staart))))), kop.length + grootte + staart.length))
                .build();
        HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 201) {
            throw new IllegalStateException("upload → " + antwoord.statusCode() + " " + antwoord.body());
        }
        return antwoord.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    }

    private long download(String zaak, String id) throws Exception {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis + "/api/zaken/" + zaak + "/documenten/" + id))
                .header("Authorization", inlog).GET().build();
        HttpResponse<InputStream> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream inhoud = antwoord.body()) {
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException("download → " + antwoord.statusCode());
            }
            long gelezen = 0;
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = inhoud.read(buffer)) > 0) {
                gelezen += n;
            }
            return gelezen;
        }
    }

    private static double heapNaGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** A PDF's first bytes (so the type check takes it), then spaces up to the size; never whole in memory. */
    private static final class Pdfvulling extends InputStream {

        private static final byte[] KOP = "%PDF-1.4\n%bench\n".getBytes(StandardCharsets.US_ASCII);
        private final long grootte;
        private long positie;

        Pdfvulling(long grootte) {
            this.grootte = grootte;
        }

        @Override
        public int read() {
            if (positie >= grootte) {
                return -1;
            }
            int b = positie < KOP.length ? KOP[(int) positie] : ' ';
            positie++;
            return b;
        }

        @Override
        public int read(byte[] doel, int vanaf, int lengte) {
            if (positie >= grootte) {
                return -1;
            }
            int aantal = (int) Math.min(lengte, grootte - positie);
            for (int i = 0; i < aantal; i++) {
                doel[vanaf + i] = (byte) read();
            }
            return aantal;
        }
    }
}
