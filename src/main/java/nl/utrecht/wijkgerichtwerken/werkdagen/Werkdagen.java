package nl.utrecht.wijkgerichtwerken.werkdagen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The business clock: werkdagen are Monday to Friday minus Dutch public holidays. "Today" follows the
 * engine clock ({@link ClockUtil}), so process tests can travel in time. A deadline is 17:00 on its
 * werkdag and the warning moment 09:00, {@code waarschuwing} werkdagen earlier (Europe/Amsterdam).
 * Also used from BPMN expressions as {@code ${werkdagen...}}.
 */
@Component
public class Werkdagen {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalTime EINDE_WERKDAG = LocalTime.of(17, 0);
    private static final LocalTime BEGIN_WERKDAG = LocalTime.of(9, 0);

    private final TermijnProperties termijnen;
    private final Feestdagen feestdagen = new Feestdagen();

    public Werkdagen(TermijnProperties termijnen) {
        this.termijnen = termijnen;
    }

    public boolean isWerkdag(LocalDate datum) {
        DayOfWeek dag = datum.getDayOfWeek();
        return dag != DayOfWeek.SATURDAY && dag != DayOfWeek.SUNDAY && !feestdagen.isFeestdag(datum);
    }

    /** The n-th werkdag after {@code start}; n = 0 gives start itself when it is a werkdag, else the next one. */
    public LocalDate plusWerkdagen(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Aantal werkdagen mag niet negatief zijn: " + n);
        }
        LocalDate datum = start;
        if (n == 0) {
            while (!isWerkdag(datum)) {
                datum = datum.plusDays(1);
            }
            return datum;
        }
        int geteld = 0;
        while (geteld < n) {
            datum = datum.plusDays(1);
            if (isWerkdag(datum)) {
                geteld++;
            }
        }
        return datum;
    }

    /** The n-th werkdag before {@code start}. */
    public LocalDate minWerkdagen(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Aantal werkdagen mag niet negatief zijn: " + n);
        }
        LocalDate datum = start;
        int geteld = 0;
        while (geteld < n) {
            datum = datum.minusDays(1);
            if (isWerkdag(datum)) {
                geteld++;
            }
        }
        return datum;
    }

    /** Werkdagen in (van, tot]; negative when tot lies before van. */
    public int werkdagenTussen(LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            return -werkdagenTussen(tot, van);
        }
        int aantal = 0;
        for (LocalDate d = van.plusDays(1); !d.isAfter(tot); d = d.plusDays(1)) {
            if (isWerkdag(d)) {
                aantal++;
            }
        }
        return aantal;
    }

    public LocalDate vandaag() {
        return datum(ClockUtil.getCurrentTime());
    }

    /** Due moment of a task that starts now with a term of {@code werkdagen}: 17:00 on that werkdag. */
    public Date deadline(int werkdagen) {
        return moment(plusWerkdagen(vandaag(), werkdagen), EINDE_WERKDAG);
    }

    /** Due moment for the configured term of a process step. */
    public Date deadline(String proces, String stap) {
        return deadline(termijnen.werkdagen(proces, stap));
    }

    /** The warning (follow-up) moment: 09:00, {@code waarschuwing} werkdagen before the deadline. */
    public Date waarschuwing(Date deadline) {
        return moment(minWerkdagen(datum(deadline), termijnen.getWaarschuwing()), BEGIN_WERKDAG);
    }

    public Termijnstatus status(Date deadline) {
        return status(datum(deadline), vandaag());
    }

    public Termijnstatus status(LocalDate deadline, LocalDate vandaag) {
        if (vandaag.isAfter(deadline)) {
            return Termijnstatus.TE_LAAT;
        }
        if (!vandaag.isBefore(minWerkdagen(deadline, termijnen.getWaarschuwing()))) {
            return Termijnstatus.BIJNA_TE_LAAT;
        }
        return Termijnstatus.OP_TIJD;
    }

    /** Over twice the term: more werkdagen since the start than twice the werkdagen the term allowed. */
    public boolean ruimTeLaat(LocalDate begin, LocalDate deadline, LocalDate vandaag) {
        return werkdagenTussen(begin, vandaag) > 2 * werkdagenTussen(begin, deadline);
    }

    static LocalDate datum(Date moment) {
        return moment.toInstant().atZone(AMSTERDAM).toLocalDate();
    }

    private static Date moment(LocalDate datum, LocalTime tijd) {
        return Date.from(datum.atTime(tijd).atZone(AMSTERDAM).toInstant());
    }
}
