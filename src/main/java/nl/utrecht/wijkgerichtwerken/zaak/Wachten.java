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
 * moves as with a request for more information, and the submitter is told both times (when he gave an address).
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

    Wachten(ProcessEngine engine, Opschorting opschorting, Opschortingen opschortingen, Indienermelding melding) {
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
        mail(zaak, instantie, SJABLOON_OPGESCHORT, velden, "Zaak opgeschort, bericht verstuurd");
    }

    @Transactional
    void hervat(Zaak zaak, String door) {
        Opschortingen.Pauze pauze = opschortingen.lopend(zaak.zaaknummer())
                .orElseThrow(() -> new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak is niet opgeschort."));
        if (!Opschortingen.WACHTEN.equals(pauze.soort())) {
            throw new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak wacht op een aanvulling van de indiener; zij loopt weer "
                    + "zodra die komt, of wanneer de behandelaar na de antwoordtermijn beslist.");
        }
        ProcessInstance instantie = opschorting.lopendeZaak(zaak.zaaknummer()).orElse(null);
        Opschorting.Hervatting hervatting = opschorting.hervat(zaak.zaaknummer(), door, null)
                .orElseThrow(() -> new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak is zojuist al hervat."));
        if (instantie != null && hervatting.zaakOpen()) {
            Map<String, Object> velden = velden(instantie);
            velden.put("opschortingReden", pauze.reden());
            velden.put(AanvullingsverzoekVariabelen.NIEUWE_DATUM_TEKST, Opschorting.tekst(hervatting.beloofd()));
            mail(zaak, instantie, SJABLOON_HERVAT, velden, "Zaak hervat, nieuwe datum verstuurd");
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

    private void mail(Zaak zaak, ProcessInstance instantie, String sjabloon, Map<String, Object> velden, String statusstap) {
        Object adres = velden.get(AanvullingsverzoekVariabelen.CONTACT_EMAIL);
        if (adres instanceof String tekst && !tekst.isBlank()) {
            melding.start(zaak.zaaknummer(), zaak.proces(), sjabloon, adres, velden, statusstap);
        }
    }
}
