package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables that completing a task may set: the field keys of the task's deployed Camunda Form (fields inside
 * groups included; a group or dynamic list with a {@code path} submits one variable under that path) plus the
 * documented REST shapes of that form ({@link RestVelden}). Forms are parsed once per process definition.
 */
@Component
class Taakformulier {

    private final TaskService taskService;
    private final FormService formService;
    private final IdentityService identityService;
    private final Map<String, Set<String>> restVelden = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> formulieren = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    Taakformulier(TaskService taskService, FormService formService, IdentityService identityService, List<RestVelden> vormen) {
        this.taskService = taskService;
        this.formService = formService;
        this.identityService = identityService;
        vormen.forEach(v -> restVelden.merge(v.formulier(), Set.copyOf(v.velden()), (a, b) -> {
            Set<String> samen = new HashSet<>(a);
            samen.addAll(b);
            return Set.copyOf(samen);
        }));
    }

    /**
     * The variables the task's form accepts; empty when the current user cannot see the task (the engine then
     * refuses the request itself, as it would for a task that does not exist).
     */
    Optional<Set<String>> velden(String taakId) {
        if (taskService.createTaskQuery().taskId(taakId).count() == 0) {
            return Optional.empty();
        }
        return Optional.of(zonderAutorisatie(() -> {
            Task taak = taskService.createTaskQuery().taskId(taakId).initializeFormKeys().singleResult();
            CamundaFormRef ref = taak == null ? null : taak.getCamundaFormRef();
            if (ref == null) {
                return Set.of();
            }
            Set<String> velden = new HashSet<>(formulieren.computeIfAbsent(taak.getProcessDefinitionId() + "|" + ref.getKey(),
                    sleutel -> lees(taakId)));
            velden.addAll(restVelden.getOrDefault(ref.getKey(), Set.of()));
            return Set.copyOf(velden);
        }));
    }

    /** Whether the task is still open at all, whoever may see it (completed or withdrawn tasks are gone). */
    boolean bestaat(String taakId) {
        return zonderAutorisatie(() -> taskService.createTaskQuery().taskId(taakId).count() > 0);
    }

    private Set<String> lees(String taakId) {
        try (InputStream formulier = formService.getDeployedTaskForm(taakId)) {
            Set<String> velden = new HashSet<>();
            verzamel(json.readTree(formulier), velden);
            return Set.copyOf(velden);
        } catch (IOException e) {
            throw new IllegalStateException("Formulier van taak " + taakId + " onleesbaar", e);
        }
    }

    /** The top-level variable of every field: its key, or the path of the group or list it sits in. */
    static void verzamel(JsonNode onderdeel, Set<String> velden) {
        JsonNode onderdelen = onderdeel.get("components");
        if (onderdelen == null) {
            return;
        }
        for (JsonNode deel : onderdelen) {
            String pad = deel.path("path").asText("");
            String sleutel = deel.path("key").asText("");
            if (!pad.isBlank()) {
                velden.add(eerste(pad));
            } else {
                if (!sleutel.isBlank() && !"button".equals(deel.path("type").asText())) {
                    velden.add(eerste(sleutel));
                }
                verzamel(deel, velden);
            }
        }
    }

    private static String eerste(String pad) {
        int punt = pad.indexOf('.');
        return punt < 0 ? pad : pad.substring(0, punt);
    }

    /** Runs a lookup without the current user's authorization checks, then restores the user. */
    private <T> T zonderAutorisatie(Supplier<T> opzoeken) {
        Authentication gebruiker = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return opzoeken.get();
        } finally {
            if (gebruiker != null) {
                identityService.setAuthentication(gebruiker);
            }
        }
    }
}
