package nl.utrecht.wijkgerichtwerken.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The figures of one benchmark run: printed as a table and written to target/bench/report.md and report.json. */
final class Rapport {

    /** One figure; {@code doel} and {@code gehaald} are null where the issue sets no target. */
    record Regel(String onderdeel, String meting, double waarde, String eenheid, String spreiding, String doel, Boolean gehaald) {
    }

    private final List<Regel> regels = new ArrayList<>();
    private final Map<String, Object> omgeving = new LinkedHashMap<>();

    Rapport() {
        omgeving.put("datum", ZonedDateTime.now().toString());
        omgeving.put("cpus", Runtime.getRuntime().availableProcessors());
        omgeving.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        omgeving.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        omgeving.put("maxHeap", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024) + " MB");
        omgeving.put("cpu", cpuModel());
        omgeving.put("load average bij begin (1, 5, 15 min; gedeelde machine)", loadAverage());
    }

    void omgeving(String sleutel, Object waarde) {
        omgeving.put(sleutel, waarde);
    }

    Regel voegToe(String onderdeel, String meting, double waarde, String eenheid, String spreiding, String doel, Boolean gehaald) {
        Regel regel = new Regel(onderdeel, meting, waarde, eenheid, spreiding, doel, gehaald);
        regels.add(regel);
        System.out.println("[bench] " + regel(regel));
        try {
            // after every figure, so a run that is stopped half-way still leaves what it measured
            bestanden(Path.of("target", "bench"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return regel;
    }

    Regel voegToe(String onderdeel, String meting, Meting.Reeks reeks, String eenheid, String doel, Boolean gehaald) {
        return voegToe(onderdeel, meting, reeks.mediaan(), eenheid,
                String.format(Locale.ROOT, "%.1f–%.1f (n=%d)", reeks.min(), reeks.max(), reeks.waarden().size()), doel, gehaald);
    }

    void schrijf(Path map) throws IOException {
        omgeving.put("load average aan het eind", loadAverage());
        System.out.println(bestanden(map));
    }

    private String bestanden(Path map) throws IOException {
        Files.createDirectories(map);
        StringBuilder md = new StringBuilder("# Benchmark wijkgericht werken\n\n");
        omgeving.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| onderdeel | meting | mediaan | eenheid | spreiding (min–max) | doel | gehaald |\n|---|---|---|---|---|---|---|\n");
        for (Regel r : regels) {
            md.append("| ").append(r.onderdeel()).append(" | ").append(r.meting()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", r.waarde())).append(" | ").append(r.eenheid()).append(" | ")
                    .append(r.spreiding() == null ? "" : r.spreiding()).append(" | ").append(r.doel() == null ? "" : r.doel())
                    .append(" | ").append(r.gehaald() == null ? "" : r.gehaald() ? "ja" : "**nee**").append(" |\n");
        }
        Files.writeString(map.resolve("report.md"), md);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("omgeving", omgeving);
        json.put("regels", regels);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(map.resolve("report.json").toFile(), json);
        return md.toString();
    }

    private static String regel(Regel r) {
        return String.format(Locale.ROOT, "%-12s %-62s %10.1f %-8s %s %s", r.onderdeel(), r.meting(), r.waarde(), r.eenheid(),
                r.spreiding() == null ? "" : r.spreiding(), r.doel() == null ? "" : "(doel " + r.doel() + ": " + (r.gehaald() ? "gehaald" : "NIET gehaald") + ")");
    }

    private static String loadAverage() {
        try {
            String[] delen = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return delen[0] + ", " + delen[1] + ", " + delen[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
