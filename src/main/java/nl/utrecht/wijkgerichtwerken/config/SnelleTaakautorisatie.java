package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's task query (every Tasklist list and filter count) check authorizations with a lookup per
 * task instead of Camunda's join {@code AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')}. That join cannot be hashed:
 * its cost is the user's visible tasks times the user's authorization rows, and the engine makes an authorization
 * row for every task a user or group is offered, so a filter took seconds to tens of seconds for someone with a
 * few thousand tasks (benchmark, issue 9). The replacement asks the same question, "is there a grant for this user,
 * one of the groups or everyone, for this task, its process definition or any", as {@code IN} sub-selects that
 * the database evaluates once into a hash, or, where the query finds its tasks by index (an assignee, a candidate
 * user, a case, a task id, the filters' "mine"), as a grant lookup per task. Statements in
 * {@code taakautorisatie.xml}; the engine's own where-clause is reused unchanged. Queries this does not cover
 * (revoke checks, composite checks, other resources) keep the engine's statement.
 */
@Component
public class SnelleTaakautorisatie extends AbstractProcessEnginePlugin {

    static final String NAAMRUIMTE = "nl.utrecht.wijkgerichtwerken.config.SnelleTaakautorisatie";
    private static final String MAPPING = "nl/utrecht/wijkgerichtwerken/config/taakautorisatie.xml";
    /** Resource types the statement knows how to find the resource id of (the task's id, its definition's key). */
    private static final Set<Integer> BEKEND = Set.of(Resources.TASK.resourceType(), Resources.PROCESS_DEFINITION.resourceType());

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuratie) {
        Configuration mybatis = configuratie.getSqlSessionFactory().getConfiguration();
        try (InputStream xml = SnelleTaakautorisatie.class.getClassLoader().getResourceAsStream(MAPPING)) {
            new XMLMapperBuilder(xml, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
        } catch (IOException e) {
            throw new IllegalStateException(MAPPING, e);
        }
        DbSqlSessionFactory sessies = configuratie.getDbSqlSessionFactory();
        // a copy: the engine's map for this database type is shared by every engine in the JVM
        Map<String, String> vertalingen = sessies.getStatementMappings() == null ? new HashMap<>()
                : new HashMap<>(sessies.getStatementMappings());
        vertalingen.put("selectTaskByQueryCriteria", NAAMRUIMTE + ".selectTaskByQueryCriteriaSnel");
        vertalingen.put("selectTaskCountByQueryCriteria", NAAMRUIMTE + ".selectTaskCountByQueryCriteriaSnel");
        sessies.setStatementMappings(vertalingen);
    }

    /** Called from the statement: whether this check is one the fast form answers exactly as the engine would. */
    public static boolean snel(AuthorizationCheck check) {
        if (check == null || !check.getShouldPerformAuthorizatioCheck()
                || check.getAuthUserId() == null || check.isRevokeAuthorizationCheckEnabled()) {
            return false;
        }
        CompositePermissionCheck controles = check.getPermissionChecks();
        if (controles == null || !controles.isDisjunctive() || !controles.getCompositeChecks().isEmpty()
                || controles.getAtomicChecks().isEmpty()) {
            return false;
        }
        for (PermissionCheck controle : controles.getAtomicChecks()) {
            if (!BEKEND.contains(controle.getResourceType())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Called from the statement: when the query's only "or" part is exactly "assigned to U or offered to U or to U's
     * groups" (the Tasklist filters' "mine"), that user and those groups, so that the statement can first narrow to
     * those tasks by index; otherwise {@code null}. See {@link MijnTaken}.
     */
    public static MijnTaken.Mijn mijn(TaskQueryImpl query) {
        return MijnTaken.van(query);
    }

    /** Called from the statement: a check that is off, so the engine's where-clause adds no join of its own. */
    public static AuthorizationCheck uit() {
        return new AuthorizationCheck();
    }
}
