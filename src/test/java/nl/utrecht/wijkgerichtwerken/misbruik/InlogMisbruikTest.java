package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/**
 * What an outsider cannot do with wrong passwords: lock an official out. Failed logins slow down the address they
 * come from (429 in Dutch with Retry-After), never the account: the official logs in from her own address as usual,
 * in the webapps and over HTTP Basic.
 */
@IntegratieTest
class InlogMisbruikTest {

    @LocalServerPort int poort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void foutieveWachtwoordenVanEldersSluitenDeAmbtenaarNietBuiten() throws Exception {
        String aanvaller = "203.0.113.66";
        for (int i = 0; i < 10; i++) {
            assertThat(basic("/engine-rest/task", "anna", "raden-" + i, aanvaller).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> vertraagd = basic("/engine-rest/task", "anna", "raden-10", aanvaller);
        assertThat(vertraagd.statusCode()).isEqualTo(429);
        assertThat(vertraagd.headers().firstValue("Retry-After").map(Integer::parseInt).orElseThrow()).isBetween(1, 600);
        assertThat(vertraagd.body()).contains("Te veel mislukte inlogpogingen", "Probeer het over");
        // the right password from the attacker's address is not even checked until the delay is over
        assertThat(basic("/engine-rest/task", "anna", "demo", aanvaller).statusCode()).isEqualTo(429);

        String anna = "198.51.100.77";
        assertThat(basic("/engine-rest/task", "anna", "demo", anna).statusCode()).isEqualTo(200);
        assertThat(webappLogin("anna", "demo", anna)).isEqualTo(200);
    }

    @Test
    void foutieveWebappLoginsVertragenAlleenHetAdresWaarZeVandaanKomen() throws Exception {
        String aanvaller = "203.0.113.67";
        for (int i = 0; i < 10; i++) {
            assertThat(webappLogin("karim", "raden-" + i, aanvaller)).isEqualTo(401);
        }
        assertThat(webappLogin("karim", "raden-10", aanvaller)).isEqualTo(429);
        assertThat(basic("/api/dashboard/open-zaken", "jet", "raden", aanvaller).statusCode()).isEqualTo(429);

        String karim = "198.51.100.78";
        assertThat(webappLogin("karim", "demo", karim)).isEqualTo(200);
        assertThat(basic("/engine-rest/task", "karim", "demo", karim).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> basic(String pad, String gebruiker, String wachtwoord, String client) throws Exception {
        String inlog = Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                        .header("Authorization", "Basic " + inlog).header("X-Forwarded-For", client).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The webapps' login form as the browser sends it: CSRF token from a first page, then the POST. */
    private int webappLogin(String gebruiker, String wachtwoord, String client) throws Exception {
        HttpResponse<String> eerste = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/camunda/app/tasklist/default/"))
                .header("X-Forwarded-For", client).GET().build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String cookie : eerste.headers().allValues("Set-Cookie")) {
            String paar = cookie.substring(0, cookie.indexOf(';'));
            cookies.put(paar.substring(0, paar.indexOf('=')), paar);
        }
        String token = cookies.get("XSRF-TOKEN").substring("XSRF-TOKEN=".length());
        String formulier = "username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(wachtwoord, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + poort + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .header("Cookie", String.join("; ", List.copyOf(cookies.values()))).header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
        return login.statusCode();
    }
}
