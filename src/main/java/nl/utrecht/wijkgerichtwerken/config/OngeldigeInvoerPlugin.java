package nl.utrecht.wijkgerichtwerken.config;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * The engine wraps an exception from a task listener in "ENGINE-03051 There was an exception while
 * invoking the TaskListener…". This outermost command interceptor unwraps a refusal of ours and notes
 * it for the current request ({@link OngeldigeInvoerFilter} turns the REST answer into a plain 400 with
 * the Dutch message). The transaction is rolled back as before. The refusal is logged as one INFO line ({@link WeigeringLogfilter}
 * keeps the engine's ERROR stack trace out).
 */
@Component
public class OngeldigeInvoerPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new Uitpakker());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static class Uitpakker extends CommandInterceptor {

        private static final Logger LOG = LoggerFactory.getLogger(OngeldigeInvoerPlugin.class);

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                for (Throwable oorzaak = e.getCause(); oorzaak != null && oorzaak != oorzaak.getCause(); oorzaak = oorzaak.getCause()) {
                    if (oorzaak instanceof OngeldigeInvoerException ongeldig) {
                        OngeldigeInvoerFilter.onthoud(ongeldig);
                        LOG.info("Invoer geweigerd ({}): {}", command.getClass().getSimpleName(), ongeldig.getMessage());
                        throw ongeldig;
                    }
                }
                if (e instanceof OngeldigeInvoerException ongeldig) {
                    OngeldigeInvoerFilter.onthoud(ongeldig);
                    LOG.info("Invoer geweigerd ({}): {}", command.getClass().getSimpleName(), ongeldig.getMessage());
                }
                throw e;
            }
        }
    }
}
