package nl.utrecht.wijkgerichtwerken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Many people at once, over the engine REST API, with the job executor running mails and timers meanwhile:
 * escalations started and their first task completed 0–100 ms later; halfway the clock passes the terms, so
 * reminder timers fire on cases people are working on; femke and gert decide each case at the same moment;
 * the wijkgarage and the algemeen directeur decide as soon as their task appears. Nobody gets a 5xx (or any
 * error), every case ends where its decisions lead, and every mail arrives exactly once.
 */
@SpringBootTest(classes = WijkgerichtWerkenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // a database of its own: this context's job executor must not run the other tests' jobs
                "spring.datasource.url=jdbc:h2:mem:wijk-gelijktijdigheid;DB_CLOSE_DELAY=-1",
                "camunda.bpm.job-execution.enabled=true",
                "camunda.bpm.job-execution.wait-time-in-millis=100",
                "camunda.bpm.job-execution.max-wait=500",
                // the clock jumps 16 days: a lock must outlive it, or a running job would be taken twice
                "camunda.bpm.job-execution.lock-time-in-millis=2000000000",
                // room for the people's requests next to the job executor's eight threads on a busy build machine
                "spring.datasource.hikari.maximum-pool-size=20"})
@ActiveProfiles("test")
// an app of its own (job executor on, its own database): in a JVM of its own, as Camunda's REST layer finds its
// engine in a JVM-wide registry where this app would take over "default" from the shared test context
@Tag("eigen-jvm")
@DirtiesContext
class GelijktijdigheidIntegrationTest {

    private static final int ZAKEN = Integer.getInteger("gelijktijdigheid.zaken", 50);
    private static final Set<String> GEBRUIKERS = Set.of("anna", "femke", "gert", "hanna", "ivo");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;

    private final ExecutorService mensen = Executors.newFixedThreadPool(8);
    private final ExecutorService tegelijk = Executors.newFixedThreadPool(24);
    private final ConcurrentLinkedQueue<String> fouten = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stop() {
        mensen.shutdownNow();
        tegelijk.shutdownNow();
        ClockUtil.reset();
    }

    @Test
    void veelMensenTegelijkMerkenNietsVanElkaarEnElkeMailKomtEenKeerAan() throws Exception {
        // Monday 2 March 2026, 09:00: terms of ten werkdagen end on 16 March, the grace terms on 19 March
        Date begin = Testklok.om("2026-03-02T09:00");
        ClockUtil.setCurrentTime(begin);
        // one case alone first (a cold JVM, the first case number of the year), then everyone at once
        beslisBijDeDienstdirecteuren(startEnBeslisInDeWijk(), false);
        AtomicInteger gestart = new AtomicInteger();
        List<CompletableFuture<String>> zaken = new ArrayList<>();
        for (int i = 0; i < ZAKEN; i++) {
            boolean totDeAlgemeenDirecteur = i % 2 == 1;
            zaken.add(CompletableFuture.supplyAsync(() -> {
                String zaak = startEnBeslisInDeWijk();
                if (gestart.incrementAndGet() == ZAKEN / 2) {
                    // the terms pass (not the grace terms): reminders fire while people work on the same cases
                    ClockUtil.setCurrentTime(new Date(begin.getTime() + TimeUnit.DAYS.toMillis(16)));
                }
                beslisBijDeDienstdirecteuren(zaak, totDeAlgemeenDirecteur);
                if (totDeAlgemeenDirecteur) {
                    voltooi("hanna", wachtOpTaak("hanna", zaak, "Task_BesluitWijkgarage"),
                            Map.of("besluit", "escaleren", "toelichting", "De wijkgarage komt er niet uit",
                                    "samenstellingWijkgarage", "Directeur wijkgericht werken, afdelingshoofd SW"));
                    voltooi("ivo", wachtOpTaak("ivo", zaak, "Task_BesluitAlgemeenDirecteur"),
                            Map.of("besluit", "opgelost", "toelichting", "Besloten", "afspraken", "SO voert uit"));
                }
                return zaak;
            }, mensen));
        }
        List<String> zaaknummers = new ArrayList<>();
        for (CompletableFuture<String> zaak : zaken) {
            zaaknummers.add(zaak.get(3, TimeUnit.MINUTES));
        }
        wachtTotAlleMeldingenWeg();

        assertThat(fouten).as("what the people saw").isEmpty();
        assertThat(zaaknummers).doesNotHaveDuplicates();
        for (int i = 0; i < zaaknummers.size(); i++) {
            String eindniveau = i % 2 == 1 ? "algemeen-directeur" : "dienstdirecteur";
            HistoricProcessInstance zaak = zaak(zaaknummers.get(i));
            assertThat(zaak.getEndTime()).as(zaak.getBusinessKey() + " is closed").isNotNull();
            assertThat(variabele(zaak.getId(), "uitkomst")).as(zaak.getBusinessKey()).isEqualTo("opgelost");
            assertThat(variabele(zaak.getId(), "eindniveau")).as(zaak.getBusinessKey()).isEqualTo(eindniveau);
            assertThat(meldingen(zaak.getBusinessKey())).as("the mails of " + zaak.getBusinessKey())
                    .containsExactlyInAnyOrderElementsOf(verwachteMails(zaak, i % 2 == 1 ? 3 : 1));
        }
        assertThat(runtimeService.createIncidentQuery().count()).as("no incident").isZero();
        elkeMailPreciesEenKeer();
    }

