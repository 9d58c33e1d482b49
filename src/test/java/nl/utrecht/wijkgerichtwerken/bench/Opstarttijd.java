package nl.utrecht.wijkgerichtwerken.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;

/**
 * Startup time of the app in a JVM of its own (the main classes and dependencies, as {@code spring-boot:run}
 * starts it): from process start until Tasklist answers 200, on a fresh database each time.
 */
final class Opstarttijd {

    private static final Duration MAXIMAAL = Duration.ofMinutes(3);

    private Opstarttijd() {
    }

    /** The embedded default: H2 file database in a fresh folder, demo users. Returns seconds. */
    static double embedded() throws Exception {
        Path map = Files.createTempDirectory("wijk-bench-h2-");
        return start(map, List.of("--spring.datasource.url=jdbc:h2:file:" + map.resolve("data/wijk") + ";DB_CLOSE_ON_EXIT=FALSE"), Map.of());
    }

    /** Profile postgres against a fresh database of the embedded PostgreSQL server. Returns seconds. */
    static double postgres(String jdbcUrl) throws Exception {
        Path map = Files.createTempDirectory("wijk-bench-pg-");
        return start(map, List.of("--spring.profiles.active=postgres"), Map.of("WIJK_DB_URL", jdbcUrl, "WIJK_DB_USER", "postgres",
                "WIJK_DB_PASSWORD", "postgres", "WIJK_ADMIN_PASSWORD", "bench-" + System.nanoTime(), "WIJK_MAIL_MODUS", "log"));
    }

    private static double start(Path map, List<String> argumenten, Map<String, String> omgeving) throws Exception {
        int poort;
        try (ServerSocket vrij = new ServerSocket(0)) {
            poort = vrij.getLocalPort();
        }
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Europe/Amsterdam", "-cp", klassenpad(), WijkgerichtWerkenApplication.class.getName(),
                "--server.port=" + poort));
        opdracht.addAll(argumenten);
        ProcessBuilder bouwer = new ProcessBuilder(opdracht).directory(map.toFile())
                .redirectErrorStream(true).redirectOutput(map.resolve("app.log").toFile());
        bouwer.environment().putAll(omgeving);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest tasklist = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/camunda/app/tasklist/"))
                .timeout(Duration.ofSeconds(5)).build();
        long begin = System.nanoTime();
        Process app = bouwer.start();
        try {
            while (System.nanoTime() - begin < MAXIMAAL.toNanos()) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("app stopped during startup; see " + map.resolve("app.log"));
                }
                try {
                    if (http.send(tasklist, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - begin) / 1e9;
                    }
                } catch (IOException nogNiet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("Tasklist not ready within " + MAXIMAAL + "; see " + map.resolve("app.log"));
        } finally {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    /** The test JVM's class path without the test classes (they would be component-scanned too). */
    private static String klassenpad() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(deel -> !deel.endsWith("test-classes") && !deel.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
