package nl.utrecht.wijkgerichtwerken.config;

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

/** A logged-in webapp session (cookies and CSRF token) as Tasklist has it, for calls to /camunda/api/engine. */
public record Webappsessie(String cookies, String token) {

    public static Webappsessie login(TestRestTemplate rest, String gebruiker, String wachtwoord) {
        ResponseEntity<String> eerste = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> eersteCookies = eerste.getHeaders().get(HttpHeaders.SET_COOKIE);
        String cookie = eersteCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, String.join("; ", eersteCookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList()));
        headers.add("X-XSRF-TOKEN", cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", gebruiker);
        form.add("password", wachtwoord);
        ResponseEntity<String> antwoord = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, headers), String.class);
        Map<String, String> cookies = new LinkedHashMap<>();
        Stream.concat(eersteCookies.stream(), antwoord.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream())
                .map(c -> c.substring(0, c.indexOf(';'))).forEach(c -> cookies.put(c.substring(0, c.indexOf('=')), c));
        HttpHeaders sessie = new HttpHeaders();
        sessie.add(HttpHeaders.COOKIE, String.join("; ", cookies.values()));
        ResponseEntity<String> wie = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(sessie), String.class);
        wie.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream().map(c -> c.substring(0, c.indexOf(';')))
                .forEach(c -> cookies.put(c.substring(0, c.indexOf('=')), c));
        return new Webappsessie(String.join("; ", cookies.values()), wie.getHeaders().getFirst("X-XSRF-TOKEN"));
    }

    ResponseEntity<String> post(TestRestTemplate rest, String pad, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(HttpHeaders.COOKIE, cookies);
        headers.add("X-XSRF-TOKEN", token);
        return rest.postForEntity(pad, new HttpEntity<>(json, headers), String.class);
    }
}
