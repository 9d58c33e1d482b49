package nl.utrecht.wijkgerichtwerken.config;

import java.util.Set;

/**
 * Variables a REST client may send when completing a task with a given Camunda Form, besides the form's own fields
 * (for instance the advice reactie as one {@code punten} list instead of a field per point). Declared by the
 * feature package that documents the shape; {@link Taakformulier} adds them to the form's fields.
 */
public interface RestVelden {

    /** The form's id ({@code forms/<id>.form}, the task's {@code camunda:formRef}). */
    String formulier();

    Set<String> velden();
}
