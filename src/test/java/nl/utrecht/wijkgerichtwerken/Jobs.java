package nl.utrecht.wijkgerichtwerken;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs due jobs the way the job executor would (it is off in the test profile): never a suspended one. */
public final class Jobs {

    private Jobs() {
    }

    /**
     * Executes every job that is due now until none is left. A failing job keeps its failure as the job
     * executor would record it: fewer retries and a later due date, finally an incident.
     */
    public static void voerUit(ManagementService managementService) {
        for (int ronde = 0; ronde < 100; ronde++) {
            List<Job> jobs = managementService.createJobQuery().executable().active().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException mislukt) {
                    // recorded on the job by the engine (retries decreased, exception stored)
                }
            }
        }
        throw new AssertionError("er blijven jobs klaarstaan");
    }

    /** Executes every job that is due now until none is left; a failing job fails the test. */
    public static void voerUitStrikt(ManagementService managementService) {
        for (int ronde = 0; ronde < 100; ronde++) {
            List<Job> jobs = managementService.createJobQuery().executable().active().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("er blijven jobs klaarstaan");
    }
}
