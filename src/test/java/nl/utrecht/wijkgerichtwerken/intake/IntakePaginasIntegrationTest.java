package nl.utrecht.wijkgerichtwerken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.Datumgevoelig;
import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;

/** The public pages over plain HTTP, as a browser without JavaScript posts them. */
@IntegratieTest
@Datumgevoelig
class IntakePaginasIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int poort;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void werkAfMetEenDraaiendeMailserver() {
        Jobs.voerUit(managementService);
    }

    static List<String[]> advies() {
        List<String[]> velden = new ArrayList<>();
        velden.add(new String[] {"wijkplatform", "Wijkplatform Noordwest"});
        velden.add(new String[] {"wijk", "noordwest"});
        velden.add(new String[] {"onderwerp", "Speelplek Egelantierstraat"});
        velden.add(new String[] {"soort", "gevraagd"});
        velden.add(new String[] {"adviespunten", "Meer schaduw bij de bankjes\r\n\r\nEen watertappunt\r\nHekje langs de weg"});
        velden.add(new String[] {"betrokkenen", "Werkgroep spelen"});
        velden.add(new String[] {"draagvlak", "Buurtavond met 40 bewoners"});
        velden.add(new String[] {"contactEmail", "platform-noordwest@example.org"});
        return velden;
    }

    @Test
    void deDriePaginasTonenHunVeldenEnDeStijlVanUtrecht() throws Exception {
        for (String pagina : List.of("/advies", "/initiatief", "/informatieverzoek")) {
            HttpResponse<String> antwoord = get(pagina);
            assertThat(antwoord.statusCode()).as(pagina).isEqualTo(200);
            assertThat(antwoord.body()).contains("<html lang=\"nl\"", "/nlds/design-tokens.css", "/nlds/component-library.css",
                    "utrecht-theme", "name=\"wijk\"", "<option value=\"overvecht\">Overvecht</option>", "name=\"sleutel\"")
                    .doesNotContain("<script");
        }
        assertThat(get("/advies").body()).contains("name=\"adviespunten\"", "name=\"soort\"", "name=\"draagvlak\"");
        assertThat(get("/initiatief").body()).contains("name=\"hulpGevraagd\"", "name=\"gevraagdBedrag\"", "name=\"contactTelefoon\"");
        assertThat(get("/informatieverzoek").body()).contains("name=\"vraag\"");

        HttpResponse<String> css = get("/nlds/component-library.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".utrecht-form-field", ".utrecht-button");
        assertThat(get("/nlds/design-tokens.css").body()).contains(".utrecht-theme", "--utrecht-color-red-40");
    }

    @Test
    void eenIngevuldAdviesStartDeZaakEnGaatNaarDeStatuspagina() throws Exception {
        HttpResponse<String> antwoord = post("/advies", advies());

        assertThat(antwoord.statusCode()).isEqualTo(303);
        String locatie = antwoord.headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("/status/(ADV-\\d{4}-\\d{6})\\?token=([A-Za-z0-9_-]{40,})&ontvangen=ja$").matcher(locatie);
        assertThat(m.find()).as(locatie).isTrue();
        ProcessInstance zaak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(m.group(1)).processDefinitionKeyNotIn("melding").singleResult();
        assertThat(runtimeService.getVariable(zaak.getId(), "adviespunten").toString())
                .contains("Meer schaduw bij de bankjes", "Een watertappunt", "Hekje langs de weg");

        Jobs.voerUit(managementService);
        HttpResponse<String> status = get(locatie.substring(locatie.indexOf("/status/")));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("Wij hebben uw aanvraag ontvangen", m.group(1), "Speelplek Egelantierstraat", "Advies ontvangen",
                        "(huidige fase)", "Wijkbureau Noordwest")
                .as("no internal step names (issue 21)").doesNotContain("Advies registreren")
                .containsPattern("uiterlijk op\\s*<strong>\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}</strong>");
    }

    @Test
    void foutenStaanBijHunVeldMetDeIngevuldeWaardenEnErWordtNietsGestart() throws Exception {
        long voor = historyService.createHistoricProcessInstanceQuery().count();
        List<String[]> velden = new ArrayList<>(advies());
        velden.removeIf(v -> v[0].equals("wijkplatform") || v[0].equals("wijk") || v[0].equals("contactEmail"));
        velden.add(new String[] {"wijk", "atlantis"});
        velden.add(new String[] {"contactEmail", "geen-adres"});

        HttpResponse<String> antwoord = post("/advies", velden);

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(antwoord.body())
                .contains("<title>Fout: advies van een wijkplatform — Gemeente Utrecht</title>", "Uw aanvraag is nog niet verstuurd")
                .contains("href=\"#veld-wijkplatform\"", "Wijkplatform: dit veld is verplicht")
                .contains("id=\"fout-wijk\"", "&#39;atlantis&#39; is geen bekende wijk")
                .contains("id=\"fout-contactEmail\"", "is geen geldig e-mailadres")
                .contains("aria-invalid=\"true\"", "value=\"Speelplek Egelantierstraat\"", "value=\"geen-adres\"", "Een watertappunt");
        assertThat(antwoord.body()).containsPattern("id=\"veld-wijkplatform\"[^>]*aria-describedby=\"fout-wijkplatform\"");
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(voor);
    }

    @Test
    void eenInitiatiefVanDePaginaKrijgtKanaalOnlineEnDeAangevinkteHulp() throws Exception {
        HttpResponse<String> antwoord = post("/initiatief", List.of(
                new String[] {"titel", "Buurtbibliotheek"}, new String[] {"beschrijving", "Een kastje met boeken bij de speeltuin"},
                new String[] {"wijk", "zuidwest"}, new String[] {"initiatiefnemer", "Sem"}, new String[] {"contactTelefoon", "06 1234 5678"},
                new String[] {"hulpGevraagd", "geld"}, new String[] {"hulpGevraagd", "faciliteiten"}, new String[] {"gevraagdBedrag", "150,50"}));

        assertThat(antwoord.statusCode()).isEqualTo(303);
        String nummer = antwoord.headers().firstValue("Location").orElseThrow().replaceAll(".*/status/(INI-[0-9-]+)\\?.*", "$1");
        ProcessInstance zaak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).processDefinitionKeyNotIn("melding").singleResult();
        Map<String, Object> variabelen = runtimeService.getVariables(zaak.getId());
        assertThat(variabelen.get("kanaal")).isEqualTo("online");
        assertThat(variabelen.get("hulpGevraagd").toString()).contains("geld", "faciliteiten");
        assertThat(variabelen.get("gevraagdBedrag")).isEqualTo(150.5);
    }

    @Test
    void eenInformatieverzoekZonderVraagWordtGeweigerdEnMetVraagGestart() throws Exception {
        List<String[]> velden = new ArrayList<>(List.<String[]>of(new String[] {"wijkplatform", "Wijkplatform Oost"}, new String[] {"wijk", "oost"},
                new String[] {"onderwerp", "Bomenkap Wilhelminapark"}, new String[] {"contactEmail", "oost@example.org"}));
        HttpResponse<String> zonder = post("/informatieverzoek", velden);
        assertThat(zonder.statusCode()).isEqualTo(400);
        assertThat(zonder.body()).contains("id=\"fout-vraag\"", "Vraag: dit veld is verplicht");

        velden.add(new String[] {"vraag", "Welke bomen worden gekapt en waarom?"});
        HttpResponse<String> met = post("/informatieverzoek", velden);
        assertThat(met.statusCode()).isEqualTo(303);
        assertThat(met.headers().firstValue("Location").orElseThrow()).contains("/status/INF-");
    }

    @Test
    void tweeKeerVersturenMetDezelfdePaginasleutelStartEenZaak() throws Exception {
        List<String[]> velden = new ArrayList<>(advies());
        velden.add(new String[] {"sleutel", "pagina-" + System.nanoTime()});
        long voor = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("wijkplatform-advies").count();

        HttpResponse<String> eerste = post("/advies", velden);
        HttpResponse<String> tweede = post("/advies", velden);

        assertThat(eerste.statusCode()).isEqualTo(303);
        assertThat(tweede.headers().firstValue("Location")).isEqualTo(eerste.headers().firstValue("Location"));
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("wijkplatform-advies").count()).isEqualTo(voor + 1);
    }

    @Test
    void deInitiatiefnemerGeeftZijnEvaluatieOpDeStatuspagina() throws Exception {
        String[] zaak = initiatiefDatEenEvaluatieVraagt();
        String status = "/status/" + zaak[0] + "?token=" + zaak[1];
        assertThat(get(status).body()).contains("Hoe was het?", "name=\"evaluatieScore\"", "Evaluatie versturen");
        String actie = "/status/" + zaak[0] + "/evaluatie?token=" + zaak[1];

        HttpResponse<String> zonderScore = post(actie, List.<String[]>of(new String[] {"evaluatieToelichting", "Fijn contact <b>echt</b>"}));
        assertThat(zonderScore.statusCode()).isEqualTo(400);
        assertThat(zonderScore.body()).contains("Score: geef een score van 1 tot en met 5", "Fijn contact &lt;b&gt;echt&lt;/b&gt;");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak[0]).processDefinitionKeyNotIn("melding").count()).isOne();

        HttpResponse<String> verkeerd = post("/status/" + zaak[0] + "/evaluatie?token=raden",
                List.<String[]>of(new String[] {"evaluatieScore", "4"}, new String[] {"evaluatieToelichting", "Goed"}));
        assertThat(verkeerd.statusCode()).isEqualTo(404);

        HttpResponse<String> gegeven = post(actie, List.<String[]>of(new String[] {"evaluatieScore", "4"},
                new String[] {"evaluatieToelichting", "Snel contact, de contactpersoon dacht mee"}));
        assertThat(gegeven.statusCode()).isEqualTo(303);
        HttpResponse<String> daarna = get(gegeven.headers().firstValue("Location").orElseThrow());
        assertThat(daarna.body()).contains("Bedankt voor uw evaluatie", "4 van 5", "Snel contact, de contactpersoon dacht mee")
                .doesNotContain("Evaluatie versturen");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak[0]).processDefinitionKeyNotIn("melding").count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("evaluatieDoor").list().stream()
                .anyMatch(v -> "initiatiefnemer".equals(v.getValue()))).isTrue();

        assertThat(post(actie, List.<String[]>of(new String[] {"evaluatieScore", "5"}, new String[] {"evaluatieToelichting", "Nog eens"})).statusCode())
                .isEqualTo(404);
    }

    @Test
    void deEvaluatieKanOokOverDeApi() throws Exception {
        String[] zaak = initiatiefDatEenEvaluatieVraagt();
        String pad = "/api/status/" + zaak[0] + "/evaluatie?token=" + zaak[1];

        HttpResponse<String> teHoog = postJson(pad, "{\"score\": 6, \"toelichting\": \"Prima\"}");
        assertThat(teHoog.statusCode()).isEqualTo(400);
        assertThat(teHoog.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(teHoog.body()).contains("geef een score van 1 tot en met 5");
        assertThat(postJson(pad, "{\"score\": \"vier\", \"toelichting\": \"Prima\"}").body()).contains("moet een getal zijn");
        assertThat(postJson("/api/status/" + zaak[0] + "/evaluatie?token=raden", "{\"score\": 4, \"toelichting\": \"Prima\"}").statusCode())
                .isEqualTo(404);

        HttpResponse<String> gegeven = postJson(pad, "{\"score\": 5, \"toelichting\": \"Heel fijn geholpen\"}");
        assertThat(gegeven.statusCode()).isEqualTo(200);
        assertThat(gegeven.body()).contains("\"evaluatieScore\":5", "\"afgerond\":true", "\"evaluatieGevraagd\":false");
    }

    /** An initiative from the API, moved on to its evaluation (the steps before it are tested elsewhere). */
    private String[] initiatiefDatEenEvaluatieVraagt() throws Exception {
        HttpResponse<String> ingediend = postJson("/api/initiatieven", "{\"titel\": \"Moestuin\", \"beschrijving\": \"Bakken op het plein\","
                + " \"wijk\": \"oost\", \"initiatiefnemer\": \"Noor\", \"contactTelefoon\": \"030 123 4567\"}");
        Matcher m = Pattern.compile("/status/(INI-[0-9-]+)\\?token=([A-Za-z0-9_-]+)").matcher(ingediend.body());
        assertThat(m.find()).as(ingediend.body()).isTrue();
        Jobs.voerUit(managementService);
        ProcessInstance zaak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(m.group(1)).processDefinitionKeyNotIn("melding").singleResult();
        runtimeService.setVariable(zaak.getId(), "contactpersoon", "bram");
        runtimeService.createProcessInstanceModification(zaak.getId())
                .cancelAllForActivity("Task_ContactLeggen").startBeforeActivity("Task_EvaluatieVastleggen").execute();
        return new String[] {m.group(1), m.group(2)};
    }

    private HttpResponse<String> postJson(String pad, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String pad) throws Exception {
        String url = pad.startsWith("http") ? pad : "http://localhost:" + poort + pad;
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String pad, List<String[]> velden) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String[] veld : velden) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(veld[0], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(veld[1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
