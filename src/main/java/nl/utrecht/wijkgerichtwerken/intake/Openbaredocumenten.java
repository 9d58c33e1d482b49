package nl.utrecht.wijkgerichtwerken.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import nl.utrecht.wijkgerichtwerken.zaak.Document;
import nl.utrecht.wijkgerichtwerken.zaak.Documenten;

/**
 * The documents of a case as the holder of its status link sees them: never the vertrouwelijke, never who added
 * them, each with a download link guarded by the same token.
 */
@Component
class Openbaredocumenten {

    private final Documenten documenten;

    Openbaredocumenten(Documenten documenten) {
        this.documenten = documenten;
    }

    List<Map<String, Object>> van(String zaaknummer, String token) {
        return documenten.openbaar(zaaknummer).stream().map(document -> regel(document, token)).toList();
    }

    static Map<String, Object> regel(Document document, String token) {
        Map<String, Object> regel = new LinkedHashMap<>();
        regel.put("id", document.id());
        regel.put("naam", document.naam());
        regel.put("type", document.type());
        regel.put("grootte", document.grootte());
        regel.put("moment", document.moment());
        regel.put("downloadUrl", UriComponentsBuilder.fromPath("/api/status/{zaaknummer}/documenten/{id}")
                .queryParam("token", token).buildAndExpand(document.zaaknummer(), document.id()).encode().toUriString());
        return regel;
    }
}