    private String startEnBeslisInDeWijk() {
        Map<String, Object> variabelen = Map.of(
                "titel", Rest.waarde("Gelijktijdig " + ThreadLocalRandom.current().nextInt(1_000_000)),
                "wijk", Rest.waarde("oost"),
                "diensten", Map.of("value", "[\"so\",\"sw\"]", "type", "Json"),
                "knelpunt", Rest.waarde("SO en SW wachten op elkaar"),
                "urgentie", Rest.waarde("normaal"));
        ResponseEntity<JsonNode> start = rest.withBasicAuth("anna", "demo").postForEntity(
                "/engine-rest/process-definition/key/escalatie/start", Map.of("variables", variabelen), JsonNode.class);
        controleer("anna start", start.getStatusCode().value(), start.getBody());
        String zaak = start.getBody().get("businessKey").asText();
        slaap(ThreadLocalRandom.current().nextInt(101));
        voltooi("anna", wachtOpTaak("anna", zaak, "Task_OplossenInWijk"),
                Map.of("besluit", "escaleren", "toelichting", "In de wijk lukt het niet"));
        return zaak;
    }

    /** Femke and gert decide at the same moment; in every other case femke escalates. */
    private void beslisBijDeDienstdirecteuren(String zaak, boolean femkeEscaleert) {
        String femkes = wachtOpTaak("femke", zaak, "Task_BesluitDienstdirecteur");
        String gerts = wachtOpTaak("gert", zaak, "Task_BesluitDienstdirecteur");
        CountDownLatch af = new CountDownLatch(1);
        CompletableFuture<Void> femke = CompletableFuture.runAsync(() -> {
            wacht(af);
            voltooi("femke", femkes, femkeEscaleert ? Map.of("besluit", "escaleren", "toelichting", "Geen capaciteit bij SO")
                    : Map.of("besluit", "opgelost", "toelichting", "SO doet het", "afspraken", "SO levert in april"));
        }, tegelijk);
        CompletableFuture<Void> gert = CompletableFuture.runAsync(() -> {
            wacht(af);
            voltooi("gert", gerts, Map.of("besluit", "opgelost", "toelichting", "SW doet het", "afspraken", "SW maait"));
        }, tegelijk);
        af.countDown();
        CompletableFuture.allOf(femke, gert).join();
    }

