package nl.utrecht.wijkgerichtwerken.organisatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;

/**
 * The engine REST API per demo user: reading cases and history only as manager; deleting, suspending,
 * changing variables and deploying refused to everyone but the administrator, the manager included.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutorisatieRestMatrixIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;

    private String zaak;

    @BeforeAll
    void eenEscalatieBijDeDienstdirecteuren() {
        Map<String, Object> start = new HashMap<>(Map.of("titel", "REST-matrix", "wijk", "oost", "diensten", List.of("so", "sw"),
                "knelpunt", "Autorisaties over REST", "urgentie", "normaal", "startNiveau", "dienstdirecteur", "redenOverslaan", "Test"));
        identityService.setAuthentication("anna", List.of("wijkregisseur", "wijk-oost"));
        try {
            zaak = runtimeService.startProcessInstanceByKey("escalatie", start).getId();
        } finally {
            identityService.clearAuthentication();
        }
        Jobs.voerUit(managementService);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anna", "karim", "bram", "carla", "daan", "eva", "femke", "gert", "hanna", "ivo", "jet"})
    void leestAlleenAlsManagerEnVeranderdtNietsBuitenZijnTaken(String gebruiker) {
        TestRestTemplate als = rest.withBasicAuth(gebruiker, "demo");
        boolean manager = gebruiker.equals("jet");
        int zichtbaar = manager ? 1 : 0;

        assertThat(lijst(als, "/engine-rest/process-instance?processInstanceIds=" + zaak)).as("running case").isEqualTo(zichtbaar);
        assertThat(lijst(als, "/engine-rest/history/process-instance?processInstanceIds=" + zaak)).as("historic case").isEqualTo(zichtbaar);
        assertThat(lijst(als, "/engine-rest/variable-instance?processInstanceIdIn=" + zaak) > 0).as("variables").isEqualTo(manager);
        int taken = lijst(als, "/engine-rest/task?processInstanceId=" + zaak);
        // at the dienstdirecteur rung: one task per dienst; the wijkregisseur has no standing task (withdrawal is an action)
        assertThat(taken).as("tasks").isEqualTo(manager ? 2 : gebruiker.equals("femke") || gebruiker.equals("gert") ? 1 : 0);

        assertThat(status(als, HttpMethod.DELETE, "/engine-rest/process-instance/" + zaak, null)).as("delete case")
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(status(als, HttpMethod.PUT, "/engine-rest/process-instance/" + zaak + "/suspended", Map.of("suspended", true)))
                .as("suspend case").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(status(als, HttpMethod.POST, "/engine-rest/process-instance/" + zaak + "/variables",
                Map.of("modifications", Map.of("niveau", Map.of("value", "bestuurlijk"))))).as("change a variable")
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(status(als, HttpMethod.PUT, "/engine-rest/process-definition/key/escalatie/suspended",
                Map.of("suspended", true, "includeProcessInstances", true))).as("suspend the process").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy(als)).as("deploy a model").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(als, HttpMethod.POST, "/engine-rest/user/create",
                Map.of("profile", Map.of("id", "indringer"), "credentials", Map.of("password", "indringer1")))).as("create a user")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(als, HttpMethod.PUT, "/engine-rest/group/camunda-admin/members/" + gebruiker, null))
                .as("join camunda-admin").isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(zaak).active().count()).isOne();
        assertThat(runtimeService.getVariable(zaak, "niveau")).isEqualTo("dienstdirecteur");
        assertThat(identityService.createUserQuery().userId("indringer").count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId(gebruiker).count()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"demo"})
    void deBeheerderLeestAlles(String beheerder) {
        TestRestTemplate als = rest.withBasicAuth(beheerder, "demo");
        assertThat(lijst(als, "/engine-rest/process-instance?processInstanceIds=" + zaak)).isOne();
        assertThat(lijst(als, "/engine-rest/task?processInstanceId=" + zaak)).isEqualTo(2);
        assertThat(lijst(als, "/engine-rest/authorization?groupIdIn=manager")).isPositive();
    }

    private static int lijst(TestRestTemplate als, String pad) {
        var antwoord = als.getForEntity(pad, JsonNode.class);
        assertThat(antwoord.getStatusCode()).as(pad).isEqualTo(HttpStatus.OK);
        return antwoord.getBody().size();
    }

    private static HttpStatus status(TestRestTemplate als, HttpMethod methode, String pad, Object body) {
        return HttpStatus.valueOf(als.exchange(pad, methode, new HttpEntity<>(body), String.class).getStatusCode().value());
    }

    private static HttpStatus deploy(TestRestTemplate als) {
        MultiValueMap<String, Object> deel = new LinkedMultiValueMap<>();
        deel.add("deployment-name", "indringer");
        deel.add("data", new ByteArrayResource("<definitions/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "indringer.bpmn";
            }
        });
        return HttpStatus.valueOf(als.postForEntity("/engine-rest/deployment/create", deel, String.class).getStatusCode().value());
    }
}
