package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.time.LocalDate;
import java.util.Arrays;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The wijkregisseur gave the rung until a later werkdag: the rung's term ({@code termijnDatum}, the tasks' due and
 * follow-up dates) moves to that day, and with it the moment the case would move up by itself. This is the process's
 * own step, so it changes the dates without the task holders' rights (who may work tasks, not change them).
 */
@Component("escalatieNieuweTermijn")
class NieuweTermijnDelegate implements JavaDelegate {

    private static final String[] TAKEN = Arrays.stream(Niveau.values()).map(Niveau::taak).toArray(String[]::new);

    private final EscalatieTermijnen termijnen;

    NieuweTermijnDelegate(EscalatieTermijnen termijnen) {
        this.termijnen = termijnen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalatieTermijnen.Termijn termijn = termijnen.tot(LocalDate.parse((String) execution.getVariable(VERLENGD_TOT)));
        execution.setVariable(TERMIJN_DATUM, termijn.termijnDatum());
        execution.setVariable(ESCALATIE_DATUM, termijn.escalatieDatum());
        execution.setVariable(TERMIJN_TEKST, EscalatieTermijnen.tekst(termijn.termijnDatum()));
        TaskService taken = execution.getProcessEngineServices().getTaskService();
        ManagementService beheer = execution.getProcessEngineServices().getManagementService();
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (Task taak : taken.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKeyIn(TAKEN).list()) {
                taken.setDueDate(taak.getId(), termijn.termijnDatum());
                taken.setFollowUpDate(taak.getId(), termijnen.waarschuwing(termijn.termijnDatum()));
            }
            for (String timer : RESPIJT_TIMERS) {
                for (Job job : beheer.createJobQuery().processInstanceId(execution.getProcessInstanceId()).activityId(timer).list()) {
                    beheer.setJobDuedate(job.getId(), termijn.escalatieDatum());
                }
            }
            return null;
        });
    }
}
