package nl.utrecht.wijkgerichtwerken.zaak;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who is completing a task: the authenticated user, else the assignee. */
public final class Taakgebruiker {

    private Taakgebruiker() {
    }

    public static String van(DelegateTask taak) {
        var authenticatie = taak.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authenticatie != null && authenticatie.getUserId() != null ? authenticatie.getUserId() : taak.getAssignee();
    }
}
