package nl.utrecht.wijkgerichtwerken.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.werkdagen.Termijnstatus;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * The bucket of an open task on the business clock (DESIGN §7): {@code te-laat} after its deadline's day,
 * {@code ruim-te-laat} when past the deadline by more werkdagen than the term itself (over twice the term since
 * the task began), {@code bijna-te-laat} from its warning day (the follow-up date, else {@code waarschuwing}
 * werkdagen before the deadline) up to the deadline, {@code op-tijd} before that.
 */
@Component
class Termijnbakken {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Moments for SQL: a deadline before {@code vandaag} is overdue, a warning before {@code morgen} is due. */
    record Grenzen(LocalDate dag, Timestamp vandaag, Timestamp morgen) {
    }

    private final Werkdagen werkdagen;

    Termijnbakken(Werkdagen werkdagen) {
        this.werkdagen = werkdagen;
    }

    LocalDate vandaag() {
        return werkdagen.vandaag();
    }

    Grenzen grenzen() {
        LocalDate dag = vandaag();
        return new Grenzen(dag, begin(dag), begin(dag.plusDays(1)));
    }

    /**
     * @param begin       the day the task began (its create time)
     * @param deadline    the day it is due
     * @param waarschuwing the day it becomes nearly overdue (its follow-up date), or {@code null}
     */
    Termijnstatus bak(LocalDate begin, LocalDate deadline, LocalDate waarschuwing, LocalDate vandaag) {
        return werkdagen.status(begin, deadline, waarschuwing, vandaag);
    }

    /** Splits an overdue task: {@code ruim-te-laat} or {@code te-laat}. */
    Termijnstatus teLaat(LocalDate begin, LocalDate deadline, LocalDate vandaag) {
        return werkdagen.ruimTeLaat(begin, deadline, vandaag) ? Termijnstatus.RUIM_TE_LAAT : Termijnstatus.TE_LAAT;
    }

    static Timestamp begin(LocalDate dag) {
        return Timestamp.from(dag.atStartOfDay(AMSTERDAM).toInstant());
    }

    static LocalDate dag(java.util.Date moment) {
        return moment == null ? null : moment.toInstant().atZone(AMSTERDAM).toLocalDate();
    }
}
