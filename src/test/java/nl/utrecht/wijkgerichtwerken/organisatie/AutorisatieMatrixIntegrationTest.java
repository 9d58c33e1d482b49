package nl.utrecht.wijkgerichtwerken.organisatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * DESIGN §3 as a matrix: for one open case of every process (and every rung of the escalation), each demo
 * user, standing for his group, sees, claims and completes exactly the tasks of his groups, may start
 * exactly his processes and reads history only as manager or administrator; anything else is refused. The
 * engine REST calls of the same people are in {@link AutorisatieRestMatrixIntegrationTest}.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutorisatieMatrixIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired TestRestTemplate rest;

    private final List<String> zaken = new ArrayList<>();

    /** Per user: the tasks ("process:task") he may see, claim and complete, and the processes he may start. */
    static Stream<Arguments> matrix() {
        Set<String> wijkbureauOost = Set.of("wijkplatform-advies:Task_AdviesRegistreren",
                "informatieverzoek:Task_VerzoekDoorsturen", "initiatief:Task_ContactLeggen");
        Set<String> wijkbureauStart = Set.of("wijkplatform-advies", "informatieverzoek", "initiatief", "adviesaanvraag");
        // issue 21: a dienst asks a wijkplatform for advice
        Set<String> dienstStart = Set.of("adviesaanvraag");
        return Stream.of(
                Arguments.of("anna", Set.of(), Set.of("escalatie", "initiatief")),
                Arguments.of("karim", Set.of(), Set.of("escalatie", "initiatief")),
                Arguments.of("bram", wijkbureauOost, wijkbureauStart),
                Arguments.of("carla", wijkbureauOost, wijkbureauStart),
                Arguments.of("daan", Set.of("wijkplatform-advies:Task_ReactieSchrijven"), dienstStart),
                Arguments.of("eva", Set.of("informatieverzoek:Task_InformatieVerstrekken"), dienstStart),
                Arguments.of("femke", Set.of("escalatie:Task_BesluitDienstdirecteur:so"), dienstStart),
                Arguments.of("gert", Set.of("escalatie:Task_BesluitDienstdirecteur:sw"), dienstStart),
                Arguments.of("hanna", Set.of("escalatie:Task_BesluitWijkgarage"), Set.of()),
                Arguments.of("ivo", Set.of("escalatie:Task_BesluitAlgemeenDirecteur"), Set.of()),
                Arguments.of("jet", Set.of(), Set.of()));
    }

    @BeforeAll
    void eenOpenZaakPerProcesEnNiveau() {
        for (String niveau : List.of("dienstdirecteur", "wijkgarage", "algemeen-directeur")) {
            Map<String, Object> start = new HashMap<>(Map.of("titel", "Matrix " + niveau, "wijk", "oost", "diensten", List.of("so", "sw"),
                    "knelpunt", "Autorisaties per groep", "urgentie", "normaal", "startNiveau", niveau, "redenOverslaan", "Test"));
            zaken.add(alsGebruiker("anna", () -> runtimeService.startProcessInstanceByKey("escalatie", start).getId()));
        }
        zaken.add(publiek("/api/adviezen", Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost", "onderwerp", "Matrix",
                "soort", "gevraagd", "adviespunten", List.of("Eén punt"), "betrokkenen", "Werkgroep", "draagvlak", "Wijkavond",
                "contactEmail", "oost@example.org")));
        String geregistreerd = publiek("/api/adviezen", Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", "Matrix 2", "soort", "gevraagd", "adviespunten", List.of("Eén punt"), "betrokkenen", "Werkgroep",
                "draagvlak", "Wijkavond", "contactEmail", "oost@example.org"));
        zaken.add(geregistreerd);
        zaken.add(publiek("/api/informatieverzoeken", Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", "Matrix", "vraag", "Welke bomen?", "contactEmail", "oost@example.org")));
        String doorgestuurd = publiek("/api/informatieverzoeken", Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", "Matrix 2", "vraag", "Welke bomen?", "contactEmail", "oost@example.org"));
        zaken.add(doorgestuurd);
        zaken.add(publiek("/api/initiatieven", Map.of("titel", "Matrix", "beschrijving", "Autorisaties", "wijk", "oost",
                "initiatiefnemer", "Noor", "contactEmail", "noor@example.org", "hulpGevraagd", List.of("kennis"))));
        Jobs.voerUit(managementService);
        taskService.complete(taak(geregistreerd, "Task_AdviesRegistreren").getId(), Map.of("dienst", "so", "afsprakenVervolg", "Op de wijkavond"));
        taskService.complete(taak(doorgestuurd, "Task_VerzoekDoorsturen").getId(), Map.of("dienst", "sw"));
        Jobs.voerUit(managementService);
    }

    @AfterEach
    void afmelden() {
        identityService.clearAuthentication();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void zietClaimtEnRondtAlleenDeTakenVanZijnGroepenAf(String gebruiker, Set<String> eigen, Set<String> starten) {
        List<Task> alle = taskService.createTaskQuery().processInstanceIdIn(zaken.toArray(String[]::new)).list();
        Set<String> gezien = soorten(alsGebruiker(gebruiker, () -> taskService.createTaskQuery()
                .processInstanceIdIn(zaken.toArray(String[]::new)).list()));
        boolean manager = gebruiker.equals("jet");
        assertThat(gezien).as("tasks " + gebruiker + " sees").isEqualTo(manager ? soorten(alle) : eigen);

        for (Task taak : alle) {
            boolean magWerken = eigen.contains(soort(taak));
            String wat = gebruiker + " on " + soort(taak);
            if (taak.getAssignee() == null) {
                assertThat(poging(gebruiker, () -> taskService.claim(taak.getId(), gebruiker))).as("claim: " + wat)
                        .isEqualTo(magWerken ? "toegestaan" : "geweigerd");
                taskService.setAssignee(taak.getId(), null);
            }
            // an empty completion: a permitted user gets the Dutch refusal of the task's checks, the task stays open
            assertThat(poging(gebruiker, () -> taskService.complete(taak.getId(), Map.of()))).as("complete: " + wat)
                    .isEqualTo(magWerken ? "ongeldige invoer" : "geweigerd");
        }
        assertThat(taskService.createTaskQuery().processInstanceIdIn(zaken.toArray(String[]::new)).count()).isEqualTo(alle.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void startAlleenZijnProcessenEnLeestGeenGeschiedenisTenzijManager(String gebruiker, Set<String> eigen, Set<String> starten) {
        long zakenVoor = runtimeService.createProcessInstanceQuery().count();
        for (String proces : List.of("escalatie", "wijkplatform-advies", "informatieverzoek", "initiatief", "adviesaanvraag")) {
            // empty start data: a permitted user gets the Dutch refusal of the start checks, and nothing starts
            assertThat(poging(gebruiker, () -> runtimeService.startProcessInstanceByKey(proces, Map.of())))
                    .as(gebruiker + " starts " + proces).isEqualTo(starten.contains(proces) ? "ongeldige invoer" : "geweigerd");
        }
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(zakenVoor);

        boolean manager = gebruiker.equals("jet");
        long zaakHistorie = alsGebruiker(gebruiker, () -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(new java.util.HashSet<>(zaken)).count());
        long taakHistorie = alsGebruiker(gebruiker, () -> zaken.stream()
                .mapToLong(zaak -> historyService.createHistoricTaskInstanceQuery().processInstanceId(zaak).count()).sum());
        assertThat(zaakHistorie).as("historic cases " + gebruiker + " reads").isEqualTo(manager ? zaken.size() : 0);
        assertThat(taakHistorie > 0).as("historic tasks " + gebruiker + " reads").isEqualTo(manager);
        long lopend = alsGebruiker(gebruiker, () -> runtimeService.createProcessInstanceQuery()
                .processInstanceIds(new java.util.HashSet<>(zaken)).count());
        assertThat(lopend).as("running cases " + gebruiker + " reads").isEqualTo(manager ? zaken.size() : 0);
    }

    private String poging(String gebruiker, Runnable actie) {
        try {
            alsGebruiker(gebruiker, () -> {
                actie.run();
                return null;
            });
            return "toegestaan";
        } catch (AuthorizationException e) {
            return "geweigerd";
        } catch (OngeldigeInvoerException e) {
            return "ongeldige invoer";
        }
    }

    private <T> T alsGebruiker(String gebruiker, java.util.function.Supplier<T> actie) {
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(g -> g.getId()).toList();
        identityService.setAuthentication(gebruiker, groepen);
        try {
            return actie.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Set<String> soorten(List<Task> taken) {
        Set<String> soorten = new TreeSet<>();
        taken.forEach(t -> soorten.add(soort(t)));
        return soorten;
    }

    /** "process:task", and for the per-dienst decision of the dienstdirecteuren also the dienst. */
    private String soort(Task taak) {
        String proces = taak.getProcessDefinitionId().substring(0, taak.getProcessDefinitionId().indexOf(':'));
        String soort = proces + ":" + taak.getTaskDefinitionKey();
        return taak.getTaskDefinitionKey().equals("Task_BesluitDienstdirecteur")
                ? soort + ":" + taskService.getVariable(taak.getId(), "dienst") : soort;
    }

    private Task taak(String zaak, String activiteit) {
        return taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey(activiteit).singleResult();
    }

    private String publiek(String pad, Map<String, Object> invoer) {
        var antwoord = rest.postForEntity(pad, invoer, com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(antwoord.getStatusCode().value()).as(String.valueOf(antwoord.getBody())).isEqualTo(201);
        String zaaknummer = antwoord.getBody().get("zaaknummer").asText();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).processDefinitionKeyNotIn("melding").singleResult().getId();
    }
}
