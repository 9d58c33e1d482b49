package nl.utrecht.wijkgerichtwerken.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap in use after a full GC, and the resident set of the JVM that runs the app, after the load. */
final class Geheugen {

    private Geheugen() {
    }

    static void meet(Rapport rapport, long open) throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(500);
        }
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        rapport.voegToe("geheugen", "heap in gebruik na GC, na " + open + " open zaken", heap, "MB", null, "< 512 MB", heap < 512);
        double rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToDouble(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024.0).findFirst().orElse(-1);
        rapport.voegToe("geheugen", "RSS van de JVM (app en benchmark), na " + open + " open zaken", rss, "MB", null, null, null);
    }
}
