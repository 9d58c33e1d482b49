package nl.utrecht.wijkgerichtwerken.advies;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * Who hears about a term of an advice or information request (used in BPMN as
 * {@code ${adviesOntvangers...}}): the people of the open work, and the managers when it is late.
 */
@Component("adviesOntvangers")
public class AdviesOntvangers {

    /** Assignee or candidate groups of the open tasks. */
    public String openTaken(DelegateExecution execution) {
        TaskService taken = execution.getProcessEngineServices().getTaskService();
        Set<String> aan = new LinkedHashSet<>();
        for (Task taak : taken.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            if (taak.getAssignee() != null) {
                aan.add("gebruiker:" + taak.getAssignee());
                continue;
            }
            for (IdentityLink link : taken.getIdentityLinksForTask(taak.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    aan.add("groep:" + link.getGroupId());
                }
            }
        }
        return String.join(",", aan);
    }

    /** The managers, and the people of the open work. */
    public String teLaat(DelegateExecution execution) {
        String open = openTaken(execution);
        return "groep:" + Groepen.MANAGER + (open.isEmpty() ? "" : "," + open);
    }
}
