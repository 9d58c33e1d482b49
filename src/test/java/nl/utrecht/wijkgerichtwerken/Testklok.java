package nl.utrecht.wijkgerichtwerken;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The clock of a test run. Without the system property {@code wijk.testdatum} it is the real clock. With
 * {@code -Dwijk.testdatum=2026-12-24T16:00} (local time in Europe/Amsterdam) the engine's clock, and with it the
 * business clock ({@code Werkdagen}), starts at that moment when the JVM starts and runs on from there, so the
 * whole suite can be run "on" a hard day (a Friday evening, Christmas Eve, New Year's Eve, the day before
 * Koningsdag, the week summer time starts). {@link TestklokExtensie} puts the clock back before every test;
 * tests that move the clock themselves put it back with {@link #herstel()}, never with {@code ClockUtil.reset()}.
 */
public final class Testklok {

    public static final String EIGENSCHAP = "wijk.testdatum";
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Milliseconds between the real clock and the test day; 0 without {@value #EIGENSCHAP}. */
    private static final long VERSCHUIVING = verschuiving(System.getProperty(EIGENSCHAP));

    private Testklok() {
    }

    static long verschuiving(String testdatum) {
        if (testdatum == null || testdatum.isBlank()) {
            return 0;
        }
        Instant dag = LocalDateTime.parse(testdatum.trim()).atZone(AMSTERDAM).toInstant();
        return dag.toEpochMilli() - System.currentTimeMillis();
    }

    /** The engine's clock back to the run's clock: the real one, or the test day running on. */
    public static void herstel() {
        ClockUtil.reset();
        if (VERSCHUIVING != 0) {
            ClockUtil.offset(VERSCHUIVING);
        }
    }

    /** Milliseconds the run's clock is ahead of the real one (negative when behind). */
    public static long verschuivingMillis() {
        return VERSCHUIVING;
    }

    /** Now by the run's clock (what the engine's clock shows after {@link #herstel()}). */
    public static Instant nu() {
        return Instant.ofEpochMilli(System.currentTimeMillis() + VERSCHUIVING);
    }

    /** A local time in Utrecht, e.g. {@code "2026-12-21T17:05"}, as a date for the engine's clock. */
    public static Date om(String lokaal) {
        return Date.from(LocalDateTime.parse(lokaal).atZone(AMSTERDAM).toInstant());
    }

    /** Today in Europe/Amsterdam by the run's clock. */
    public static LocalDate vandaag() {
        return nu().atZone(AMSTERDAM).toLocalDate();
    }

    /** {@link #nu()} as a {@link Date}. */
    public static Date nuAlsDatum() {
        return Date.from(nu());
    }
}
