package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.AanvullingsverzoekVariabelen.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;
import nl.utrecht.wijkgerichtwerken.werkdagen.TermijnProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * Requests for more information (issue 22 item 1): an official who works the case asks the submitter a question with
 * a reply term in werkdagen; the clock stops and process {@code aanvullingsverzoek} mails the question and waits for
 * the answer, which the submitter gives on the status page ({@link #beantwoord}).
 */
@Component
public class Aanvullingsverzoeken {

    /** No request is waiting for an answer on this case (never asked, answered already, or closed). */
    public static class GeenOpenVerzoek extends RuntimeException {
        public GeenOpenVerzoek() {
            this("Voor deze zaak staat geen vraag om aanvulling open. Er is niets opgeslagen.");
        }

        GeenOpenVerzoek(String melding) {
            super(melding);
        }
    }

    /** The answer lost a race with another change of the case (the official deciding at the same moment). */
    static class Tegelijk extends GeenOpenVerzoek {
        Tegelijk() {
            super("Uw zaak werd op hetzelfde moment gewijzigd; er is niets opgeslagen. Vernieuw de statuspagina en probeer het opnieuw.");
        }
    }

    /** The case cannot pause now (escalatie, closed, already paused, no e-mail address): a Dutch 409. */
    static class KanNietOpschorten extends RuntimeException {
        KanNietOpschorten(String melding) {
            super(melding);
        }
    }

    static final int MAX_VRAAG = 2000;
    static final int MAX_TERMIJN = 60;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final RuntimeService runtime;
    private final Opschorting opschorting;
    private final Opschortingen opschortingen;
    private final Werkdagen werkdagen;
    private final TermijnProperties termijnen;

    Aanvullingsverzoeken(ProcessEngine engine, Opschorting opschorting, Opschortingen opschortingen, Werkdagen werkdagen,
            TermijnProperties termijnen) {
        this.runtime = engine.getRuntimeService();
        this.opschorting = opschorting;
        this.opschortingen = opschortingen;
        this.werkdagen = werkdagen;
        this.termijnen = termijnen;
    }

    /** The default reply term in werkdagen ({@code wijk.termijnen.processen.aanvullingsverzoek.antwoord}). */
    int standaardTermijn() {
        return termijnen.werkdagen(PROCES, "antwoord");
    }

    /** Pauses {@code zaak} with the question and starts the request; returns the last day of the reply term. */
    @Transactional
    LocalDate vraag(Zaak zaak, String vraag, int termijn, String door) {
        ProcessInstance instantie = opschorting.lopendeZaak(zaak.zaaknummer())
                .orElseThrow(() -> new KanNietOpschorten(Opschorting.PROCESSEN.contains(zaak.proces())
                        ? "Deze zaak is afgerond; er kan geen aanvulling meer worden gevraagd."
                        : "Alleen bij een advies, informatieverzoek of initiatief kan de indiener om aanvulling worden gevraagd."));
        if (opschortingen.lopend(zaak.zaaknummer()).isPresent()) {
            throw new KanNietOpschorten("Deze zaak is al opgeschort. Er is niets gewijzigd.");
        }
        Map<String, Object> zaakvariabelen = runtime.getVariables(instantie.getId());
        Object email = zaakvariabelen.get(AdviesVariabelen.CONTACT_EMAIL);
        if (!(email instanceof String adres) || adres.isBlank()) {
            throw new KanNietOpschorten("De indiener heeft geen e-mailadres opgegeven; neem telefonisch contact op.");
        }
        LocalDate einde = werkdagen.plusWerkdagen(werkdagen.vandaag(), termijn);
        Date antwoordTermijn = Date.from(einde.atTime(LocalTime.of(23, 59)).atZone(AMSTERDAM).toInstant());
        opschorting.schortOp(zaak.zaaknummer(), Opschortingen.AANVULLING, vraag, einde, door,
                "Zaak opgeschort: aanvulling gevraagd aan de indiener, antwoord uiterlijk " + Opschorting.tekst(antwoordTermijn)
                        + ". Vraag: " + vraag);
        Map<String, Object> start = new HashMap<>();
        start.put(VRAAG, vraag);
        start.put(ANTWOORD_TERMIJN, antwoordTermijn);
        start.put(ANTWOORD_TERMIJN_TEKST, Opschorting.tekst(antwoordTermijn));
        start.put(AANGEVRAAGD_DOOR, door);
        start.put(WIJK, zaak.wijk());
        start.put(CONTACT_EMAIL, adres);
        start.put(ONDERWERP, zaak.titel());
        start.put(AANHEF, aanhef(zaakvariabelen));
        start.put(STATUS_URL, zaakvariabelen.get(Statuslinks.STATUS_URL));
        runtime.startProcessInstanceByKey(PROCES, zaak.zaaknummer(), start);
        return einde;
    }

    /** The open request's question and last day, for the status page; empty when none waits for an answer. */
    public Optional<Map<String, Object>> open(String zaaknummer) {
        return wachtend(zaaknummer).map(verzoek -> {
            Map<String, Object> open = new HashMap<>();
            open.put("vraag", runtime.getVariable(verzoek.getId(), VRAAG));
            open.put("antwoordVoor", runtime.getVariable(verzoek.getId(), ANTWOORD_TERMIJN));
            return open;
        });
    }

    /** The submitter's answer (checked by the caller): the request ends, the case's clock runs again. */
    @Transactional
    public void beantwoord(String zaaknummer, String tekst) {
        ProcessInstance verzoek = wachtend(zaaknummer).orElseThrow(GeenOpenVerzoek::new);
        try {
            runtime.createMessageCorrelation(BERICHT_AANVULLING).processInstanceId(verzoek.getId())
                    .setVariable(AANVULLING, tekst).correlateWithResult();
        } catch (MismatchingMessageCorrelationException alBeantwoord) {
            throw new GeenOpenVerzoek();
        } catch (OptimisticLockingException tegelijk) {
            throw new Tegelijk();
        }
    }

    private Optional<ProcessInstance> wachtend(String zaaknummer) {
        if (opschorting.lopendeZaak(zaaknummer).isEmpty()) {
            return Optional.empty();
        }
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCES).processInstanceBusinessKey(zaaknummer)
                .list().stream().filter(verzoek -> runtime.createEventSubscriptionQuery().processInstanceId(verzoek.getId())
                        .eventType("message").eventName(BERICHT_AANVULLING).count() > 0)
                .findFirst();
    }

    /** How mails greet the submitter: the contact name, else the wijkplatform, else the initiatiefnemer. */
    static Object aanhef(Map<String, Object> zaakvariabelen) {
        return eerste(zaakvariabelen, AdviesVariabelen.CONTACT_NAAM, AdviesVariabelen.WIJKPLATFORM,
                InitiatiefVariabelen.INITIATIEFNEMER);
    }

    private static Object eerste(Map<String, Object> variabelen, String... namen) {
        for (String naam : namen) {
            if (variabelen.get(naam) instanceof String tekst && !tekst.isBlank()) {
                return tekst;
            }
        }
        return null;
    }
}
