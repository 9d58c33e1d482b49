package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.ALLE;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.ONDERWERP;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.TITEL;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Writes a case's search text ({@link Zoekteksten}) as it starts: an end listener of the start event of every case
 * process, added when the model is deployed. It runs after the process's own start listener, which checks the start
 * and gives the case its number, and in the same transaction.
 */
@Component
class ZoektekstListener extends AbstractProcessEnginePlugin implements ExecutionListener {

    private final Zoekteksten zoekteksten;

    ZoektekstListener(Zoekteksten zoekteksten) {
        this.zoekteksten = zoekteksten;
    }

    @Override
    public void notify(DelegateExecution zaak) {
        zoekteksten.legVast(zaak.getProcessInstanceId(), zaak.getProcessBusinessKey(), zaak.getVariable(TITEL),
                zaak.getVariable(ONDERWERP));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
                if (scope instanceof ProcessDefinitionEntity proces && ALLE.contains(proces.getKey())) {
                    startEvent.addListener(ExecutionListener.EVENTNAME_END, ZoektekstListener.this);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
