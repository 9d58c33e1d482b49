package nl.utrecht.wijkgerichtwerken.zaak;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;
import nl.utrecht.wijkgerichtwerken.notificatie.Indienermelding;

/**
 * Opschorting without a question (issue 22 item 3): the wijkbureau stops the clock of a case that waits for something
 * else (a council decision, for instance) with a reason and an expected date, and later lets it run again; every date
 * moves as with a request for more information, and the submitter is told both times (when he gave an address). On the
 * expected date process {@code opschortingsherinnering} asks whoever paused it to resume it or to set a new date.
 */
@Component
class Wachten {

    static final String SJABLOON_OPGESCHORT = "opschorting-gestart";
    static final String SJABLOON_HERVAT = "aanvulling-hervat";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final RuntimeService runtime;
    private final Opschorting opschorting;
    private final Opschortingen opschortingen;
    private final Indienermelding melding;
    private final Notities notities;

    Wachten(ProcessEngine engine, Opschorting opschorting, Opschortingen opschortingen, Indienermelding melding,
            Notities notities) {
        this.notities = notities;
        this.runtime = engine.getRuntimeService();
        this.opschorting = opschorting;
        this.opschortingen = opschortingen;
        this.melding = melding;
    }

    @Transactional
    void schortOp(Zaak zaak, String reden, LocalDate verwacht, String door) {
        ProcessInstance instantie = opschorting.lopendeZaak(zaak.zaaknummer())
                .orElseThrow(() -> new Aanvullingsverzoeken.KanNietOpschorten(Opschorting.PROCESSEN.contains(zaak.proces())
                        ? "Deze zaak is afgerond; zij kan niet meer worden opgeschort."
                        : "Alleen een advies, informatieverzoek of initiatief kan worden opgeschort."));
        if (opschortingen.lopend(zaak.zaaknummer()).isPresent()) {
            throw new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak is al opgeschort. Er is niets gewijzigd.");
        }
        Date datum = Date.from(verwacht.atTime(LocalTime.NOON).atZone(AMSTERDAM).toInstant());
        opschorting.schortOp(zaak.zaaknummer(), Opschortingen.WACHTEN, reden, verwacht, door,
                "Zaak opgeschort tot naar verwachting " + Opschorting.tekst(datum) + ". Reden: " + reden);
        Map<String, Object> velden = velden(instantie);
        velden.put("opschortingReden", reden);
        velden.put("verwachteDatumTekst", Opschorting.tekst(datum));
        mail(zaak.zaaknummer(), zaak.proces(), SJABLOON_OPGESCHORT, velden, "Zaak opgeschort, bericht verstuurd");
        // on the expected date, whoever paused it is asked to resume it or to set a new date (item 3)
        Map<String, Object> herinnering = new HashMap<>();
        herinnering.put(OpschortingsherinneringVariabelen.VERWACHT_EINDE, ochtend(verwacht));
        herinnering.put(OpschortingsherinneringVariabelen.VERWACHT_EINDE_TEKST, Opschorting.tekst(datum));
        herinnering.put(OpschortingsherinneringVariabelen.OPGESCHORT_DOOR, door);
        herinnering.put(OpschortingsherinneringVariabelen.WIJK, zaak.wijk());
        herinnering.put(OpschortingsherinneringVariabelen.ONDERWERP, zaak.titel());
        herinnering.put(OpschortingsherinneringVariabelen.REDEN, reden);
        runtime.startProcessInstanceByKey(OpschortingsherinneringVariabelen.PROCES, zaak.zaaknummer(), herinnering);
    }

    /** Through the case file: ends the reminder, then resumes as {@link #hervat(String, String, String)}. */
    @Transactional
    void hervat(Zaak zaak, String door) {
        runtime.createProcessInstanceQuery().processDefinitionKey(OpschortingsherinneringVariabelen.PROCES)
                .processInstanceBusinessKey(zaak.zaaknummer()).list()
                .forEach(herinnering -> runtime.deleteProcessInstance(herinnering.getId(), "Zaak hervat", true));
        hervat(zaak.zaaknummer(), zaak.proces(), door);
    }

