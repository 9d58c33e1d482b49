package nl.utrecht.wijkgerichtwerken.advies;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who is completing a task: the authenticated user, else the assignee. */
final class Gebruiker {

    private Gebruiker() {
    }

    static String van(DelegateTask taak) {
        var authenticatie = taak.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authenticatie != null && authenticatie.getUserId() != null ? authenticatie.getUserId() : taak.getAssignee();
    }
}
