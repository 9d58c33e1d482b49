package nl.utrecht.wijkgerichtwerken.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Testklok;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * Issue 22 item 4: a case whose clock stands still is "opgeschort", not late: on the managers' dashboard, in the case
 * list, in Tasklist's filters "Te laat" and "Bijna te laat" (its own filter "Opgeschort" instead) and in the weekly
 * digest, also when its task was already overdue when the submitter was asked. The clock is set by the test.
 */
@IntegratieTest
class OpschortingDashboardIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired WeekoverzichtMail weekoverzichtMail;
    @Autowired nl.utrecht.wijkgerichtwerken.zaak.Aanvullingsverzoeken verzoeken;

    @AfterEach
    void klok() {
        Testklok.herstel();
    }

    static void zet(String moment) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(moment).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
    }

    @Test
    void eenOpgeschorteZaakIsNergensTeLaatMaarOpgeschort() {
        zet("2026-09-01T10:00");
        Zaakmaker maker = new Zaakmaker(engine);
        String zaak = maker.advies("Opgeschort niet te laat", "so");
        Task reactie = maker.taak(zaak, "Task_ReactieSchrijven");
        zet("2026-10-15T10:00");
        assertThat(termijnstatus(zaak)).as("overdue before the pause").isIn("te-laat", "ruim-te-laat");
        assertThat(inFilter("daan", "Te laat", reactie)).isTrue();
        assertThat(dashboard(zaak, "te-laat") || dashboard(zaak, "ruim-te-laat")).isTrue();

        assertThat(rest.withBasicAuth("daan", "demo").postForEntity("/api/zaken/" + zaak + "/aanvullingsverzoek",
                Map.of("vraag", "Welke oversteek?", "termijn", 10), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(termijnstatus(zaak)).isEqualTo("opgeschort");
        assertThat(dashboard(zaak, "opgeschort")).isTrue();
        assertThat(dashboard(zaak, "te-laat") || dashboard(zaak, "ruim-te-laat") || dashboard(zaak, "bijna-te-laat")).isFalse();
        assertThat(rest.withBasicAuth("jet", "demo").getForObject("/api/dashboard/open-zaken", JsonNode.class)
                .get("totalen").get("opgeschort").asLong()).isPositive();
        assertThat(inFilter("daan", "Te laat", reactie)).isFalse();
        assertThat(inFilter("daan", "Bijna te laat", reactie)).isFalse();
        assertThat(inFilter("daan", "Opgeschort", reactie)).isTrue();
        zet("2026-10-26T10:00");
        assertThat(inFilter("daan", "Bijna te laat", reactie)).as("a week into the pause").isFalse();
        assertThat(inFilter("daan", "Te laat", reactie)).isFalse();
        List<String> codes = new ArrayList<>();
        weekoverzichtMail.taken("daan").stream().filter(t -> String.valueOf(t.get("naam")).contains(zaak))
                .forEach(t -> codes.add((String) t.get("code")));
        assertThat(codes).as("the digest").containsExactly("opgeschort");
    }

    @Test
    void deKengetallenTellenAlleenDeWerkdagenDatDeKlokLiep() {
        zet("2027-02-01T10:00");
        Zaakmaker maker = new Zaakmaker(engine);
        String zaak = maker.advies("Kengetal na opschorting", "so");
        // reactie due 15 March 2027 (30 werkdagen); the clock stands still 1 to 15 February: 10 werkdagen
        rest.withBasicAuth("daan", "demo").postForEntity("/api/zaken/" + zaak + "/aanvullingsverzoek",
                Map.of("vraag", "Welke oversteek?", "termijn", 15), JsonNode.class);
        zet("2027-02-15T10:00");
        assertThat(rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class).get("opgeschort").asBoolean())
                .isTrue();
        verzoeken.beantwoord(zaak, "Die bij de school.");

        // sent on 22 March: a week after the original date, on time by the clock that ran
        zet("2027-03-22T10:00");
        // the figures over the same 90 days just before and just after (other tests' cases fall out as the clock moves)
        JsonNode voor = rest.withBasicAuth("jet", "demo").getForObject("/api/dashboard/kengetallen", JsonNode.class).get("adviesreactiesOpTijd");
        maker.voltooi("daan", maker.taak(zaak, "Task_ReactieSchrijven"), Map.of("punten",
                "[{\"standpunt\":\"overgenomen\",\"motivering\":\"Wij nemen dit over: de oversteek ligt op een schoolroute.\"}]",
                "vervolg", "De oversteek komt in april."));
        maker.voltooi("carla", maker.taak(zaak, "Task_ReactieBeoordelen"), Map.of("akkoord", "ja"));
        JsonNode na = rest.withBasicAuth("jet", "demo").getForObject("/api/dashboard/kengetallen", JsonNode.class).get("adviesreactiesOpTijd");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("opTijd")
                .processInstanceId(reactieZaak(zaak)).singleResult().getValue()).isEqualTo(true);
        assertThat(na.get("opTijd").asLong() - (voor == null || voor.get("opTijd").isNull() ? 0 : voor.get("opTijd").asLong()))
                .as("counted on time").isEqualTo(1);
    }

    private String reactieZaak(String zaak) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("wijkplatform-advies").singleResult().getId();
    }

    private String termijnstatus(String zaak) {
        return rest.withBasicAuth("daan", "demo").getForObject("/api/zaken/" + zaak, JsonNode.class).get("termijnstatus").asText();
    }

    private boolean dashboard(String zaak, String bak) {
        JsonNode zaken = rest.withBasicAuth("jet", "demo").getForObject("/api/dashboard/open-zaken/zaken?proces=wijkplatform-advies&wijk=oost&dienst=so&stap=Task_ReactieSchrijven"
                + "&termijnstatus=" + bak, JsonNode.class);
        for (JsonNode z : zaken) {
            if (zaak.equals(z.get("zaaknummer").asText())) {
                return true;
            }
        }
        return false;
    }

    private boolean inFilter(String gebruiker, String filter, Task taak) {
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(gebruiker, groepen);
        try {
            String id = filterService.createTaskFilterQuery().filterName(filter).singleResult().getId();
            return filterService.<Task>list(id).stream().anyMatch(t -> t.getId().equals(taak.getId()));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
