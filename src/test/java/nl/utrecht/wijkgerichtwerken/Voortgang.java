package nl.utrecht.wijkgerichtwerken;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * No case stands still unnoticed: every running case has something it waits for that will move it on — an
 * open user task, a timer, an event subscription, or a step that is due now (an async job that has not
 * failed). A case whose only job failed and waits for a retry, or that has nothing at all, is reported.
 */
public final class Voortgang {

    private Voortgang() {
    }

    /** Checks every running instance of the given process keys (all but {@code melding} when none given). */
    public static void elkeZaakWachtOpIets(ProcessEngine engine, String... processen) {
        var query = engine.getRuntimeService().createProcessInstanceQuery().active();
        if (processen.length > 0) {
            query.processDefinitionKeyIn(processen);
        } else {
            query.processDefinitionKeyNotIn("melding", "weekoverzicht");
        }
        List<String> stil = new ArrayList<>();
        for (ProcessInstance zaak : query.list()) {
            String waarop = waarOp(engine, zaak.getId());
            if (waarop == null) {
                stil.add(zaak.getBusinessKey() + " (" + zaak.getProcessDefinitionId().split(":")[0] + ") staat op "
                        + engine.getRuntimeService().getActiveActivityIds(zaak.getId()));
            }
        }
        if (!stil.isEmpty()) {
            throw new AssertionError("zaken die nergens op wachten (geen taak, timer, gebeurtenis of lopende stap): " + stil);
        }
    }

    /** What the case waits for, or {@code null} when nothing will move it on. */
    static String waarOp(ProcessEngine engine, String zaak) {
        if (engine.getTaskService().createTaskQuery().processInstanceId(zaak).count() > 0) {
            return "taak";
        }
        if (engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(zaak).count() > 0) {
            return "gebeurtenis";
        }
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(zaak).active().list()) {
            boolean timer = engine.getManagementService().createJobQuery().jobId(job.getId()).timers().count() > 0;
            if (timer) {
                return "timer";
            }
            boolean nuAanDeBeurt = job.getRetries() > 0 && job.getExceptionMessage() == null
                    && (job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()));
            if (nuAanDeBeurt) {
                return "stap";
            }
        }
        return null;
    }
}
