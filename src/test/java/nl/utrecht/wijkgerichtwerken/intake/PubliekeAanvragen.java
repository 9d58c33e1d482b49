package nl.utrecht.wijkgerichtwerken.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid submissions to the public API, for tests to start from (and bend). */
public final class PubliekeAanvragen {

    private PubliekeAanvragen() {
    }

    /** A valid advice for {@code POST /api/adviezen}, as a fresh mutable map. */
    public static Map<String, Object> advies() {
        Map<String, Object> advies = new HashMap<>();
        advies.put("wijkplatform", "Wijkplatform Zuid");
        advies.put("wijk", "zuid");
        advies.put("onderwerp", "Parkeren Hoograven");
        advies.put("soort", "ongevraagd");
        advies.put("adviespunten", List.of("Meer fietsparkeren", "Minder autoparkeren"));
        advies.put("betrokkenen", "Werkgroep mobiliteit");
        advies.put("draagvlak", "Enquête, 200 reacties");
        advies.put("contactEmail", "platform-zuid@example.org");
        return advies;
    }
}
