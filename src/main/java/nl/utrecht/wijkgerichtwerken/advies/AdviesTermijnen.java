package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.werkdagen.TermijnProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * The clock of an advice or information request: the reactie is due {@code reactie} werkdagen after
 * receipt (30 for advice, 10 for information, {@code wijk.termijnen.processen}), the registration
 * within {@code registratie} werkdagen, the warning 3 werkdagen before. Used in BPMN as
 * {@code ${adviesTermijnen...}}.
 */
@Component("adviesTermijnen")
public class AdviesTermijnen {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter LEESBAAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private final Werkdagen werkdagen;
    private final TermijnProperties termijnen;

    AdviesTermijnen(Werkdagen werkdagen, TermijnProperties termijnen) {
        this.werkdagen = werkdagen;
        this.termijnen = termijnen;
    }

    /** Sets the clock of a case that arrives now. */
    void start(VariableScope zaak, String proces) {
        zaak.setVariable(ONTVANGEN_OP, new Date(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime()));
        zaak.setVariable(REGISTRATIE_DATUM, werkdagen.deadline(proces, "registratie"));
        zetReactieDatum(zaak, werkdagen.deadline(proces, "reactie"));
    }

    void zetReactieDatum(VariableScope zaak, Date reactieDatum) {
        zaak.setVariable(REACTIE_DATUM, reactieDatum);
        zaak.setVariable(REACTIE_DATUM_TEKST, tekst(reactieDatum));
        zaak.setVariable(WAARSCHUWING_DATUM, werkdagen.waarschuwing(reactieDatum));
    }

    /** The reactie is written 3 werkdagen before it is due, so the review fits in the term. */
    public Date reactieSchrijven(DelegateExecution zaak) {
        Date reactieDatum = (Date) zaak.getVariable(REACTIE_DATUM);
        LocalDate dag = werkdagen.minWerkdagen(datum(reactieDatum), termijnen.getWaarschuwing());
        Date moment = Date.from(dag.atTime(LocalTime.of(17, 0)).atZone(AMSTERDAM).toInstant());
        return moment.before(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()) ? reactieDatum : moment;
    }

    /** 17:00 on the given day, the due moment of an extended term. */
    static Date eindeDag(LocalDate dag) {
        return Date.from(dag.atTime(LocalTime.of(17, 0)).atZone(AMSTERDAM).toInstant());
    }

    LocalDate vandaag() {
        return werkdagen.vandaag();
    }

    boolean isWerkdag(LocalDate dag) {
        return werkdagen.isWerkdag(dag);
    }

    static LocalDate datum(Date moment) {
        return moment.toInstant().atZone(AMSTERDAM).toLocalDate();
    }

    static String tekst(Date moment) {
        return LEESBAAR.format(moment.toInstant().atZone(AMSTERDAM));
    }
}
