package nl.utrecht.wijkgerichtwerken.config;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * With the task permission {@code TASK_WORK} (application.yaml) candidates and assignees claim and complete but may
 * not set an assignee; yet Tasklist's "Vrijgeven" (REST {@code unclaim}) sets the assignee to nobody. When setting the
 * assignee is refused, this interceptor retries the two cases that are working the task, not assigning it, as a
 * claim ({@code TASK_WORK}): the assignee unclaims his own task, or someone sets himself as assignee of an unclaimed
 * task. Everything else stays refused.
 */
@Component
class ClaimAlsToewijzing extends AbstractProcessEnginePlugin {

    private static final Field TAAK = veld(AbstractSetTaskPropertyCmd.class, "taskId");
    private static final Field GEBRUIKER = veld(AbstractAddIdentityLinkCmd.class, "userId");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Terugval());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static class Terugval extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (AuthorizationException geweigerd) {
                if (!(command instanceof AssignTaskCmd toewijzing)) {
                    throw geweigerd;
                }
                String taakId = (String) lees(TAAK, toewijzing);
                String aan = (String) lees(GEBRUIKER, toewijzing);
                next.execute(context -> {
                    String gebruiker = context.getAuthenticatedUserId();
                    TaskEntity taak = context.getTaskManager().findTaskById(taakId);
                    boolean eigenTaakVrijgeven = aan == null && taak != null && gebruiker != null && gebruiker.equals(taak.getAssignee());
                    boolean zelfClaimen = aan != null && aan.equals(gebruiker);
                    if (!eigenTaakVrijgeven && !zelfClaimen) {
                        throw geweigerd;
                    }
                    return new ClaimTaskCmd(taakId, aan).execute(context);
                });
                return null;
            }
        }
    }

    private static Field veld(Class<?> klasse, String naam) {
        try {
            Field veld = klasse.getDeclaredField(naam);
            veld.setAccessible(true);
            return veld;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + klasse.getSimpleName() + " has no field " + naam, e);
        }
    }

    private static Object lees(Field veld, Object command) {
        try {
            return veld.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
