package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

@IntegratieTest
class EngineRestIntegrationTest {

    @Autowired TestRestTemplate rest;

    @Test
    void engineRestZonderInloggenGeeft401() {
        ResponseEntity<String> antwoord = rest.getForEntity("/engine-rest/engine", String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestMetFoutWachtwoordGeeft401() {
        ResponseEntity<String> antwoord = rest.withBasicAuth("karim", "fout").getForEntity("/engine-rest/task", String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void demoGebruikerKomtMetBasicAuthenticatieBinnen() {
        ResponseEntity<String> antwoord = rest.withBasicAuth("anna", "demo").getForEntity("/engine-rest/task", String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.getBody()).startsWith("[");
    }

    @Test
    void demoGebruikersLoggenInBijTasklistEnDeManagerBijCockpit() {
        assertThat(login("anna", "demo", "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(login("jet", "demo", "cockpit")).isEqualTo(HttpStatus.OK);
        assertThat(login("demo", "demo", "admin")).isEqualTo(HttpStatus.OK);
        assertThat(login("hanna", "fout", "tasklist")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void wijkbureauMedewerkerHeeftGeenToegangTotCockpit() {
        // a refused login counts as a failed attempt (Camunda throttles the user), so not anna here
        assertThat(login("bram", "demo", "cockpit")).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    @Test
    void verzoekZonderCsrfTokenWordtDoorDeWebappsGeweigerd() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "anna");
        form.add("password", "demo");
        ResponseEntity<String> antwoord = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, headers), String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void deWebappsSturenHunBeveiligingsheadersMee() {
        ResponseEntity<String> tasklist = rest.getForEntity("/camunda/app/tasklist/default/", String.class);

        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = tasklist.getHeaders();
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-XSS-Protection")).isEqualTo("1; mode=block");
        assertThat(headers.getFirst("Content-Security-Policy")).contains("base-uri 'self'").contains("script-src")
                .contains("object-src 'none'").contains("frame-ancestors 'none'");
        assertThat(headers.get(HttpHeaders.SET_COOKIE)).anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.contains("SameSite=Lax"));
    }

    @Test
    void eenIngelogdeSessieZonderGeldigCsrfTokenMagNietsVersturen() {
        String pad = "/camunda/api/engine/engine/default/task";

        assertThat(post(pad, sessie("anna", "demo", "tasklist"), null)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(pad, sessie("anna", "demo", "tasklist"), "0123456789ABCDEF0123456789ABCDEF")).isEqualTo(HttpStatus.FORBIDDEN);
        Sessie anna = sessie("anna", "demo", "tasklist");
        assertThat(post(pad, anna, anna.token())).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus post(String pad, Sessie sessie, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(HttpHeaders.COOKIE, sessie.cookies());
        if (token != null) {
            headers.add("X-XSRF-TOKEN", token);
        }
        return HttpStatus.valueOf(rest.postForEntity(pad, new HttpEntity<>("{}", headers), String.class).getStatusCode().value());
    }

    private record Sessie(HttpStatus status, String cookies, String token) {
    }

    private HttpStatus login(String gebruiker, String wachtwoord, String app) {
        return sessie(gebruiker, wachtwoord, app).status();
    }

    private Sessie sessie(String gebruiker, String wachtwoord, String app) {
        // the webapps' CSRF protection: the token cookie from a first request, echoed in a header
        ResponseEntity<String> eerste = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        String cookie = eerste.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        String token = cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';'));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, eerste.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.substring(0, c.indexOf(';'))).reduce((a, b) -> a + "; " + b).orElseThrow());
        headers.add("X-XSRF-TOKEN", token);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", gebruiker);
        form.add("password", wachtwoord);
        ResponseEntity<String> antwoord = rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class);
        // the login starts a new session (and CSRF token): the cookies of its answer replace the first ones
        java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(eerste.getHeaders().get(HttpHeaders.SET_COOKIE).stream(),
                        antwoord.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, java.util.List.of()).stream())
                .map(c -> c.substring(0, c.indexOf(';')))
                .forEach(c -> cookies.put(c.substring(0, c.indexOf('=')), c));
        if (!antwoord.getStatusCode().is2xxSuccessful()) {
            return new Sessie(HttpStatus.valueOf(antwoord.getStatusCode().value()), null, null);
        }
        // as the webapp does after logging in: ask who is logged in; the answer carries the session's token
        HttpHeaders sessie = new HttpHeaders();
        sessie.add(HttpHeaders.COOKIE, String.join("; ", cookies.values()));
        ResponseEntity<String> wie = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(sessie), String.class);
        wie.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, java.util.List.of()).stream()
                .map(c -> c.substring(0, c.indexOf(';')))
                .forEach(c -> cookies.put(c.substring(0, c.indexOf('=')), c));
        return new Sessie(HttpStatus.OK, String.join("; ", cookies.values()), wie.getHeaders().getFirst("X-XSRF-TOKEN"));
    }
}
