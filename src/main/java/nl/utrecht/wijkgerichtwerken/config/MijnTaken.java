package nl.utrecht.wijkgerichtwerken.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Recognizes the task query of the Tasklist filters "mine" ({@code or(assignee = U, candidate user U including
 * assigned tasks)}, see dashboard/TakenFilters): the engine answers its "or" with a join on every task's identity
 * links, so a filter such as "Te laat" read every overdue task of the whole organisation for each user. For such
 * a query the fast statement adds "and the task is assigned to U or offered to U or one of U's groups" as an
 * array of task ids from the indexes on assignee and identity links (the database then looks those tasks up by
 * id), and checks the grant per task. That condition follows from the query's own "or", so the answer is the
 * same, only found from the user's own tasks. Only recognized when the "or" part has nothing else set (compared
 * field by field with an empty query); anything else keeps the engine's statement as it is.
 */
final class MijnTaken {

    /** The user and the groups whose tasks the "or" part can return (getters: read by MyBatis in the statement). */
    public static final class Mijn {
        private final String gebruiker;
        private final List<String> groepen;

        Mijn(String gebruiker, List<String> groepen) {
            this.gebruiker = gebruiker;
            this.groepen = groepen == null ? List.of() : groepen;
        }

        public String getGebruiker() {
            return gebruiker;
        }

        public List<String> getGroepen() {
            return groepen;
        }
    }

    /** Fields of the "or" part that make up "mine", or are bookkeeping rather than criteria. */
    private static final Set<String> TOEGESTAAN = Set.of("assignee", "candidateUser", "includeAssignedTasks",
            "cachedCandidateGroups", "cachedUserGroups", "isOrQueryActive", "queries");

    private static final TaskQueryImpl LEEG = new TaskQueryImpl();

    /** The criteria fields of a task query (everything but {@link #TOEGESTAAN}), looked up once. */
    private static final List<Field> CRITERIA = criteria();

    private MijnTaken() {
    }

    static Mijn van(TaskQueryImpl query) {
        List<TaskQueryImpl> delen = query.getQueries();
        if (delen == null || delen.size() != 2) {
            return null;
        }
        TaskQueryImpl of = delen.get(1);
        if (!of.isOrQueryActive() || of.getAssignee() == null || !of.getAssignee().equals(of.getCandidateUser())
                || !alleenMijn(of)) {
            return null;
        }
        return new Mijn(of.getAssignee(), of.getCandidateGroups());
    }

    private static boolean alleenMijn(TaskQueryImpl of) {
        if (CRITERIA == null) {
            return false;
        }
        try {
            for (Field veld : CRITERIA) {
                if (!Objects.deepEquals(veld.get(of), veld.get(LEEG))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a field we cannot read: do not guess
            return false;
        }
    }

    /** {@code null} when the fields cannot be made readable: then nothing is recognized. */
    private static List<Field> criteria() {
        try {
            List<Field> velden = new java.util.ArrayList<>();
            for (Field veld : TaskQueryImpl.class.getDeclaredFields()) {
                if (!Modifier.isStatic(veld.getModifiers()) && !TOEGESTAAN.contains(veld.getName())) {
                    veld.setAccessible(true);
                    velden.add(veld);
                }
            }
            return List.copyOf(velden);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
