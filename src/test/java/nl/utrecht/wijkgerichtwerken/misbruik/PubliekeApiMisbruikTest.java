package nl.utrecht.wijkgerichtwerken.misbruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.intake.PubliekeAanvragen;
import nl.utrecht.wijkgerichtwerken.Jobs;

/**
 * What an outsider on the internet cannot do with the public API (no account): have the municipality mail its
 * officials, take someone else's status link, count under another citizen's address, or break a case with a burst.
 * Each refusal is Dutch problem+json and changes nothing.
 */
@IntegratieTest
class PubliekeApiMisbruikTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final List<String> WIJKREGISSEURS = List.of("anna@utrecht.example", "karim@utrecht.example");

    @LocalServerPort int poort;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;
    @Autowired ObjectMapper json;
    @Autowired ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void werkAf() {
        Jobs.voerUit(managementService);
    }

    @Test
    void eenLijstOfGroepAlsContactadresWordtGeweigerd() throws Exception {
        long voor = historyService.createHistoricProcessInstanceQuery().count();
        for (String adres : List.of("x@a.nl,groep:wijkregisseur", "x@a.nl;gebruiker:ivo", "groep:wijkregisseur",
                "\"Jan\" <x@a.nl>", "x@a.nl (Jan)", "x y@a.nl", "x@exаmple.org", "jürgen@example.org", "x@localhost")) {
            Map<String, Object> advies = advies();
            advies.put("contactEmail", adres);
            HttpResponse<String> antwoord = post("/api/adviezen", advies, null, "192.0.2.1");

            assertThat(antwoord.statusCode()).as(adres).isEqualTo(400);
            assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(json.readTree(antwoord.body()).get("fouten").toString()).as(adres)
                    .contains("E-mailadres").contains("geen geldig e-mailadres");
        }
        Jobs.voerUit(managementService);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(voor);
        assertThat(ontvangers()).doesNotContainAnyElementsOf(WIJKREGISSEURS).doesNotContain("ivo@utrecht.example");
    }

    @Test
    void eenLijstAlsContactadresWordtOokBijInitiatiefEnInHetStartformulierGeweigerd() throws Exception {
        long voor = historyService.createHistoricProcessInstanceQuery().count();
        HttpResponse<String> initiatief = post("/api/initiatieven", Map.of("titel", "Moestuin", "beschrijving", "Bakken op het plein",
                "wijk", "oost", "initiatiefnemer", "Noor", "contactEmail", "noor@example.org,groep:wijkregisseur"), null, "192.0.2.5");
        assertThat(initiatief.statusCode()).isEqualTo(400);
        assertThat(initiatief.body()).contains("E-mailadres", "geen geldig e-mailadres");

        // the wijkbureau's start form in Tasklist posts the same start over the engine's API
        String start = "{\"variables\": {\"wijkplatform\": {\"value\": \"Wijkplatform Oost\"}, \"wijk\": {\"value\": \"oost\"},"
                + " \"onderwerp\": {\"value\": \"Oosterspoorplein\"}, \"vraag\": {\"value\": \"Welke bomen worden gekapt?\"},"
                + " \"contactEmail\": {\"value\": \"oost@example.org;gebruiker:ivo\"}}}";
        HttpResponse<String> formulier = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort
                        + "/engine-rest/process-definition/key/informatieverzoek/start"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("bram:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(start)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(formulier.statusCode()).as(formulier.body()).isEqualTo(400);
        assertThat(formulier.body()).contains("E-mailadres", "geen geldig e-mailadres");
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(voor);
    }

    @Test
    void eenGebogenContactadresInDeZaakMaaltGeenGroepMaarNiemand() throws Exception {
        HttpResponse<String> ingediend = post("/api/adviezen", advies(), null, "192.0.2.2");
        assertThat(ingediend.statusCode()).isEqualTo(201);
        String zaak = json.readTree(ingediend.body()).get("zaaknummer").asText();
        ProcessInstance instantie = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKeyNotIn("melding").singleResult();
        Jobs.voerUit(managementService);
        // as a task holder could once write it; the receipt has gone (its recipients were fixed when the case
        // started it), so a later mail about the case reads the bent address: the extension of the term
        runtimeService.setVariable(instantie.getId(), "contactEmail", "x@a.nl,groep:wijkregisseur;gebruiker:ivo");
        // the extension as the case file's action asks it (advies/VerlengenApi)
        runtimeService.createMessageCorrelation("advies-verlenging-gevraagd").processInstanceId(instantie.getId())
                .setVariable("verlengd", true).setVariable("verlengingReden", "Drukte bij de dienst")
                .setVariable("nieuweReactieDatum", "2027-03-15").correlateWithResult();

        Jobs.voerUit(managementService);

        List<MimeMessage> vanDezeZaak = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> onderwerp(m).contains(zaak)).toList();
        assertThat(vanDezeZaak).as("only the receipt; the extension mail to the bent address went to nobody").hasSize(1);
        assertThat(ontvangers()).doesNotContainAnyElementsOf(WIJKREGISSEURS).doesNotContain("ivo@utrecht.example");
    }

    @Test
    void dezelfdeIdempotencyKeyMetAndereInhoudGeeftNietDeLinkVanDeEerste() throws Exception {
        String sleutel = "sleutel-" + System.nanoTime();
        HttpResponse<String> eerste = post("/api/adviezen", advies(), sleutel, "192.0.2.3");
        assertThat(eerste.statusCode()).isEqualTo(201);
        JsonNode eersteAntwoord = json.readTree(eerste.body());
        long na = historyService.createHistoricProcessInstanceQuery().count();

        Map<String, Object> ander = advies();
        ander.put("onderwerp", "Iets heel anders");
        ander.put("contactEmail", "aanvaller@example.org");
        HttpResponse<String> tweede = post("/api/adviezen", ander, sleutel, "192.0.2.4");

        assertThat(tweede.statusCode()).isEqualTo(422);
        assertThat(tweede.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(tweede.body()).contains("Idempotency-Key", "al gebruikt voor een andere aanvraag")
                .doesNotContain(eersteAntwoord.get("zaaknummer").asText())
                .doesNotContain(eersteAntwoord.get("statusUrl").asText().replaceAll(".*token=", ""));
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(na);
        // the genuine retry still gets its own answer
        assertThat(json.readTree(post("/api/adviezen", advies(), sleutel, "192.0.2.3").body()).get("zaaknummer"))
                .isEqualTo(eersteAntwoord.get("zaaknummer"));
    }

    @Test
    void deSnelheidsgrensVanEenBurgerGeldtNietVoorDeBurgerAchterDezelfdeProxy() throws Exception {
        met(2, () -> {
            assertThat(post("/api/adviezen", advies(), null, "198.51.100.1").statusCode()).isEqualTo(201);
            assertThat(post("/api/adviezen", advies(), null, "198.51.100.1").statusCode()).isEqualTo(201);
            HttpResponse<String> teVeel = post("/api/adviezen", advies(), null, "198.51.100.1");
            assertThat(teVeel.statusCode()).isEqualTo(429);
            assertThat(teVeel.headers().firstValue("Retry-After")).isPresent();
            assertThat(teVeel.body()).contains("Te veel aanvragen");

            assertThat(post("/api/adviezen", advies(), null, "198.51.100.2").statusCode()).isEqualTo(201);
        });
    }

    @Test
    void geweigerdeAanvragenTellenNietMeeVoorDeGeaccepteerde() throws Exception {
        met(2, () -> {
            assertThat(post("/api/adviezen", Map.of("wijk", "gotham"), null, "198.51.100.3").statusCode()).isEqualTo(400);
            assertThat(post("/api/adviezen", Map.of("wijk", "gotham"), null, "198.51.100.3").statusCode()).isEqualTo(400);
            assertThat(post("/api/adviezen", advies(), null, "198.51.100.3").statusCode()).isEqualTo(201);
            HttpResponse<String> nogEenFout = post("/api/adviezen", Map.of("wijk", "gotham"), null, "198.51.100.3");
            assertThat(nogEenFout.statusCode()).isEqualTo(429);
            assertThat(nogEenFout.body()).contains("Te veel aanvragen");
        });
    }

    @RepeatedTest(5) // a race: more tries, more chances to lose it
    void dertigGelijktijdigeEvaluatiesGevenEenSuccesEnVoorDeRest409() throws Exception {
        String[] zaak = initiatiefDatEenEvaluatieVraagt();
        String pad = "/api/status/" + zaak[0] + "/evaluatie?token=" + zaak[1];
        Map<String, Object> evaluatie = Map.of("score", 4, "toelichting", "Snel contact en een vaste contactpersoon");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<HttpResponse<String>>> antwoorden = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                String client = "203.0.113." + (100 + i);
                antwoorden.add(pool.submit(() -> {
                    start.await();
                    return post(pad, evaluatie, null, client);
                }));
            }
            start.countDown();
            List<Integer> statussen = new ArrayList<>();
            List<String> anders = new ArrayList<>();
            for (Future<HttpResponse<String>> antwoord : antwoorden) {
                HttpResponse<String> a = antwoord.get();
                statussen.add(a.statusCode());
                if (a.statusCode() != 409) {
                    anders.add(a.statusCode() + " " + a.body());
                }
                if (a.statusCode() == 409) {
                    assertThat(a.body()).contains("De evaluatie is zojuist al ontvangen").doesNotContain("ENGINE-");
                }
            }
            assertThat(statussen).as(anders.toString()).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statussen).as(anders.toString()).filteredOn(s -> s != 200).containsOnly(409);
        } finally {
            pool.shutdownNow();
        }
        String instantie = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaak[0]).processDefinitionKeyNotIn(List.of("melding")).singleResult().getId();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instantie)
                .taskDefinitionKey("Task_EvaluatieVastleggen").finished().count()).isOne();
    }

    @Test
    void publiekePaginasLatenZichNietInlijstenEnLekkenGeenStatuslink() throws Exception {
        for (String pad : List.of("/advies", "/initiatief", "/informatieverzoek", "/status/ADV-1999-000001?token=x",
                "/api/status/ADV-1999-000001?token=x", "/css/wijkgericht.css")) {
            HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.headers().firstValue("Content-Security-Policy")).as(pad).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'", "style-src 'self'")
                            .doesNotContain("unsafe-inline", "script-src"));
            assertThat(antwoord.headers().firstValue("X-Frame-Options")).as(pad).contains("DENY");
            assertThat(antwoord.headers().firstValue("X-Content-Type-Options")).as(pad).contains("nosniff");
            assertThat(antwoord.headers().firstValue("Referrer-Policy")).as(pad).contains("no-referrer");
        }
    }

    private interface Stappen {
        void uitvoeren() throws Exception;
    }

    /** Runs {@code stappen} with the intake's limit (accepted and refused, per client and minute) set to {@code limiet}. */
    private void met(int limiet, Stappen stappen) throws Exception {
        Object begrenzer = context.getBean("snelheidsbegrenzer");
        ReflectionTestUtils.invokeMethod(begrenzer, "zetMaximum", limiet);
        try {
            stappen.uitvoeren();
        } finally {
            ReflectionTestUtils.invokeMethod(begrenzer, "zetMaximum", 1000);
        }
    }

    private String[] initiatiefDatEenEvaluatieVraagt() throws Exception {
        HttpResponse<String> ingediend = post("/api/initiatieven", Map.of("titel", "Moestuin", "beschrijving", "Bakken op het plein",
                "wijk", "oost", "initiatiefnemer", "Noor", "contactTelefoon", "030 123 4567"), null, "192.0.2.9");
        Matcher m = Pattern.compile("/status/(INI-[0-9-]+)\\?token=([A-Za-z0-9_-]+)").matcher(ingediend.body());
        assertThat(m.find()).as(ingediend.body()).isTrue();
        Jobs.voerUit(managementService);
        ProcessInstance zaak = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(m.group(1)).processDefinitionKeyNotIn("melding").singleResult();
        runtimeService.setVariable(zaak.getId(), "contactpersoon", "bram");
        runtimeService.createProcessInstanceModification(zaak.getId())
                .cancelAllForActivity("Task_ContactLeggen").startBeforeActivity("Task_EvaluatieVastleggen").execute();
        return new String[] {m.group(1), m.group(2)};
    }

    private static Map<String, Object> advies() {
        return PubliekeAanvragen.advies();
    }

    /** A POST as the municipality's reverse proxy forwards it for {@code client}. */
    private HttpResponse<String> post(String pad, Map<String, Object> invoer, String sleutel, String client) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(invoer)));
        if (sleutel != null) {
            verzoek.header("Idempotency-Key", sleutel);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> ontvangers() throws Exception {
        List<String> adressen = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            Address[] aan = mail.getRecipients(Message.RecipientType.TO);
            if (aan != null) {
                Arrays.stream(aan).map(Address::toString).forEach(adressen::add);
            }
        }
        return adressen;
    }

    private static String onderwerp(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
