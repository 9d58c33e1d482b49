package nl.utrecht.wijkgerichtwerken.werkdagen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Terms in werkdagen, from {@code wijk.termijnen}:
 *
 * <pre>
 * wijk:
 *   termijnen:
 *     waarschuwing: 3
 *     processen:
 *       escalatie: { wijk: 10, dienstdirecteur: 10, acuut: 3 }
 * </pre>
 *
 * A plain JavaBean, so tests can build one with {@code new} and setters.
 */
@ConfigurationProperties("wijk.termijnen")
public class TermijnProperties {

    private int waarschuwing = 3;
    private Map<String, Map<String, Integer>> processen = Map.of();

    /** Werkdagen before the deadline at which a task becomes "bijna te laat" (its follow-up date). */
    public int getWaarschuwing() {
        return waarschuwing;
    }

    public void setWaarschuwing(int waarschuwing) {
        if (waarschuwing < 0) {
            throw new IllegalArgumentException(
                    "wijk.termijnen.waarschuwing moet 0 of meer werkdagen zijn, maar is " + waarschuwing);
        }
        this.waarschuwing = waarschuwing;
    }

    /** Term in werkdagen per process key and step. */
    public Map<String, Map<String, Integer>> getProcessen() {
        return processen;
    }

    public void setProcessen(Map<String, Map<String, Integer>> processen) {
        Map<String, Map<String, Integer>> kopie = new LinkedHashMap<>();
        if (processen != null) {
            processen.forEach((proces, stappen) -> kopie.put(proces, alleenLezen(stappen)));
        }
        this.processen = Collections.unmodifiableMap(kopie);
    }

    private static Map<String, Integer> alleenLezen(Map<String, Integer> stappen) {
        return stappen == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stappen));
    }

    /**
     * The term of one step of a process.
     *
     * @throws IllegalStateException when {@code wijk.termijnen.processen.<proces>.<stap>} is missing or negative
     */
    public int werkdagen(String proces, String stap) {
        String sleutel = "wijk.termijnen.processen." + proces + "." + stap;
        Integer werkdagen = processen.getOrDefault(proces, Map.of()).get(stap);
        if (werkdagen == null) {
            throw new IllegalStateException("Geen termijn ingesteld voor " + sleutel);
        }
        if (werkdagen < 0) {
            throw new IllegalStateException(sleutel + " moet 0 of meer werkdagen zijn, maar is " + werkdagen);
        }
        return werkdagen;
    }
}
