package nl.utrecht.wijkgerichtwerken;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * The whole app in a JVM of its own, as a second server or a server that crashes: {@link #doden()} kills
 * it without any shutdown (as {@code kill -9} or a power cut would), {@link #stoppen()} stops it the way
 * an operator does (SIGTERM, graceful). Its log goes to {@code target/app-<naam>.log}.
 */
public final class AppProces implements AutoCloseable {

    private static final String KLAAR = "APP-KLAAR poort=";

    private final Process proces;
    private final int poort;

    private AppProces(Process proces, int poort) {
        this.proces = proces;
        this.poort = poort;
    }

    /** Starts the app with the given Spring properties and waits (at most 3 minutes) until it serves. */
    public static AppProces start(String naam, Map<String, String> eigenschappen) {
        List<String> opdracht = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Europe/Amsterdam",
                "-cp", klassenpad(), AppProces.class.getName()));
        eigenschappen.forEach((sleutel, waarde) -> opdracht.add("--" + sleutel + "=" + waarde));
        try {
            Path log = Path.of("target", "app-" + naam + ".log");
            Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
            CompletableFuture<Integer> poort = new CompletableFuture<>();
            Thread lezer = new Thread(() -> leesLog(proces, log, poort), "log-" + naam);
            lezer.setDaemon(true);
            lezer.start();
            return new AppProces(proces, poort.get(3, TimeUnit.MINUTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("App " + naam + " kwam niet op; zie target/app-" + naam + ".log", e);
        }
    }

    /** The test JVM's class path without empty entries (an empty entry would put the working directory, with bpmn/, on it). */
    private static String klassenpad() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(deel -> !deel.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    private static void leesLog(Process proces, Path log, CompletableFuture<Integer> poort) {
        try (BufferedReader regels = new BufferedReader(new InputStreamReader(proces.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter uit = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String regel;
            while ((regel = regels.readLine()) != null) {
                uit.println(regel);
                if (regel.startsWith(KLAAR)) {
                    poort.complete(Integer.parseInt(regel.substring(KLAAR.length()).trim()));
                }
            }
        } catch (IOException e) {
            // the process died; the waiting side times out or has its port already
        } finally {
            poort.completeExceptionally(new IllegalStateException("app gestopt voordat hij klaar was"));
        }
    }

    public int poort() {
        return poort;
    }

    public String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    /** Kills the JVM at once: no shutdown hook, no graceful stop of the job executor or the database. */
    public void doden() {
        proces.destroyForcibly();
        wacht();
    }

    /** Stops the app the way an operator does (SIGTERM): Spring and the job executor shut down gracefully. */
    public void stoppen() {
        proces.destroy();
        wacht();
    }

    private void wacht() {
        try {
            if (!proces.waitFor(60, TimeUnit.SECONDS)) {
                proces.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (proces.isAlive()) {
            doden();
        }
    }

    /** The child JVM's entry point: the app's own main, plus one line with the port once it is ready. */
    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Amsterdam"));
        SpringApplication app = new SpringApplication(WijkgerichtWerkenApplication.class);
        app.addListeners((ApplicationListener<ApplicationReadyEvent>) klaar -> System.out.println(KLAAR
                + ((WebServerApplicationContext) klaar.getApplicationContext()).getWebServer().getPort()));
        app.run(args);
    }
}
