package nl.utrecht.wijkgerichtwerken.dashboard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/** Dutch names on the dashboard: processes and steps from the deployed models, rungs, wijken and diensten. */
@Component
class DashboardNamen {

    private static final Map<String, String> NIVEAUS = Map.of("wijk", "Wijk", "dienstdirecteur", "Dienstdirecteur",
            "wijkgarage", "Wijkgarage", "algemeen-directeur", "Algemeen directeur", "bestuurlijk", "Bestuurlijk");

    private final RepositoryService repositoryService;
    private final Organisatie organisatie;
    private final Map<String, String> namen = new ConcurrentHashMap<>();

    DashboardNamen(RepositoryService repositoryService, Organisatie organisatie) {
        this.repositoryService = repositoryService;
        this.organisatie = organisatie;
    }

    String proces(String proces) {
        return namen.computeIfAbsent("proces:" + proces, k -> {
            ProcessDefinition definitie = laatste(proces);
            return definitie == null || definitie.getName() == null ? proces : definitie.getName();
        });
    }

    /** The rung of an escalation, else the name of the step (user task) in the model. */
    String stap(String proces, String stap) {
        if (stap == null) {
            return "—";
        }
        if (EscalatieVariabelen.PROCES.equals(proces) && NIVEAUS.containsKey(stap)) {
            return NIVEAUS.get(stap);
        }
        return namen.computeIfAbsent("stap:" + proces + ":" + stap, k -> {
            ProcessDefinition definitie = laatste(proces);
            FlowElement element = definitie == null ? null
                    : repositoryService.getBpmnModelInstance(definitie.getId()).getModelElementById(stap);
            return element == null || element.getName() == null ? stap : element.getName();
        });
    }

    String wijk(String wijk) {
        return wijk == null ? "—" : organisatie.wijkNaam(wijk);
    }

    String dienst(String dienst) {
        return dienst == null ? "—" : organisatie.dienstNaam(dienst);
    }

    private ProcessDefinition laatste(String proces) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(proces).latestVersion().singleResult();
    }
}