    /** Asks for the person's task of the case until it appears, as someone refreshing Tasklist would. */
    private String wachtOpTaak(String gebruiker, String zaak, String activiteit) {
        long tot = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < tot) {
            ResponseEntity<JsonNode> taken = rest.withBasicAuth(gebruiker, "demo").getForEntity(
                    "/engine-rest/task?processInstanceBusinessKey=" + zaak + "&taskDefinitionKey=" + activiteit, JsonNode.class);
            controleer(gebruiker + " zoekt " + activiteit, taken.getStatusCode().value(), taken.getBody());
            if (taken.getBody() != null && taken.getBody().size() > 0) {
                return taken.getBody().get(0).get("id").asText();
            }
            slaap(25);
        }
        throw new AssertionError(gebruiker + " kreeg nooit een taak " + activiteit + " in " + zaak);
    }

    private void voltooi(String gebruiker, String taak, Map<String, String> waarden) {
        Map<String, Object> variabelen = new HashMap<>();
        waarden.forEach((naam, waarde) -> variabelen.put(naam, Rest.waarde(waarde)));
        ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo")
                .postForEntity("/engine-rest/task/" + taak + "/complete", Map.of("variables", variabelen), String.class);
        controleer(gebruiker + " voltooit " + taak, antwoord.getStatusCode().value(), antwoord.getBody());
    }

    private void controleer(String wat, int status, Object lichaam) {
        if (status >= 400) {
            fouten.add(wat + ": " + status + " " + lichaam);
            throw new IllegalStateException(wat + ": " + status + " " + lichaam);
        }
    }

    private void wachtTotAlleMeldingenWeg() {
        long tot = System.currentTimeMillis() + 90_000;
        while (runtimeService.createProcessInstanceQuery().processDefinitionKey("melding").count() > 0
                || managementService.createJobQuery().executable().count() > 0) {
            assertThat(System.currentTimeMillis()).as("mails still waiting after 90 s").isLessThan(tot);
            slaap(200);
        }
    }

    /** The mails a case should have caused: start, each rung change, decision, and per term that passed two. */
    private List<String> verwachteMails(HistoricProcessInstance zaak, int niveauwissels) {
        List<String> mails = new ArrayList<>(List.of("escalatie-gestart", "escalatie-besluit"));
        for (int i = 0; i < niveauwissels; i++) {
            mails.add("escalatie-niveau");
        }
        long termijnen = historyService.createHistoricActivityInstanceQuery().processInstanceId(zaak.getId()).list().stream()
                .filter(a -> a.getActivityId().startsWith("Timer_Termijn")).count();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(zaak.getId()).list())
                .as("no grace term passed in " + zaak.getBusinessKey()).noneMatch(a -> a.getActivityId().startsWith("Timer_Respijt"));
        for (long i = 0; i < termijnen; i++) {
            mails.add("escalatie-herinnering");
            mails.add("escalatie-termijn-verstreken");
        }
        return mails;
    }

    private List<String> meldingen(String zaaknummer) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("melding")
                .processInstanceBusinessKey(zaaknummer).list().stream()
                .peek(m -> assertThat(m.getEndTime()).as("melding " + m.getId() + " is sent").isNotNull())
                .map(m -> (String) variabele(m.getId(), "sjabloon")).toList();
    }

    /** Per person: no subject twice in the mailbox, and as many deliveries as the meldingen addressed. */
    private void elkeMailPreciesEenKeer() throws FolderException {
        int verwacht = 0;
        for (HistoricProcessInstance melding : historyService.createHistoricProcessInstanceQuery().processDefinitionKey("melding").list()) {
            verwacht += adressen((String) variabele(melding.getId(), "aan")).size();
        }
        int ontvangen = 0;
        for (String gebruiker : GEBRUIKERS) {
            GreenMailUser bus = smtp.getUserManager().getUserByEmail(gebruiker + "@utrecht.example");
            List<MimeMessage> post = bus == null ? List.of() : smtp.getManagers().getImapHostManager().getInbox(bus)
                    .getMessages().stream().map(StoredMessage::getMimeMessage).toList();
            Map<String, Long> perOnderwerp = post.stream().collect(Collectors.groupingBy(Mails::onderwerp, Collectors.counting()));
            assertThat(perOnderwerp).as("mails of " + gebruiker + " that came more than once")
                    .allSatisfy((onderwerp, aantal) -> assertThat(aantal).as(onderwerp).isOne());
            ontvangen += post.size();
        }
        assertThat(ontvangen).as("every delivery the meldingen addressed").isEqualTo(verwacht).isEqualTo(smtp.getReceivedMessages().length);
    }

    private Set<String> adressen(String aan) {
        Set<String> adressen = new LinkedHashSet<>();
        for (String ontvanger : leesLijst(aan)) {
            Function<User, String> adres = User::getEmail;
            if (ontvanger.startsWith("gebruiker:")) {
                adressen.add(adres.apply(identityService.createUserQuery().userId(ontvanger.substring(10)).singleResult()));
            } else if (ontvanger.startsWith("groep:")) {
                identityService.createUserQuery().memberOfGroup(ontvanger.substring(6)).list().forEach(u -> adressen.add(adres.apply(u)));
            }
        }
        return adressen;
    }

    private static String[] leesLijst(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, String[].class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HistoricProcessInstance zaak(String zaaknummer) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("escalatie")
                .processInstanceBusinessKey(zaaknummer).singleResult();
    }

    private Object variabele(String instantie, String naam) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie).activityInstanceIdIn(instantie)
                .variableName(naam).singleResult().getValue();
    }

    private static void wacht(CountDownLatch af) {
        try {
            af.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void slaap(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
