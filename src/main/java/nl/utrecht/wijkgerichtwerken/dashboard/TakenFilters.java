package nl.utrecht.wijkgerichtwerken.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.AanvullingsverzoekVariabelen;

/**
 * The shared Tasklist filters (DESIGN §7), created at startup when missing and readable by every
 * user. Without a filter Tasklist shows no task at all.
 */
@Component
class TakenFilters {

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TakenFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(40)
    void richtIn() {
        int prioriteit = 0;
        for (Map.Entry<String, TaskQuery> filter : filters().entrySet()) {
            maakAan(filter.getKey(), filter.getValue(), prioriteit++);
        }
    }

    private Map<String, TaskQuery> filters() {
        Map<String, TaskQuery> filters = new LinkedHashMap<>();
        filters.put("Mijn taken", sorteer(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        // candidate user covers both: tasks offered to one of my groups and tasks offered to me by name
        filters.put("Taken van mijn groepen", sorteer(taskService.createTaskQuery()
                .taskCandidateUserExpression("${currentUser()}").includeAssignedTasks()));
        filters.put("Bijna te laat", sorteer(vanMij().followUpBeforeOrNotExistentExpression("${now()}")
                .dueAfterExpression("${now()}")));
        filters.put("Te laat", sorteer(vanMij().dueBeforeExpression("${now()}")));
        // issue 22: cases whose clock stands still; their tasks show the expected end of the pause, so they are
        // not in "Bijna te laat" or "Te laat" while they wait
        filters.put("Opgeschort", sorteer(vanMij().processVariableValueEquals(AanvullingsverzoekVariabelen.OPGESCHORT, true)));
        return filters;
    }

    private TaskQuery vanMij() {
        return taskService.createTaskQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateUserExpression("${currentUser()}")
                .includeAssignedTasks()
                .endOr();
    }

    private static TaskQuery sorteer(TaskQuery query) {
        return query.orderByDueDate().asc();
    }

    private void maakAan(String naam, TaskQuery query, int prioriteit) {
        Filter bestaand = filterService.createTaskFilterQuery().filterName(naam).singleResult();
        if (bestaand != null) {
            // keep id and authorizations, bring the query up to date
            filterService.saveFilter(bestaand.setQuery(query));
            return;
        }
        Filter filter = filterService.newTaskFilter(naam)
                .setOwner("demo")
                .setQuery(query)
                .setProperties(Map.of("priority", prioriteit, "refresh", true,
                        "description", naam));
        filterService.saveFilter(filter);
        Authorization iedereen = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        iedereen.setResource(Resources.FILTER);
        iedereen.setResourceId(filter.getId());
        iedereen.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(iedereen);
    }
}
