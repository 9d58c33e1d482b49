package nl.utrecht.wijkgerichtwerken.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.web.client.RestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the engine REST API says about a set of cases: the instances, their tasks, their timer jobs and
 * every variable, as JSON sorted by id, so two moments (before a crash, after the restart) compare equal.
 */
record Zaakstand(Map<String, List<JsonNode>> delen) {

    static Zaakstand lees(RestTemplate beheerder, Set<String> zaken) {
        String ids = String.join(",", zaken);
        Map<String, List<JsonNode>> delen = new TreeMap<>();
        delen.put("zaken", lijst(beheerder, "/engine-rest/process-instance?processInstanceIds=" + ids, null));
        delen.put("taken", lijst(beheerder, "/engine-rest/task?processInstanceIdIn=" + ids, null));
        delen.put("timers", lijst(beheerder, "/engine-rest/job?timers=true", zaken));
        delen.put("variabelen", lijst(beheerder, "/engine-rest/variable-instance?deserializeValues=false&processInstanceIdIn=" + ids, null));
        return new Zaakstand(delen);
    }

    int aantal(String deel) {
        return delen.get(deel).size();
    }

    private static List<JsonNode> lijst(RestTemplate rest, String pad, Set<String> alleenVan) {
        JsonNode antwoord = rest.getForObject(pad, JsonNode.class);
        List<JsonNode> lijst = new ArrayList<>();
        antwoord.forEach(element -> {
            if (alleenVan == null || alleenVan.contains(element.get("processInstanceId").asText())) {
                lijst.add(element);
            }
        });
        lijst.sort(Comparator.comparing(element -> element.get("id").asText()));
        return lijst;
    }
}
