package nl.utrecht.wijkgerichtwerken.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Aanvullingsverzoeken;
import nl.utrecht.wijkgerichtwerken.zaak.Opschortingen;

/**
 * What the status page says of a pause (issue 22): {@code null} when the case's clock runs; else {@code soort}, since
 * when, the expected end, and either the question with its reply date and {@code aanvullingGevraagd} (then the page
 * shows the answer form) or the reason of the wait.
 */
@Component
class Opschortingsstatus {

    private final Opschortingen opschortingen;
    private final Aanvullingsverzoeken verzoeken;

    Opschortingsstatus(Opschortingen opschortingen, Aanvullingsverzoeken verzoeken) {
        this.opschortingen = opschortingen;
        this.verzoeken = verzoeken;
    }

    Map<String, Object> van(String zaaknummer) {
        return opschortingen.lopend(zaaknummer).map(pauze -> {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("soort", pauze.soort());
            status.put("sinds", java.util.Date.from(pauze.begin()));
            status.put("verwachtEinde", java.util.Date.from(pauze.verwachtEinde().atTime(12, 0)
                    .atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant()));
            Map<String, Object> open = verzoeken.open(zaaknummer).orElse(null);
            status.put("aanvullingGevraagd", open != null);
            if (open != null) {
                status.put("vraag", open.get("vraag"));
                status.put("antwoordVoor", open.get("antwoordVoor"));
            } else if (Opschortingen.WACHTEN.equals(pauze.soort())) {
                status.put("reden", pauze.reden());
            }
            return status;
        }).orElse(null);
    }
}