    /** The expected date passed and the wijkbureau sets a new one: recorded, noted, and the submitter is told. */
    void nieuweDatum(String zaaknummer, String proces, LocalDate verwacht, String door) {
        Opschortingen.Pauze pauze = opschortingen.lopend(zaaknummer).filter(p -> Opschortingen.WACHTEN.equals(p.soort()))
                .orElseThrow(() -> new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak wacht niet meer."));
        ProcessInstance instantie = opschorting.lopendeZaak(zaaknummer)
                .orElseThrow(() -> new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak is afgerond."));
        opschortingen.verwachtEinde(pauze.id(), verwacht);
        String tekst = Opschorting.tekst(ochtend(verwacht));
        notities.voegToe(zaaknummer, "Nieuwe verwachte datum van de opschorting: " + tekst + ".", door);
        Map<String, Object> velden = velden(instantie);
        velden.put("opschortingReden", pauze.reden());
        velden.put("verwachteDatumTekst", tekst);
        mail(zaaknummer, proces, SJABLOON_OPGESCHORT, velden, "Nieuwe verwachte datum verstuurd");
    }

    static Date ochtend(LocalDate dag) {
        return Date.from(dag.atTime(LocalTime.of(9, 0)).atZone(AMSTERDAM).toInstant());
    }

    /** Lets a waiting case run again (the reminder's own step, or after ending it); the submitter gets the new date. */
    void hervat(String zaaknummer, String proces, String door) {
        Opschortingen.Pauze pauze = opschortingen.lopend(zaaknummer)
                .orElseThrow(() -> new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak is niet opgeschort."));
        if (!Opschortingen.WACHTEN.equals(pauze.soort())) {
            throw new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak wacht op een aanvulling van de indiener; zij loopt weer "
                    + "zodra die komt, of wanneer de behandelaar na de antwoordtermijn beslist.");
        }
        ProcessInstance instantie = opschorting.lopendeZaak(zaaknummer).orElse(null);
        Opschorting.Hervatting hervatting = opschorting.hervat(zaaknummer, door, null)
                .orElseThrow(() -> new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak is zojuist al hervat."));
        if (instantie != null && hervatting.zaakOpen()) {
            Map<String, Object> velden = velden(instantie);
            velden.put("opschortingReden", pauze.reden());
            velden.put(AanvullingsverzoekVariabelen.NIEUWE_DATUM_TEKST, Opschorting.tekst(hervatting.beloofd()));
            mail(zaaknummer, proces, SJABLOON_HERVAT, velden, "Zaak hervat, nieuwe datum verstuurd");
        }
    }

    private Map<String, Object> velden(ProcessInstance instantie) {
        Map<String, Object> zaakvariabelen = runtime.getVariables(instantie.getId());
        Map<String, Object> velden = new HashMap<>();
        velden.put(AanvullingsverzoekVariabelen.ONDERWERP, zaakvariabelen.getOrDefault(AdviesVariabelen.ONDERWERP,
                zaakvariabelen.get(InitiatiefVariabelen.TITEL)));
        velden.put(AanvullingsverzoekVariabelen.AANHEF, Aanvullingsverzoeken.aanhef(zaakvariabelen));
        velden.put(AanvullingsverzoekVariabelen.STATUS_URL, zaakvariabelen.get(Statuslinks.STATUS_URL));
        velden.put(AanvullingsverzoekVariabelen.CONTACT_EMAIL, zaakvariabelen.get(AdviesVariabelen.CONTACT_EMAIL));
        return velden;
    }

    private void mail(String zaaknummer, String proces, String sjabloon, Map<String, Object> velden, String statusstap) {
        Object adres = velden.get(AanvullingsverzoekVariabelen.CONTACT_EMAIL);
        if (adres instanceof String tekst && !tekst.isBlank()) {
            melding.start(zaaknummer, proces, sjabloon, adres, velden, statusstap);
        }
    }
}
