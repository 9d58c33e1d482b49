package nl.utrecht.wijkgerichtwerken.config;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Two people complete the same task at the same moment (a double click, two tabs, thirty submits of one
 * evaluation): the one who loses may have read the task before the other's commit and the case's
 * variables after it, so the task's own rules would see empty fields and refuse with a misleading
 * "dit veld is verplicht". Before any rule of a completing user task runs, this check asks the database
 * whether the task is still there; if another transaction completed it meanwhile, the completion is a
 * concurrent change, and {@link OpnieuwProberenPlugin} and {@link ZaakGewijzigdFilter} treat it as one.
 */
@Component
public class AfgerondeTaakBewaking extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new Ontleder());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    static class Ontleder extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activiteit) {
            if (activiteit.getActivityBehavior() instanceof UserTaskActivityBehavior taak) {
                // built-in listeners run before the model's own, so no rule reads a half-gone case
                taak.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new NogOpen());
            }
        }
    }

    static class NogOpen implements TaskListener {

        @Override
        public void notify(DelegateTask taak) {
            long aanwezig = Context.getCommandContext().runWithoutAuthorization(() ->
                    taak.getProcessEngineServices().getTaskService().createTaskQuery().taskId(taak.getId()).count());
            if (aanwezig == 0) {
                throw new OptimisticLockingException("Taak " + taak.getId() + " is intussen door een andere transactie afgerond");
            }
        }
    }
}
