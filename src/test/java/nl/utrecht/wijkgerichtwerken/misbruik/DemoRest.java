package nl.utrecht.wijkgerichtwerken.misbruik;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import nl.utrecht.wijkgerichtwerken.Rest;

/** The demo users over {@code /engine-rest} and Tasklist's API, and start data, for the start and facts catalogues. */
final class DemoRest {

    private final TestRestTemplate rest;

    DemoRest(TestRestTemplate rest) {
        this.rest = rest;
    }

    ResponseEntity<JsonNode> start(String gebruiker, String proces, Map<String, Object> variabelen) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/engine-rest/process-definition/key/" + proces + "/start",
                Map.of("variables", variabelen), JsonNode.class);
    }

    ResponseEntity<JsonNode> voltooi(String gebruiker, String taak, Map<String, Object> variabelen) {
        return rest.withBasicAuth(gebruiker, "demo").exchange("/engine-rest/task/" + taak + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variabelen)), JsonNode.class);
    }

    /** A Tasklist session of the user: its cookies and CSRF token, as the webapp sends them. */
    HttpHeaders sessie(String gebruiker) {
        ResponseEntity<String> eerste = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        Map<String, String> koekjes = new LinkedHashMap<>();
        bewaar(koekjes, eerste);
        HttpHeaders login = new HttpHeaders();
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        login.add(HttpHeaders.COOKIE, String.join("; ", koekjes.values()));
        login.add("X-XSRF-TOKEN", koekjes.get("XSRF-TOKEN").substring("XSRF-TOKEN=".length()));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", gebruiker);
        form.add("password", "demo");
        bewaar(koekjes, rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, login), String.class));
        HttpHeaders wie = new HttpHeaders();
        wie.add(HttpHeaders.COOKIE, String.join("; ", koekjes.values()));
        ResponseEntity<String> antwoord = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(wie), String.class);
        bewaar(koekjes, antwoord);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(HttpHeaders.COOKIE, String.join("; ", koekjes.values()));
        headers.add("X-XSRF-TOKEN", antwoord.getHeaders().getFirst("X-XSRF-TOKEN"));
        return headers;
    }

    private static void bewaar(Map<String, String> koekjes, ResponseEntity<?> antwoord) {
        antwoord.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream().map(c -> c.substring(0, c.indexOf(';')))
                .forEach(c -> koekjes.put(c.substring(0, c.indexOf('=')), c));
    }

    JsonNode kengetallen() {
        return rest.withBasicAuth("jet", "demo").getForEntity("/api/dashboard/kengetallen", JsonNode.class).getBody();
    }

    int taken(String gebruiker, String zaak) {
        return rest.withBasicAuth(gebruiker, "demo").getForEntity("/engine-rest/task?processInstanceId=" + zaak, JsonNode.class)
                .getBody().size();
    }

    int taken(String gebruiker, String zaak, String taak) {
        return rest.withBasicAuth(gebruiker, "demo").getForEntity("/engine-rest/task?processInstanceId=" + zaak
                + "&taskDefinitionKey=" + taak, JsonNode.class).getBody().size();
    }

    static Map<String, Object> escalatie(String wijk) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("titel", waarde("Herinrichting Oosterspoorplein"));
        variabelen.put("wijk", waarde(wijk));
        variabelen.put("diensten", Map.of("value", "[\"so\",\"sw\"]", "type", "Json"));
        variabelen.put("knelpunt", waarde("SO en SW wachten op elkaar"));
        variabelen.put("urgentie", waarde("normaal"));
        return variabelen;
    }

    static Map<String, Object> advies(String wijk) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("wijkplatform", waarde("Wijkplatform"));
        variabelen.put("wijk", waarde(wijk));
        variabelen.put("onderwerp", waarde("Oversteek"));
        variabelen.put("soort", waarde("gevraagd"));
        variabelen.put("adviespunten", Map.of("value", "[\"Veilige oversteek\"]", "type", "Json"));
        variabelen.put("betrokkenen", waarde("Werkgroep verkeer"));
        variabelen.put("draagvlak", waarde("Wijkavond"));
        variabelen.put("contactEmail", waarde("platform@example.org"));
        return variabelen;
    }

    static Map<String, Object> waarde(Object waarde) {
        return Rest.waarde(waarde);
    }
}
