package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.AanvullingsverzoekVariabelen.AANVULLING;
import static nl.utrecht.wijkgerichtwerken.zaak.AanvullingsverzoekVariabelen.OPGESCHORT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * The kernel's opschorting (DESIGN §4, §5.6, issue 22): a case's clock stops (a row in wijk_opschorting, the case
 * variable {@code opgeschort}, the dates held by {@link Klokverschuiving}) and later runs again, every date of the case
 * moved by the werkdagen it stood still: the werkdagen after the day the pause began up to and including the day it
 * ended. Each step leaves a note in the case file. Called in the transaction of the request or process step that
 * causes it.
 */
@Component
public class Opschorting {

    /** How a pause ended: the werkdagen the clock stood still, the promised date now, whether the case still runs. */
    public record Hervatting(int werkdagenStil, Date beloofd, boolean zaakOpen) {
    }

    /** The case no longer runs (closed, or no case of the kinds that pause). */
    static class ZaakGesloten extends RuntimeException {
        ZaakGesloten() {
            super("Deze zaak is afgerond; zij kan niet meer worden opgeschort.");
        }
    }

    /** The processes whose cases pause: those with a submitter outside (not escalatie). */
    static final List<String> PROCESSEN = List.of(Zaakprocessen.ADVIES, Zaakprocessen.INFORMATIEVERZOEK, Zaakprocessen.INITIATIEF);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final RuntimeService runtime;
    private final Opschortingen opschortingen;
    private final Klokverschuiving klok;
    private final Werkdagen werkdagen;
    private final Notities notities;

    Opschorting(ProcessEngine engine, Opschortingen opschortingen, Klokverschuiving klok, Werkdagen werkdagen, Notities notities) {
        this.runtime = engine.getRuntimeService();
        this.opschortingen = opschortingen;
        this.klok = klok;
        this.werkdagen = werkdagen;
        this.notities = notities;
    }

    /** The running process instance of the case, if it is open and of a kind that pauses. */
    Optional<ProcessInstance> lopendeZaak(String zaaknummer) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKeyIn(PROCESSEN.toArray(String[]::new)).list().stream().findFirst();
    }

    /** Stops the clock of an open case until {@code verwachtEinde} (a werkdag after today) or until resumed. */
    long schortOp(String zaaknummer, String soort, String reden, LocalDate verwachtEinde, String door, String notitie) {
        ProcessInstance zaak = lopendeZaak(zaaknummer).orElseThrow(ZaakGesloten::new);
        long pauze = opschortingen.begin(zaaknummer, soort, reden, verwachtEinde, ClockUtil.getCurrentTime().toInstant(), door);
        klok.stilzetten(zaak.getId(), pauze, verwachtEinde);
        runtime.setVariable(zaak.getId(), OPGESCHORT, true);
        notities.voegToe(zaaknummer, kort(notitie), door);
        return pauze;
    }

    /**
     * Lets the clock of a case run again, every date moved; {@code antwoord} is the submitter's answer, if any.
     * Empty when the case stands still no more (resumed a moment ago by someone else).
     */
    public Optional<Hervatting> hervat(String zaaknummer, String door, String antwoord) {
        Optional<Opschortingen.Pauze> lopend = opschortingen.lopend(zaaknummer);
        if (lopend.isEmpty()) {
            return Optional.empty();
        }
        Opschortingen.Pauze pauze = lopend.get();
        int stil = Math.max(0, werkdagen.werkdagenTussen(pauze.begin().atZone(AMSTERDAM).toLocalDate(), werkdagen.vandaag()));
        if (!opschortingen.einde(pauze.id(), ClockUtil.getCurrentTime().toInstant(), door, stil, antwoord)) {
            return Optional.empty();
        }
        Optional<ProcessInstance> zaak = lopendeZaak(zaaknummer);
        if (zaak.isEmpty()) {
            return Optional.of(new Hervatting(stil, null, false));
        }
        String instantie = zaak.get().getId();
        klok.verder(instantie, pauze.id(), pauze.begin().atZone(AMSTERDAM).toLocalDate(), stil);
        runtime.setVariable(instantie, OPGESCHORT, false);
        if (antwoord != null) {
            runtime.setVariable(instantie, AANVULLING, antwoord);
            notities.voegToe(zaaknummer, kort("Aanvulling van de indiener: " + antwoord), "indiener");
        }
        Date beloofd = klok.beloofd(instantie);
        notities.voegToe(zaaknummer, "Zaak hervat na " + stil + (stil == 1 ? " werkdag" : " werkdagen") + " opschorting"
                + (beloofd == null ? "." : "; nieuwe datum: " + Klokverschuiving.tekst(beloofd) + "."), door);
        return Optional.of(new Hervatting(stil, beloofd, true));
    }

    /** Ends the pause and closes the case with a reason (no answer came and the official closes it). */
    public void sluit(String zaaknummer, String reden, String door) {
        opschortingen.lopend(zaaknummer).ifPresent(pauze -> opschortingen.einde(pauze.id(),
                ClockUtil.getCurrentTime().toInstant(), door,
                Math.max(0, werkdagen.werkdagenTussen(pauze.begin().atZone(AMSTERDAM).toLocalDate(), werkdagen.vandaag())), null));
        lopendeZaak(zaaknummer).ifPresent(zaak -> {
            notities.voegToe(zaaknummer, kort("Zaak gesloten zonder aanvulling van de indiener: " + reden), door);
            runtime.deleteProcessInstance(zaak.getId(), kort("Gesloten zonder aanvulling: " + reden));
        });
    }

    /** The readable form of a date, as the mails write it ("3 februari 2027"). */
    public static String tekst(Date moment) {
        return moment == null ? null : Klokverschuiving.tekst(moment);
    }

    private static String kort(String tekst) {
        return tekst.length() <= Notitieregels.MAXIMUM ? tekst : tekst.substring(0, Notitieregels.MAXIMUM - 1) + "…";
    }
}
