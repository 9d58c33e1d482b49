package nl.utrecht.wijkgerichtwerken;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Small throw-away processes for platform tests that do not depend on a business process. */
public final class TestProcessen {

    private TestProcessen() {
    }

    /** A process with one user task for the given candidate group; returns the process key. */
    public static String eenTaakVoorGroep(RepositoryService repositoryService, String key, String groep) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Behandelen").name("Zaak behandelen").camundaCandidateGroups(groep)
                .endEvent()
                .done();
        repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
        return key;
    }
}
