package nl.utrecht.wijkgerichtwerken.escalatie;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.werkdagen.TermijnProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * Terms of the rungs from the business clock: the due date of the rung (term in werkdagen from
 * {@code wijk.termijnen.processen.escalatie}, shorter for {@code acuut}) and the moment the case moves
 * up by itself (after a further grace term, {@code respijt}).
 */
@Component
class EscalatieTermijnen {

    record Termijn(Date termijnDatum, Date escalatieDatum) {
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Werkdagen werkdagen;
    private final TermijnProperties termijnen;

    EscalatieTermijnen(Werkdagen werkdagen, TermijnProperties termijnen) {
        this.werkdagen = werkdagen;
        this.termijnen = termijnen;
    }

    Termijn voor(Niveau niveau, String urgentie) {
        int termijn = "acuut".equals(urgentie)
                ? termijnen.werkdagen(EscalatieVariabelen.PROCES, "acuut")
                : termijnen.werkdagen(EscalatieVariabelen.PROCES, niveau.code());
        int respijt = termijnen.werkdagen(EscalatieVariabelen.PROCES, "respijt");
        return new Termijn(werkdagen.deadline(termijn), werkdagen.deadline(termijn + respijt));
    }

    /** A term the wijkregisseur gave until {@code dag} (end of that werkdag), with the grace term after it. */
    Termijn tot(LocalDate dag) {
        int respijt = termijnen.werkdagen(EscalatieVariabelen.PROCES, "respijt");
        return new Termijn(eindeWerkdag(dag), eindeWerkdag(werkdagen.plusWerkdagen(dag, respijt)));
    }

    /** The follow-up (warning) moment of a task due at {@code termijn}. */
    Date waarschuwing(Date termijn) {
        return werkdagen.waarschuwing(termijn);
    }

    boolean isWerkdag(LocalDate dag) {
        return werkdagen.isWerkdag(dag);
    }

    LocalDate vandaag() {
        return werkdagen.vandaag();
    }

    private static Date eindeWerkdag(LocalDate dag) {
        return Date.from(dag.atTime(LocalTime.of(17, 0)).atZone(AMSTERDAM).toInstant());
    }

    /** A date as Dutch readers write it, e.g. "4 januari 2027", for forms and mails. */
    static String tekst(Date moment) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"))
                .format(moment.toInstant().atZone(AMSTERDAM));
    }

    /** The moment on a control date at which the wijkregisseur is asked whether the afspraken were kept. */
    static Date controleMoment(LocalDate datum) {
        return datum == null ? null : Date.from(datum.atTime(LocalTime.of(9, 0)).atZone(AMSTERDAM).toInstant());
    }
}
