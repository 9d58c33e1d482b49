package nl.utrecht.wijkgerichtwerken.werkdagen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The business clock: every term in this system counts werkdagen, Monday to Friday minus the public
 * holidays the municipality has off (see {@link Feestdagen}). "Today" is the engine's clock
 * ({@link ClockUtil}) in Europe/Amsterdam, so tests can move time.
 */
@Component
public class Werkdagen {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalTime EINDE_WERKDAG = LocalTime.of(17, 0);
    private static final LocalTime BEGIN_WERKDAG = LocalTime.of(9, 0);

    private final TermijnProperties properties;
    private final Feestdagen feestdagen = new Feestdagen();

    public Werkdagen(TermijnProperties properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    /** Monday to Friday and not a public holiday the municipality has off. */
    public boolean isWerkdag(LocalDate dag) {
        DayOfWeek weekdag = dag.getDayOfWeek();
        return weekdag != DayOfWeek.SATURDAY && weekdag != DayOfWeek.SUNDAY && !feestdagen.isVrij(dag);
    }

    /** The n-th werkdag after {@code start}; for n = 0, {@code start} if a werkdag, else the next werkdag. */
    public LocalDate plusWerkdagen(LocalDate start, int n) {
        return verschuif(start, n, 1);
    }

    /** The n-th werkdag before {@code start}; for n = 0, {@code start} if a werkdag, else the previous werkdag. */
    public LocalDate minWerkdagen(LocalDate start, int n) {
        return verschuif(start, n, -1);
    }

    /** The number of werkdagen in (van, tot]; when {@code tot} is before {@code van}, minus those in (tot, van]. */
    public int werkdagenTussen(LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            return -werkdagenTussen(tot, van);
        }
        int werkdagen = 0;
        for (LocalDate dag = van.plusDays(1); !dag.isAfter(tot); dag = dag.plusDays(1)) {
            if (isWerkdag(dag)) {
                werkdagen++;
            }
        }
        return werkdagen;
    }

    /** Today in Europe/Amsterdam by the engine's clock. */
    public LocalDate vandaag() {
        return ClockUtil.getCurrentTime().toInstant().atZone(AMSTERDAM).toLocalDate();
    }

    /** Due moment of a task starting now: {@code werkdagen} werkdagen after today, at 17:00 Europe/Amsterdam. */
    public Date deadline(int werkdagen) {
        return moment(plusWerkdagen(vandaag(), werkdagen), EINDE_WERKDAG);
    }

    /** {@link #deadline(int)} with the term of {@code wijk.termijnen.processen.<proces>.<stap>}. */
    public Date deadline(String proces, String stap) {
        return deadline(properties.werkdagen(proces, stap));
    }

    /** Follow-up moment: {@code wijk.termijnen.waarschuwing} werkdagen before the deadline's date, at 09:00. */
    public Date waarschuwing(Date deadline) {
        return moment(minWerkdagen(datum(deadline), properties.getWaarschuwing()), BEGIN_WERKDAG);
    }

    /** Status of a deadline today (by the engine's clock). */
    public Termijnstatus status(Date deadline) {
        return status(datum(deadline), vandaag());
    }

    /**
     * {@code TE_LAAT} after the deadline's day; {@code BIJNA_TE_LAAT} from {@code waarschuwing} werkdagen
     * before the deadline up to and including its day; {@code OP_TIJD} before that.
     */
    public Termijnstatus status(LocalDate deadline, LocalDate vandaag) {
        if (vandaag.isAfter(deadline)) {
            return Termijnstatus.TE_LAAT;
        }
        if (!vandaag.isBefore(minWerkdagen(deadline, properties.getWaarschuwing()))) {
            return Termijnstatus.BIJNA_TE_LAAT;
        }
        return Termijnstatus.OP_TIJD;
    }

    /**
     * The one rule for a task's termijnstatus (DESIGN §7), used by the dashboard and the case list alike:
     * {@code TE_LAAT} after the deadline's day, {@code RUIM_TE_LAAT} when past it by more werkdagen than the term
     * itself (over twice the term since {@code begin}), {@code BIJNA_TE_LAAT} from the warning day (the task's
     * follow-up date, else {@code waarschuwing} werkdagen before the deadline) up to the deadline, else {@code OP_TIJD}.
     *
     * @param begin        the day the task began, or {@code null} (then never {@code RUIM_TE_LAAT})
     * @param waarschuwing the task's follow-up day, or {@code null}
     */
    public Termijnstatus status(LocalDate begin, LocalDate deadline, LocalDate waarschuwing, LocalDate vandaag) {
        if (vandaag.isAfter(deadline)) {
            return begin != null && ruimTeLaat(begin, deadline, vandaag) ? Termijnstatus.RUIM_TE_LAAT : Termijnstatus.TE_LAAT;
        }
        if (waarschuwing == null) {
            return status(deadline, vandaag);
        }
        return vandaag.isBefore(waarschuwing) ? Termijnstatus.OP_TIJD : Termijnstatus.BIJNA_TE_LAAT;
    }

    /** {@link #status(LocalDate, LocalDate, LocalDate, LocalDate)} of a task's moments today; {@code null} without deadline. */
    public Termijnstatus status(Date begin, Date deadline, Date waarschuwing) {
        if (deadline == null) {
            return null;
        }
        return status(begin == null ? null : datum(begin), datum(deadline), waarschuwing == null ? null : datum(waarschuwing),
                vandaag());
    }

    /** Whether more than twice the term (in werkdagen from {@code begin} to {@code deadline}) has passed. */
    public boolean ruimTeLaat(LocalDate begin, LocalDate deadline, LocalDate vandaag) {
        return werkdagenTussen(begin, vandaag) > 2 * werkdagenTussen(begin, deadline);
    }

    private LocalDate verschuif(LocalDate start, int n, int richting) {
        if (n < 0) {
            throw new IllegalArgumentException("Aantal werkdagen moet 0 of meer zijn, maar is " + n);
        }
        LocalDate dag = start;
        if (n == 0) {
            while (!isWerkdag(dag)) {
                dag = dag.plusDays(richting);
            }
            return dag;
        }
        for (int geteld = 0; geteld < n; ) {
            dag = dag.plusDays(richting);
            if (isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }

    private static LocalDate datum(Date moment) {
        return Objects.requireNonNull(moment, "deadline").toInstant().atZone(AMSTERDAM).toLocalDate();
    }

    private static Date moment(LocalDate dag, LocalTime tijd) {
        return Date.from(dag.atTime(tijd).atZone(AMSTERDAM).toInstant());
    }
}
