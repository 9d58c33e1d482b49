package nl.utrecht.wijkgerichtwerken.config;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user's command that loses a race with another transaction on the same case (the engine's
 * {@link OptimisticLockingException}) is run again, whole, in a fresh transaction: at most
 * {@value #HERHALINGEN} times more, after a short random pause. The interceptor stands before the
 * engine's transaction interceptor, so each try has a transaction of its own. It leaves alone a command
 * inside another command or inside a Spring transaction (those cannot be repeated on their own) and the
 * job executor's commands (the job executor retries a job itself). When the last try fails too, the
 * conflict is noted for the current request; {@link ZaakGewijzigdFilter} answers 409 in Dutch.
 */
@Component
public class OpnieuwProberenPlugin extends AbstractProcessEnginePlugin {

    static final int HERHALINGEN = 3;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new Herhaler());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static class Herhaler extends CommandInterceptor {

        private static final String JOB_EXECUTOR = "org.camunda.bpm.engine.impl.jobexecutor.";
        private static final Logger LOG = LoggerFactory.getLogger(OpnieuwProberenPlugin.class);

        @Override
        public <T> T execute(Command<T> command) {
            if (Context.getCommandContext() != null || TransactionSynchronizationManager.isActualTransactionActive()
                    || command instanceof ExecuteJobsCmd || command instanceof AcquireJobsCmd
                    || command.getClass().getName().startsWith(JOB_EXECUTOR)) {
                return next.execute(command);
            }
            for (int poging = 0; ; poging++) {
                try {
                    return next.execute(command);
                } catch (RuntimeException fout) {
                    if (!gelijktijdig(fout)) {
                        if (poging > 0 && (fout instanceof NullValueException || fout instanceof NotFoundException)) {
                            // the try that lost the race was the last chance: the winner completed or withdrew the task
                            ZaakGewijzigdFilter.onthoudVerdwenen();
                        }
                        throw fout;
                    }
                    if (poging == HERHALINGEN) {
                        LOG.warn("{} na {} pogingen opgegeven: de zaak werd steeds tegelijk gewijzigd",
                                command.getClass().getSimpleName(), poging + 1);
                        ZaakGewijzigdFilter.onthoud();
                        throw fout;
                    }
                    LOG.debug("{} botste met een andere transactie; poging {}", command.getClass().getSimpleName(), poging + 2);
                    wacht(poging);
                }
            }
        }

        static boolean gelijktijdig(Throwable fout) {
            return Oorzaken.bevat(fout, OptimisticLockingException.class);
        }

        private static void wacht(int poging) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * (poging + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("onderbroken tijdens opnieuw proberen", e);
            }
        }
    }
}
