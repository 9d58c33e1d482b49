package nl.utrecht.wijkgerichtwerken.misbruik;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import nl.utrecht.wijkgerichtwerken.Jobs;

/** Open cases at the step an abuse is tried on, made through the engine as the people who would make them. */
final class Zaken {

    static final String MOTIVERING = "Wij nemen dit over: de oversteek ligt op een schoolroute.";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ManagementService managementService;

    Zaken(RuntimeService runtimeService, TaskService taskService, IdentityService identityService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.managementService = managementService;
    }

    /** An escalation of anna (wijk Oost) for SO and SW, at the given rung; returns the process instance id. */
    String escalatie(String niveau) {
        Map<String, Object> start = new HashMap<>(Map.of("titel", "Misbruik " + niveau, "wijk", "oost",
                "diensten", "[\"so\",\"sw\"]", "knelpunt", "Wat niet mag", "urgentie", "normaal"));
        if (!niveau.equals("wijk")) {
            start.put("startNiveau", niveau);
            start.put("redenOverslaan", "Test van wat geweigerd wordt");
        }
        String zaak = als("anna", () -> runtimeService.startProcessInstanceByKey("escalatie", start).getId());
        Jobs.voerUit(managementService);
        return zaak;
    }

    /** An advice of wijkbureau Oost whose reactie daan (SO) wrote: the review task is open for bram and carla. */
    String adviesTerBeoordeling() {
        Map<String, Object> start = new HashMap<>(Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", "Oversteek", "soort", "gevraagd", "adviespunten", "[\"Een veilige oversteek\"]",
                "betrokkenen", "Werkgroep verkeer", "draagvlak", "Wijkavond", "contactEmail", "platform-oost@example.org"));
        String zaak = als("bram", () -> runtimeService.startProcessInstanceByKey("wijkplatform-advies", start).getId());
        Jobs.voerUit(managementService);
        voltooi("bram", taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", "so", "afsprakenVervolg", "Op de wijkavond"));
        voltooi("daan", taak(zaak, "Task_ReactieSchrijven"), Map.of("punten",
                "[{\"standpunt\":\"overgenomen\",\"motivering\":\"" + MOTIVERING + "\"}]", "vervolg", "De oversteek komt in april."));
        return zaak;
    }

    Task taak(String zaak, String activiteit) {
        return taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey(activiteit).singleResult();
    }

    Task taak(String zaak, String activiteit, String dienst) {
        return taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey(activiteit).list().stream()
                .filter(t -> dienst.equals(taskService.getVariable(t.getId(), "dienst"))).findFirst().orElseThrow();
    }

    void claim(String gebruiker, Task taak) {
        als(gebruiker, () -> {
            taskService.claim(taak.getId(), gebruiker);
            return null;
        });
    }

    private void voltooi(String gebruiker, Task taak, Map<String, Object> variabelen) {
        als(gebruiker, () -> {
            taskService.claim(taak.getId(), gebruiker);
            taskService.complete(taak.getId(), variabelen);
            return null;
        });
        Jobs.voerUit(managementService);
    }

    private <T> T als(String gebruiker, Supplier<T> actie) {
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(g -> g.getId()).toList();
        identityService.setAuthentication(gebruiker, groepen);
        try {
            return actie.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
