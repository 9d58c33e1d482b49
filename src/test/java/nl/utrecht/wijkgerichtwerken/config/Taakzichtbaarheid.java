package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Who sees which task, with the fast authorization statement and with the engine's own: four tasks (offered to a
 * group, to a person, assigned to a person, offered to a group nobody here is in), overdue, and six people; every
 * Tasklist filter and the plain task query must give each of them the same tasks both ways.
 */
final class Taakzichtbaarheid {

    private final ProcessEngine engine;
    private final ProcessEngineConfigurationImpl configuratie;

    Taakzichtbaarheid(ProcessEngine engine) {
        this.engine = engine;
        this.configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** Runs the comparison; returns, per person, the names of the case's tasks the plain query shows. */
    Map<String, List<String>> vergelijk() {
        String sleutel = "test-zichtbaarheid";
        engine.getRepositoryService().createDeployment().addModelInstance(sleutel + ".bpmn", Bpmn.createExecutableProcess(sleutel)
                .camundaHistoryTimeToLive(1).startEvent().parallelGateway("Gateway_Splitsen")
                .userTask("Task_Groep").name("Aan de groep").camundaCandidateGroups("zicht-regie").camundaDueDate("2020-01-01T00:00:00").endEvent()
                .moveToNode("Gateway_Splitsen").userTask("Task_Persoonlijk").name("Persoonlijk aangeboden").camundaCandidateUsers("zicht-anna")
                .camundaDueDate("2020-01-02T00:00:00").endEvent()
                .moveToNode("Gateway_Splitsen").userTask("Task_Toegewezen").name("Toegewezen").camundaAssignee("zicht-karim")
                .camundaDueDate("2020-01-03T00:00:00").endEvent()
                .moveToNode("Gateway_Splitsen").userTask("Task_Ander").name("Voor een ander").camundaCandidateGroups("zicht-anderen")
                .camundaDueDate("2020-01-04T00:00:00").endEvent()
                .done()).deploy();
        // zicht-x is in group zicht-regie in the identity store too: "offered to me" covers my groups' tasks
        lidVan("zicht-x", "zicht-regie");
        grant("zicht-lezers", Resources.PROCESS_DEFINITION, sleutel, ProcessDefinitionPermissions.READ_TASK);
        grant("zicht-alles", Resources.TASK, "*", Permissions.READ);
        String zaak = engine.getRuntimeService().startProcessInstanceByKey(sleutel).getId();
        List<String> taken = engine.getTaskService().createTaskQuery().processInstanceId(zaak).list().stream().map(Task::getId).toList();

        Map<String, List<String>> gezien = new TreeMap<>();
        try {
            for (String[] persoon : new String[][] {{"zicht-anna"}, {"zicht-karim"}, {"zicht-x", "zicht-regie"},
                    {"zicht-y", "zicht-lezers"}, {"zicht-z", "zicht-alles"}, {"zicht-niemand", "zicht-niets"}}) {
                List<String> groepen = List.of(persoon).subList(1, persoon.length);
                Supplier<Object> vragen = () -> antwoorden(zaak, taken);
                Object snel = als(persoon[0], groepen, vragen);
                Object engineEigen = zonderSnelleStatements(() -> als(persoon[0], groepen, vragen));
                assertThat(snel).as("what %s sees, fast statement against the engine's own", persoon[0]).isEqualTo(engineEigen);
                gezien.put(persoon[0], als(persoon[0], groepen, () -> engine.getTaskService().createTaskQuery().processInstanceId(zaak)
                        .orderByDueDate().asc().list().stream().map(Task::getName).toList()));
            }
        } finally {
            engine.getRuntimeService().deleteProcessInstance(zaak, "test");
        }
        return gezien;
    }

    /**
     * Every filter (first page of 15, as Tasklist asks, and the count), the plain query of this case, one assignee's
     * tasks, one user's offered tasks and each task by id (the last four check the grant per task, see taakautorisatie.xml).
     */
    private List<Object> antwoorden(String zaak, List<String> taken) {
        List<Object> antwoorden = new ArrayList<>();
        for (Filter filter : engine.getFilterService().createTaskFilterQuery().orderByFilterName().asc().list()) {
            antwoorden.add(filter.getName() + ": " + engine.getFilterService().listPage(filter.getId(), 0, 15).stream()
                    .map(t -> ((Task) t).getId()).toList());
            antwoorden.add(filter.getName() + " aantal: " + engine.getFilterService().count(filter.getId()));
        }
        antwoorden.add(engine.getTaskService().createTaskQuery().processInstanceId(zaak).orderByTaskName().asc().list()
                .stream().map(Task::getName).toList());
        antwoorden.add(engine.getTaskService().createTaskQuery().processInstanceId(zaak).taskCandidateUser("zicht-anna").count());
        antwoorden.add(engine.getTaskService().createTaskQuery().taskAssignee("zicht-karim").list().stream().map(Task::getName).toList());
        antwoorden.add(engine.getTaskService().createTaskQuery().taskCandidateUser("zicht-x").includeAssignedTasks().list().stream()
                .map(Task::getName).toList());
        for (String taak : taken) {
            antwoorden.add(engine.getTaskService().createTaskQuery().taskId(taak).count());
        }
        return antwoorden;
    }

    private <T> T als(String gebruiker, List<String> groepen, Supplier<T> werk) {
        engine.getIdentityService().setAuthentication(gebruiker, groepen);
        try {
            return werk.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private <T> T zonderSnelleStatements(Supplier<T> werk) {
        Map<String, String> vertalingen = configuratie.getDbSqlSessionFactory().getStatementMappings();
        String lijst = vertalingen.remove("selectTaskByQueryCriteria");
        String aantal = vertalingen.remove("selectTaskCountByQueryCriteria");
        try {
            return werk.get();
        } finally {
            vertalingen.put("selectTaskByQueryCriteria", lijst);
            vertalingen.put("selectTaskCountByQueryCriteria", aantal);
        }
    }

    private void lidVan(String gebruiker, String groep) {
        var identiteit = engine.getIdentityService();
        if (identiteit.createUserQuery().userId(gebruiker).count() == 0) {
            identiteit.saveUser(identiteit.newUser(gebruiker));
        }
        if (identiteit.createGroupQuery().groupId(groep).count() == 0) {
            identiteit.saveGroup(identiteit.newGroup(groep));
        }
        if (identiteit.createUserQuery().userId(gebruiker).memberOfGroup(groep).count() == 0) {
            identiteit.createMembership(gebruiker, groep);
        }
    }

    private void grant(String groep, Resources resource, String id, org.camunda.bpm.engine.authorization.Permission permissie) {
        var bestaand = engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(groep).resourceType(resource).resourceId(id).count();
        if (bestaand == 0) {
            Authorization a = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(groep);
            a.setResource(resource);
            a.setResourceId(id);
            a.addPermission(permissie);
            engine.getAuthorizationService().saveAuthorization(a);
        }
    }
}
