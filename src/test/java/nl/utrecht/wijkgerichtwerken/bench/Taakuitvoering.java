package nl.utrecht.wijkgerichtwerken.bench;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.management.Metrics;

/** The app's own job executor, paused while a synchronous path is timed and waited on until the work is done. */
final class Taakuitvoering {

    private final JobExecutor executor;
    private final ManagementService managementService;

    Taakuitvoering(ProcessEngineConfigurationImpl configuratie) {
        this.executor = configuratie.getJobExecutor();
        this.managementService = configuratie.getManagementService();
    }

    void pauzeer() {
        if (executor.isActive()) {
            executor.shutdown();
        }
    }

    void hervat() {
        if (!executor.isActive()) {
            executor.start();
        }
    }

    long uitvoerbaar() {
        return managementService.createJobQuery().executable().active().count();
    }

    /** Runs the executor until no job is due any more; returns the nanoseconds it took. */
    long werkAf() throws InterruptedException {
        long begin = System.nanoTime();
        hervat();
        while (uitvoerbaar() > 0) {
            Thread.sleep(50);
        }
        return System.nanoTime() - begin;
    }

    /** Jobs executed successfully since the engine started (the engine's own metric, flushed first). */
    long uitgevoerd() {
        managementService.reportDbMetricsNow();
        return managementService.createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum();
    }

    /** Suspends every job of these processes there is now; jobs made later are active. */
    void schortBestaandeOp(String... processen) {
        for (String proces : processen) {
            managementService.updateJobSuspensionState().byProcessDefinitionKey(proces).suspend();
        }
    }

    long mislukt() {
        return managementService.createJobQuery().noRetriesLeft().count();
    }
}
