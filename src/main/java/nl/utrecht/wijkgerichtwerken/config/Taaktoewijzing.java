package nl.utrecht.wijkgerichtwerken.config;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Who may unclaim or set the assignee of a task over the REST APIs, for people who work tasks but do not assign
 * them: the assignee may unclaim his own task; {@code assignee} may be set to oneself (a claim) or to nobody (an
 * unclaim); assigning to someone else is refused. The engine then does it as a claim ({@link ClaimAlsToewijzing}).
 * Runs with the requesting user's authorizations.
 */
@Component
class Taaktoewijzing {

    private final TaskService taskService;

    Taaktoewijzing(TaskService taskService) {
        this.taskService = taskService;
    }

    Oordeel vrijgeven(String taakId, String gebruiker) {
        if (taskService.createTaskQuery().taskId(taakId).count() == 0
                || taskService.createTaskQuery().taskId(taakId).taskAssignee(gebruiker).count() == 1) {
            // a task the user cannot see: the engine answers, as for a task that does not exist
            return Oordeel.DOOR;
        }
        return Oordeel.weiger(EngineApiWeigering.verboden("Niets gewijzigd: u kunt alleen een taak vrijgeven die u zelf heeft geclaimd.",
                List.of(EngineApiWeigering.veld("assignee", "niet uw taak"))));
    }

    Oordeel toewijzen(String taakId, String gebruiker, String aan) {
        if (aan == null) {
            return vrijgeven(taakId, gebruiker);
        }
        if (aan.equals(gebruiker)) {
            boolean vanEenAnder = taskService.createTaskQuery().taskId(taakId).taskAssigned().count() == 1
                    && taskService.createTaskQuery().taskId(taakId).taskAssignee(gebruiker).count() == 0;
            return vanEenAnder ? Oordeel.weiger(EngineApiWeigering.verboden("Niets gewijzigd: een collega heeft deze taak geclaimd; "
                    + "alleen hij of een beheerder kan hem vrijgeven.", List.of(EngineApiWeigering.veld("assignee", "niet uw taak"))))
                    : Oordeel.DOOR;
        }
        return Oordeel.weiger(EngineApiWeigering.verboden("Niets gewijzigd: een taak aan een ander toewijzen kan alleen een beheerder. "
                + "U kunt de taak vrijgeven, dan kan een collega uit de groep hem claimen.",
                List.of(EngineApiWeigering.veld("userId", "alleen uw eigen gebruikersnaam"))));
    }
}
