package nl.utrecht.wijkgerichtwerken.misbruik;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two doors to the engine: {@code /engine-rest} with HTTP Basic, and the webapps' API that Tasklist calls
 * ({@code /camunda/api/engine/engine/default}) with a logged-in session and its CSRF token.
 */
enum EngineApi {

    ENGINE_REST {
        @Override
        Gebruiker als(TestRestTemplate rest, String gebruiker) {
            TestRestTemplate basic = rest.withBasicAuth(gebruiker, "demo");
            return (methode, pad, lichaam) -> alsJson(basic.exchange("/engine-rest" + pad, methode,
                    new HttpEntity<>(lichaam, json()), String.class));
        }
    },
    WEBAPP_SESSIE {
        @Override
        Gebruiker als(TestRestTemplate rest, String gebruiker) {
            HttpHeaders sessie = inloggen(rest, gebruiker);
            return (methode, pad, lichaam) -> alsJson(rest.exchange("/camunda/api/engine/engine/default" + pad, methode,
                    new HttpEntity<>(lichaam, sessie), String.class));
        }
    };

    /** One user's calls through this door. */
    interface Gebruiker {
        ResponseEntity<JsonNode> stuur(HttpMethod methode, String pad, Object lichaam);

        default ResponseEntity<JsonNode> post(String pad, Object lichaam) {
            return stuur(HttpMethod.POST, pad, lichaam);
        }

        default ResponseEntity<JsonNode> put(String pad, Object lichaam) {
            return stuur(HttpMethod.PUT, pad, lichaam);
        }
    }

    abstract Gebruiker als(TestRestTemplate rest, String gebruiker);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer as JSON; an answer that is no JSON (plain text, an HTML page) as {@code {"type": "geen-json", "message": …}}. */
    private static ResponseEntity<JsonNode> alsJson(ResponseEntity<String> antwoord) {
        JsonNode lichaam;
        try {
            lichaam = antwoord.getBody() == null ? null : JSON.readTree(antwoord.getBody());
        } catch (IOException e) {
            lichaam = JSON.createObjectNode().put("type", "geen-json").put("message", antwoord.getBody());
        }
        return new ResponseEntity<>(lichaam, antwoord.getHeaders(), antwoord.getStatusCode());
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    /** Logs in to Tasklist as the browser does; the headers carry the session cookie and its CSRF token. */
    private static HttpHeaders inloggen(TestRestTemplate rest, String gebruiker) {
        ResponseEntity<String> eerste = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        Map<String, String> cookies = new LinkedHashMap<>();
        neem(cookies, eerste);
        HttpHeaders login = new HttpHeaders();
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        login.add(HttpHeaders.COOKIE, String.join("; ", cookies.values()));
        login.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN").substring("XSRF-TOKEN=".length()));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", gebruiker);
        form.add("password", "demo");
        ResponseEntity<String> antwoord = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, login), String.class);
        if (!antwoord.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("login " + gebruiker + ": " + antwoord.getStatusCode());
        }
        neem(cookies, antwoord);
        HttpHeaders wie = new HttpHeaders();
        wie.add(HttpHeaders.COOKIE, String.join("; ", cookies.values()));
        ResponseEntity<String> ingelogd = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(wie), String.class);
        neem(cookies, ingelogd);
        HttpHeaders sessie = json();
        sessie.add(HttpHeaders.COOKIE, String.join("; ", cookies.values()));
        sessie.add("X-XSRF-TOKEN", ingelogd.getHeaders().getFirst("X-XSRF-TOKEN"));
        return sessie;
    }

    private static void neem(Map<String, String> cookies, ResponseEntity<?> antwoord) {
        Stream.ofNullable(antwoord.getHeaders().get(HttpHeaders.SET_COOKIE)).flatMap(List::stream)
                .map(c -> c.substring(0, c.indexOf(';')))
                .forEach(c -> cookies.put(c.substring(0, c.indexOf('=')), c));
    }
}
