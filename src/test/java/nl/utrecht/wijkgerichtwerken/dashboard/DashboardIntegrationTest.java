package nl.utrecht.wijkgerichtwerken.dashboard;

import static nl.utrecht.wijkgerichtwerken.dashboard.DashboardTestZaken.klok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.Datumgevoelig;
import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/**
 * The managers' dashboard over its JSON API in the whole app: escalations started in March 2026 on the engine's
 * clock fall into the buckets of the business clock, the cases behind a count link to Cockpit and Tasklist, the
 * 90-day figures count them, and only managers get in (also on /actuator/prometheus).
 */
@IntegratieTest
@Datumgevoelig
class DashboardIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** No other test works in this wijk; counts are still taken relative to what was there before. */
    private static final String WIJK = "vleuten-de-meern";

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;

    private DashboardTestZaken zaken;

    @BeforeEach
    void zaken() {
        zaken = new DashboardTestZaken(rest, runtimeService, taskService, managementService);
        // anna escalates in a wijk of its own for these figures: she must belong to it to start there
        identityService.createMembership("anna", "wijk-" + WIJK);
    }

    @AfterEach
    void opruimen() {
        zaken.ruimOp();
        identityService.deleteMembership("anna", "wijk-" + WIJK);
    }

    @Test
    void openZakenVallenInDeBakkenVanDeWerkdagklok() {
        klok("2026-03-30T12:00");
        Map<String, Long> voor30 = wijkrung();
        klok("2026-03-31T12:00");
        Map<String, Long> voor31 = wijkrung();

        // each rung term is 10 werkdagen, the warning 3 werkdagen before
        klok("2026-03-02T10:00");
        DashboardTestZaken.Zaak a = zaken.escalatie("anna", WIJK, "Bankjes Vleuterweide"); // due 16 March
        klok("2026-03-13T10:00");
        zaken.escalatie("anna", WIJK, "Speeltuin De Meern"); // due 27 March
        klok("2026-03-18T10:00");
        zaken.escalatie("anna", WIJK, "Fietspad Rijnvliet"); // due 1 April, warning from 27 March
        klok("2026-03-30T10:00");
        zaken.escalatie("anna", WIJK, "Groen Veldhuizen"); // due 14 April (Tweede Paasdag off)

        klok("2026-03-30T12:00");
        assertThat(verschil(wijkrung(), voor30)).as("30 March: A is exactly 20 werkdagen old, not yet twice its term")
                .containsExactly(Map.entry("op-tijd", 1L), Map.entry("bijna-te-laat", 1L), Map.entry("te-laat", 2L),
                        Map.entry("ruim-te-laat", 0L), Map.entry("opgeschort", 0L));
        klok("2026-03-31T12:00");
        assertThat(verschil(wijkrung(), voor31)).as("31 March: A is past its deadline by more than its term")
                .containsExactly(Map.entry("op-tijd", 1L), Map.entry("bijna-te-laat", 1L), Map.entry("te-laat", 1L),
                        Map.entry("ruim-te-laat", 1L), Map.entry("opgeschort", 0L));

        JsonNode ruim = get("jet", "/api/dashboard/open-zaken/zaken?proces=escalatie&wijk=" + WIJK
                + "&dienst=&stap=wijk&termijnstatus=ruim-te-laat").getBody();
        assertThat(ruim).hasSize(1);
        assertThat(ruim.get(0).get("zaaknummer").asText()).isEqualTo(a.zaaknummer());
        assertThat(ruim.get(0).get("titel").asText()).isEqualTo("Bankjes Vleuterweide");
        assertThat(ruim.get(0).get("termijn").asText()).isEqualTo("2026-03-16");
        assertThat(ruim.get(0).get("behandelaar").asText()).isEqualTo("anna");
        assertThat(ruim.get(0).get("cockpitUrl").asText())
                .endsWith("/camunda/app/cockpit/default/#/process-instance/" + a.id() + "/runtime");
        assertThat(ruim.get(0).get("tasklistUrl").asText())
                .endsWith("/camunda/app/tasklist/default/#/?task=" + zaken.taak(a));
        JsonNode allemaal = get("jet", "/api/dashboard/open-zaken/zaken?proces=escalatie&wijk=" + WIJK).getBody();
        assertThat(allemaal).extracting(z -> z.get("termijnstatus").asText())
                .contains("op-tijd", "bijna-te-laat", "te-laat", "ruim-te-laat");
    }

    @Test
    void kengetallenVanDeAfgelopenNegentigDagen() {
        klok("2026-03-31T12:00");
        JsonNode voor = get("jet", "/api/dashboard/kengetallen").getBody();

        klok("2026-03-02T10:00");
        DashboardTestZaken.Zaak zaak = zaken.escalatie("anna", WIJK, "Parkeren Vleuten");
        klok("2026-03-06T15:00");
        zaken.escaleer("anna", zaak);

        klok("2026-03-31T12:00");
        JsonNode na = get("jet", "/api/dashboard/kengetallen").getBody();
        assertThat(na.get("van").asText()).isEqualTo("2025-12-31");
        assertThat(na.get("tot").asText()).isEqualTo("2026-03-31");
        assertThat(na.has("escalatiesPerWijk")).as("escalations per wijk are no performance figure (seed 004)").isFalse();
        assertThat(aantal(na.get("escalatiesPerDienst"), "so") - aantal(voor.get("escalatiesPerDienst"), "so")).isEqualTo(1);
        JsonNode wijkNiveau = na.get("escalatieNiveaus").get(0);
        assertThat(wijkNiveau.get("niveau").asText()).isEqualTo("wijk");
        assertThat(wijkNiveau.get("aantal").asLong() - voor.get("escalatieNiveaus").get(0).get("aantal").asLong()).isEqualTo(1);
        if (voor.get("escalatieNiveaus").get(0).get("aantal").asLong() == 0) {
            assertThat(wijkNiveau.get("mediaanWerkdagen").asDouble()).as("Monday to Friday: 4 werkdagen").isEqualTo(4.0);
        }
        assertThat(na.get("adviesreactiesOpTijd").has("percentage")).isTrue();
        assertThat(na.get("evaluaties").get("verdeling").size()).isEqualTo(5);
    }

    @Test
    void alleenManagersKrijgenDeCijfers() {
        ResponseEntity<String> anoniem = rest.getForEntity("/api/dashboard/open-zaken", String.class);
        assertThat(anoniem.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anoniem.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        // a wrong password delays the user's next login (Camunda's login throttling): an unknown user here
        assertThat(rest.withBasicAuth("niemand", "fout").getForEntity("/api/dashboard/open-zaken", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> anna = rest.withBasicAuth("anna", "demo").getForEntity("/api/dashboard/kengetallen", String.class);
        assertThat(anna.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anna.getBody()).contains("alleen voor managers");
        assertThat(get("jet", "/api/dashboard/open-zaken").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("demo", "/api/dashboard/open-zaken").getStatusCode()).as("camunda-admin").isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> onbekend = get("jet", "/api/dashboard/open-zaken/zaken?termijnstatus=morgen");
        assertThat(onbekend.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(onbekend.getBody().get("detail").asText()).startsWith("Onbekende termijnstatus 'morgen'");

        assertThat(rest.getForEntity("/api/status/ADV-2026-999999?token=x", String.class).getStatusCode())
                .as("the public status API stays public").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void prometheusAlleenVoorManagersMetDeDashboardcijfers() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("anna", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("jet", "demo").getForEntity("/actuator/env", String.class).getStatusCode())
                .as("only health and prometheus are exposed").isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> metrics = rest.withBasicAuth("jet", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody())
                .contains("wijk_open_zaken{proces=\"escalatie\",termijnstatus=\"ruim-te-laat\",wijk=\"" + WIJK + "\"}")
                .contains("wijk_open_zaken_dienst{dienst=\"so\",proces=\"wijkplatform-advies\",termijnstatus=\"te-laat\"}")
                .contains("wijk_adviesreacties_op_tijd_ratio")
                .contains("wijk_escalatie_niveau_mediaan_werkdagen{niveau=\"wijkgarage\"}")
                .contains("wijk_evaluatie_score_gemiddeld");
    }

    /** The buckets of this wijk's escalations at the first rung (no dienst at that rung). */
    private Map<String, Long> wijkrung() {
        JsonNode overzicht = get("jet", "/api/dashboard/open-zaken").getBody();
        Map<String, Long> aantallen = new LinkedHashMap<>();
        OpenZaken.BAKKEN.forEach(bak -> aantallen.put(bak, 0L));
        for (JsonNode rij : overzicht.get("rijen")) {
            if ("escalatie".equals(rij.get("proces").asText()) && WIJK.equals(rij.get("wijk").asText())
                    && rij.get("dienst").isNull() && "wijk".equals(rij.get("stap").asText())) {
                assertThat(rij.get("stapNaam").asText()).isEqualTo("Wijk");
                assertThat(rij.get("wijkNaam").asText()).isEqualTo("Vleuten-De Meern");
                OpenZaken.BAKKEN.forEach(bak -> aantallen.put(bak, rij.get("aantallen").get(bak).asLong()));
            }
        }
        return aantallen;
    }

    private static Map<String, Long> verschil(Map<String, Long> na, Map<String, Long> voor) {
        Map<String, Long> verschil = new LinkedHashMap<>();
        na.forEach((bak, aantal) -> verschil.put(bak, aantal - voor.get(bak)));
        return verschil;
    }

    private static long aantal(JsonNode lijst, String code) {
        for (JsonNode a : lijst) {
            if (code.equals(a.get("code").asText())) {
                return a.get("aantal").asLong();
            }
        }
        return 0;
    }

    private ResponseEntity<JsonNode> get(String gebruiker, String pad) {
        return rest.withBasicAuth(gebruiker, "demo").getForEntity(pad, JsonNode.class);
    }
}
