package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
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

    private HttpStatus login(String gebruiker, String wachtwoord, String app) {
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
        return HttpStatus.valueOf(antwoord.getStatusCode().value());
    }
}
