package nl.utrecht.wijkgerichtwerken.config;

import java.util.Set;

import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.notificatie.MeldingVariabelen;

/**
 * Which history the engine writes, at history level {@code full}, beyond what is read (fewer rows per case start
 * and per mail, benchmark of issue 17):
 * <ul>
 * <li>a {@code melding} instance keeps its instance (the status page's "bericht verstuurd", the count of mails), the
 * values of its envelope (template, recipients, case process and the status step the status page reads) and its
 * failed tries (next to the incident); no activity instances, no variable details, no log of the try that went well
 * and no history of the case values it copied for the template (they are the case's own, in the case's history; while
 * the melding waits or fails they are its runtime variables, which Cockpit shows);</li>
 * <li>a case's mail step keeps no history of its input parameters ({@code sjabloon}, {@code aan}, {@code statusstap}):
 * they live on the step while it starts its melding and go when it ends, and the melding keeps them in its own
 * history (its envelope, above);</li>
 * <li>a case's values as it starts (what the starter sent, what the start rules made of it) are kept as the
 * variables' values but not once more as details: the case file's timeline reads the details that completing a
 * task writes ({@code zaak/Tijdlijn}), and every later change of a start value still writes its detail.</li>
 * </ul>
 */
@Component
class Historie extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Handler());
    }

    /** The variables of a melding whose history is kept. */
    static final Set<String> ENVELOP = Set.of(MeldingVariabelen.SJABLOON, MeldingVariabelen.AAN, MeldingVariabelen.ZAAKPROCES,
            MeldingVariabelen.STATUSSTAP);

    static final class Handler extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (vanMailstap(event)) {
                return;
            }
            if (vanMelding(event) && (event instanceof HistoricActivityInstanceEventEntity
                    || event instanceof HistoricJobLogEvent log && log.getState() != JobState.FAILED.getStateCode()
                    || event instanceof HistoricVariableUpdateEventEntity variabele && !ENVELOP.contains(variabele.getVariableName()))) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return !vanMelding(event) && !bijDeStart(event) && super.shouldWriteHistoricDetail(event);
        }

        /** An input parameter of a case's mail step: local to the step, not to a task, named as the envelope. */
        private static boolean vanMailstap(HistoryEvent event) {
            return event instanceof HistoricVariableUpdateEventEntity variabele && !vanMelding(event)
                    && ENVELOP.contains(variabele.getVariableName()) && variabele.getTaskId() == null
                    && variabele.getScopeActivityInstanceId() != null
                    && !variabele.getScopeActivityInstanceId().equals(variabele.getProcessInstanceId());
        }

        private static boolean vanMelding(HistoryEvent event) {
            return MeldingVariabelen.PROCES.equals(event.getProcessDefinitionKey());
        }

        /** Written on the process instance while it stands on its start event: its start values. */
        private static boolean bijDeStart(HistoricVariableUpdateEventEntity event) {
            CommandContext commando = Context.getCommandContext();
            if (commando == null || event.getTaskId() != null || event.getExecutionId() == null
                    || !event.getExecutionId().equals(event.getProcessInstanceId())) {
                return false;
            }
            ExecutionEntity zaak = commando.getDbEntityManager().getCachedEntity(ExecutionEntity.class, event.getExecutionId());
            ActivityImpl activiteit = zaak == null ? null : zaak.getActivity();
            return activiteit != null && "startEvent".equals(activiteit.getProperties().get(BpmnProperties.TYPE))
                    && activiteit.getFlowScope() == activiteit.getProcessDefinition();
        }
    }
}
