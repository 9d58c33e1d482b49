package nl.utrecht.wijkgerichtwerken.notificatie;

import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * A {@code melding} instance keeps the history that is read: the instance (the status page's "bericht verstuurd",
 * the count of mails) and its variables' last values (the status step). It writes no activity instances, no
 * variable details and no job log of a mail that went well; a mail step that fails keeps its job log, next to the
 * incident. This halves the rows of each mail (benchmark, issue 17), at history level {@code full} for the cases.
 */
@Component
class MeldingHistorie extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Handler());
    }

    static final class Handler extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (vanMelding(event) && (event instanceof HistoricActivityInstanceEventEntity
                    || event instanceof HistoricJobLogEvent log && log.getState() != JobState.FAILED.getStateCode())) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return !vanMelding(event) && super.shouldWriteHistoricDetail(event);
        }

        private static boolean vanMelding(HistoryEvent event) {
            return MeldingVariabelen.PROCES.equals(event.getProcessDefinitionKey());
        }
    }
}
