package nl.utrecht.wijkgerichtwerken;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test whose expectations depend on the day it runs (terms, due dates, termijnstatus, relative dates in the
 * browser). Besides the ordinary run, {@code ./mvnw verify} runs these tests again on hard days with the
 * {@link Testklok} (the {@code datum-*} executions of surefire in pom.xml).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Datumgevoelig.TAG)
public @interface Datumgevoelig {

    String TAG = "datumgevoelig";
}
