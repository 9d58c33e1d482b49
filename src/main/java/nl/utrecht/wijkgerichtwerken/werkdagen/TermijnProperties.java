package nl.utrecht.wijkgerichtwerken.werkdagen;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Terms in werkdagen per process and step ({@code wijk.termijnen.processen.<proces>.<stap>}) and the
 * warning window before a deadline ({@code wijk.termijnen.waarschuwing}, default 3 werkdagen).
 */
@ConfigurationProperties("wijk.termijnen")
public class TermijnProperties {

    private int waarschuwing = 3;
    private Map<String, Map<String, Integer>> processen = new HashMap<>();

    public int werkdagen(String proces, String stap) {
        Integer werkdagen = processen.getOrDefault(proces, Map.of()).get(stap);
        if (werkdagen == null) {
            throw new IllegalStateException(
                    "Geen termijn ingesteld voor wijk.termijnen.processen." + proces + "." + stap);
        }
        return werkdagen;
    }

    public int getWaarschuwing() {
        return waarschuwing;
    }

    public void setWaarschuwing(int waarschuwing) {
        this.waarschuwing = waarschuwing;
    }

    public Map<String, Map<String, Integer>> getProcessen() {
        return processen;
    }

    public void setProcessen(Map<String, Map<String, Integer>> processen) {
        this.processen = processen;
    }
}
