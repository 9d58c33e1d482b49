package nl.utrecht.wijkgerichtwerken.inloggen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.utrecht.wijkgerichtwerken.TestProcessen;
import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * Profile oidc against a real OpenID Connect provider: {@code /engine-rest} takes the provider's bearer tokens and the
 * token's groups decide what the caller sees; expired, forged and foreign tokens and Basic logins are refused; the
 * managers' figures need the group manager; the webapps send a browser to the provider and refuse their own password
 * login; the public pages stay open. Own JVM: a second app would take over Camunda's JVM-wide engine registry.
 */
@SpringBootTest(classes = WijkgerichtWerkenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "oidc"})
@Tag("eigen-jvm")
class OidcIntegrationTest {

    private static final long UUR = 3600;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        Identiteitsprovider.instellingen(registry);
    }

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String taakId;

    @BeforeEach
    void eenTaakVoorDeWijkregisseurs() {
        String key = TestProcessen.eenTaakVoorGroep(repositoryService, "test-oidc", Groepen.WIJKREGISSEUR);
        String id = runtimeService.startProcessInstanceByKey(key).getId();
        taakId = taskService.createTaskQuery().processInstanceId(id).singleResult().getId();
    }

    @Test
    void wijkregisseurZietMetZijnTokenZijnGroepstaakInDeEngineRestApi() throws Exception {
        // the provider's group name reaches the project's group wijkregisseur through wijk.oidc.groepen
        String token = Identiteitsprovider.token("anna", List.of(Identiteitsprovider.GROEP_WIJKREGISSEURS, "wijk-oost"), UUR);
        HttpResponse<String> taken = get("/engine-rest/task?taskId=" + taakId, "Bearer " + token);
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains(taakId);
    }

    @Test
    void tokenZonderDeGroepZietGeenTaken() throws Exception {
        String token = Identiteitsprovider.token("zonder", List.of("iets-anders", "wijkregisseurs"), UUR);
        HttpResponse<String> taken = get("/engine-rest/task?taskId=" + taakId, "Bearer " + token);
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).isEqualTo("[]");
    }

    @Test
    void verlopenTokenWordtGeweigerd() throws Exception {
        String token = Identiteitsprovider.token("anna", List.of(Groepen.WIJKREGISSEUR), -UUR);
        assertThat(get("/engine-rest/task", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void vervalstTokenWordtGeweigerd() throws Exception {
        String[] delen = Identiteitsprovider.token("zonder", List.of(), UUR).split("\\.");
        String inhoud = new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[]", "\"groups\":[\"camunda-admin\"]");
        assertThat(inhoud).contains("camunda-admin");
        String vervalst = delen[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(inhoud.getBytes(StandardCharsets.UTF_8)) + "." + delen[2];
        assertThat(get("/engine-rest/task", "Bearer " + vervalst).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenVoorEenAndereToepassingWordtGeweigerd() throws Exception {
        String token = Identiteitsprovider.token("anna", List.of(Groepen.WIJKREGISSEUR), "andere-toepassing", UUR);
        assertThat(get("/engine-rest/task", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void basicInloggenWordtGeweigerdOokMetEenGeldigWachtwoord() throws Exception {
        assertThat(identityService.checkPassword("demo", "demo")).as("the administrator of application.yaml").isTrue();
        String basic = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        assertThat(get("/engine-rest/task", basic).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(401);
    }

    @Test
    void managerscijfersAlleenVoorDeGroepManager() throws Exception {
        String manager = Identiteitsprovider.token("jet", List.of(Groepen.MANAGER), UUR);
        String wijkregisseur = Identiteitsprovider.token("anna", List.of(Groepen.WIJKREGISSEUR), UUR);
        assertThat(get("/api/dashboard/kengetallen", "Bearer " + manager).statusCode()).isEqualTo(200);
        HttpResponse<String> geweigerd = get("/api/dashboard/kengetallen", "Bearer " + wijkregisseur);
        assertThat(geweigerd.statusCode()).isEqualTo(403);
        assertThat(geweigerd.body()).contains("Geen toegang");
        HttpResponse<String> anoniem = get("/api/dashboard/kengetallen", null);
        assertThat(anoniem.statusCode()).isEqualTo(401);
        assertThat(anoniem.body()).contains("Niet ingelogd");
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/zaken", null).statusCode()).as("the case list's API needs a login too").isEqualTo(401);
        // open to load balancers (the test has no mail server, so the health itself may be DOWN)
        assertThat(get("/actuator/health", null).statusCode()).isNotIn(401, 403);
    }

    @Test
    void tasklistStuurtDeBrowserNaarDeIdentiteitsprovider() throws Exception {
        HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/", null);
        assertThat(tasklist.statusCode()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(
                adres -> assertThat(adres).endsWith("/oauth2/authorization/gemeente"));
        HttpResponse<String> start = get("/oauth2/authorization/gemeente", null);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(adres -> assertThat(adres)
                .startsWith(Identiteitsprovider.uitgever() + "/authorize")
                .contains("code_challenge=", "code_challenge_method=S256"));
    }

    @Test
    void wachtwoordInloggenVanDeWebappsWordtGeweigerd() throws Exception {
        // anna, known from an earlier login, with the webapps' CSRF token: the password login would switch the session to demo
        if (identityService.createUserQuery().userId("anna").count() == 0) {
            identityService.saveUser(identityService.newUser("anna"));
            identityService.createMembership("anna", Groepen.WIJKREGISSEUR);
        }
        String token = "Bearer " + Identiteitsprovider.token("anna", List.of(Groepen.WIJKREGISSEUR), UUR);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> tasklist = browser.send(HttpRequest.newBuilder(adres("/camunda/app/tasklist/default/"))
                .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tasklist.statusCode()).isEqualTo(200);
        String cookie = tasklist.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        String csrf = cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';'));
        HttpRequest inloggen = HttpRequest.newBuilder(adres("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Authorization", token)
                .header("X-XSRF-TOKEN", csrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo")).build();
        HttpResponse<String> antwoord = browser.send(inloggen, HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(403);
        assertThat(antwoord.body()).doesNotContain("\"userId\":\"demo\"");
    }

    @Test
    void webappsWeigerenEenTokenVanIemandDieNooitIsIngelogd() throws Exception {
        String token = Identiteitsprovider.token("koppeling", List.of(Groepen.WIJKREGISSEUR), UUR);
        HttpResponse<String> tasklist = get("/camunda/api/engine/engine/default/task/count", "Bearer " + token);
        assertThat(tasklist.statusCode()).isEqualTo(401);
    }

    @Test
    void elkeInlogZetDeGroependeelnameGelijkAanDieVanHetToken() {
        GebruikersBijInloggen gebruikers = new GebruikersBijInloggen(identityService);
        gebruikers.legVast(new GebruikersBijInloggen.Gebruiker("bram.oidc@utrecht.example", "Bram", "Jansen",
                "bram@utrecht.example", List.of(Groepen.wijkbureau("oost"), Groepen.wijk("oost"))));
        // moved to Overvecht in the directory: the next login ends the memberships of Oost
        gebruikers.legVast(new GebruikersBijInloggen.Gebruiker("bram.oidc@utrecht.example", "Bram", "Jansen",
                "bram.jansen@utrecht.example", List.of(Groepen.wijkbureau("overvecht"), Groepen.wijk("overvecht"))));
        assertThat(identityService.createGroupQuery().groupMember("bram.oidc@utrecht.example").list())
                .extracting(org.camunda.bpm.engine.identity.Group::getId)
                .containsExactlyInAnyOrder("wijkbureau-overvecht", "wijk-overvecht");
        assertThat(identityService.createUserQuery().memberOfGroup("wijkbureau-oost").list())
                .extracting(org.camunda.bpm.engine.identity.User::getId).doesNotContain("bram.oidc@utrecht.example");
        assertThat(identityService.createUserQuery().userId("bram.oidc@utrecht.example").singleResult().getEmail())
                .isEqualTo("bram.jansen@utrecht.example");
    }

    @Test
    void publiekePaginasBlijvenOpen() throws Exception {
        assertThat(get("/advies", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/status/ZAAK-0000-0000", null).statusCode()).isNotIn(401, 403);
    }

    private HttpResponse<String> get(String pad, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(adres(pad)).GET();
        if (authorization != null) {
            verzoek.header("Authorization", authorization);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI adres(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
