package nl.utrecht.wijkgerichtwerken.bench;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The bare model of each process (src/test/resources/bench/kaal-*.bpmn, written by maak-kale-modellen.py from the
 * real BPMN): the same user tasks, timers, gateways, subprocesses and async boundaries, with no listeners, no
 * delegates, no mails and no variables beyond what its gateways read. Deployed on the same engine and database as
 * the real processes, startable by the wijkregisseurs like the escalation.
 */
final class KaleModellen {

    static final List<String> PROCESSEN = List.of("escalatie", "wijkplatform-advies", "informatieverzoek", "initiatief");

    private KaleModellen() {
    }

    static String sleutel(String proces) {
        return "kaal-" + proces;
    }

    static String[] sleutels() {
        return PROCESSEN.stream().map(KaleModellen::sleutel).toArray(String[]::new);
    }

    static void richtIn(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bench-kale-modellen");
        for (String proces : PROCESSEN) {
            deployment.addClasspathResource("bench/" + sleutel(proces) + ".bpmn");
        }
        deployment.deploy();
        AuthorizationService autorisaties = engine.getAuthorizationService();
        for (String proces : PROCESSEN) {
            Authorization definitie = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            definitie.setGroupId("wijkregisseur");
            definitie.setResource(Resources.PROCESS_DEFINITION);
            definitie.setResourceId(sleutel(proces));
            definitie.addPermission(Permissions.CREATE_INSTANCE);
            definitie.addPermission(Permissions.READ);
            autorisaties.saveAuthorization(definitie);
        }
    }

    /** Starts the bare model as the bench's wijkregisseur, with only what its gateways read. */
    static String start(Zaken zaken, ProcessEngine engine, String proces) {
        Map<String, Object> variabelen = "escalatie".equals(proces) ? Map.of("niveau", "wijk", "automatischEscaleren", true) : Map.of();
        return zaken.als(Zaken.REGISSEUR, () -> engine.getRuntimeService().startProcessInstanceByKey(sleutel(proces), variabelen).getId());
    }
}
