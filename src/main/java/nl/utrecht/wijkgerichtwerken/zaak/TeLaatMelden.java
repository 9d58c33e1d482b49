package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.TeLaatVariabelen.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.InformatieverzoekVariabelen;
import nl.utrecht.wijkgerichtwerken.notificatie.Indienermelding;
import nl.utrecht.wijkgerichtwerken.notificatie.Medewerkermelding;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * Task_TeLaatMelden ({@code ${teLaatMelden}}), when an advice reactie or an information answer passes its term: the
 * managers' notice as before (the model's own mail step, {@code ${meldingStarten}} with the model's {@code sjabloon}
 * and {@code aan}); the case gets a new expected date ({@link TeLaatVariabelen#WERKDAGEN_NA_TERMIJN} werkdagen after the
 * term), which the status page promises from now on; the platform is told that date, and the wijk's wijkregisseur(s)
 * are told with a link to the case, where they can start a linked escalation. Each mail is its own {@code melding}
 * instance, started in this step's transaction, so a retry of the step never sends one twice.
 */
@Component(TeLaatVariabelen.DELEGATE)
class TeLaatMelden implements JavaDelegate {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JavaDelegate managers;
    private final Werkdagen werkdagen;
    private final Indienermelding indiener;
    private final Medewerkermelding medewerkers;
    private final Wijkregisseurs wijkregisseurs;
    private final Organisatie organisatie;

    TeLaatMelden(@Qualifier("meldingStarten") JavaDelegate managers, Werkdagen werkdagen, Indienermelding indiener,
            Medewerkermelding medewerkers, Wijkregisseurs wijkregisseurs, Organisatie organisatie) {
        this.managers = managers;
        this.werkdagen = werkdagen;
        this.indiener = indiener;
        this.medewerkers = medewerkers;
        this.wijkregisseurs = wijkregisseurs;
        this.organisatie = organisatie;
    }

    @Override
    public void execute(DelegateExecution zaak) throws Exception {
        managers.execute(zaak);
        if (!(zaak.getVariable(AdviesVariabelen.REACTIE_DATUM) instanceof Date termijn)) {
            return;
        }
        String proces = zaak.getProcessDefinitionId().split(":")[0];
        boolean advies = !InformatieverzoekVariabelen.PROCES.equals(proces);
        Date nieuw = nieuweDatum(termijn);
        zaak.setVariable(NIEUWE_VERWACHTE_DATUM, nieuw);
        zaak.setVariable(NIEUWE_VERWACHTE_DATUM_TEKST, Klokverschuiving.tekst(nieuw));

        Map<String, Object> variabelen = zaak.getVariables();
        Map<String, Object> velden = new HashMap<>();
        velden.put(AanvullingsverzoekVariabelen.AANHEF, Aanvullingsverzoeken.aanhef(variabelen));
        velden.put(AanvullingsverzoekVariabelen.ONDERWERP, variabelen.get(AdviesVariabelen.ONDERWERP));
        velden.put(AanvullingsverzoekVariabelen.STATUS_URL, variabelen.get(Statuslinks.STATUS_URL));
        velden.put(OUDE_DATUM_TEKST, Klokverschuiving.tekst(termijn));
        velden.put(NIEUWE_VERWACHTE_DATUM_TEKST, Klokverschuiving.tekst(nieuw));
        velden.put(WAT, advies ? "de inhoudelijke reactie op het advies" : "het antwoord op het informatieverzoek");
        Object dienst = variabelen.get(AdviesVariabelen.DIENST);
        velden.put(DIENST_NAAM, dienst == null ? "de gemeente" : organisatie.dienstNaam(dienst.toString()));
        velden.put(REDEN, (advies ? "De inhoudelijke reactie op dit advies" : "Het antwoord op dit informatieverzoek")
                + " is niet verstuurd binnen de termijn (tot en met " + Klokverschuiving.tekst(termijn) + ").");

        Object adres = variabelen.get(AdviesVariabelen.CONTACT_EMAIL);
        if (adres instanceof String tekst && !tekst.isBlank()) {
            indiener.start(zaak.getProcessBusinessKey(), proces, SJABLOON_INDIENER, adres, velden,
                    "Termijn verstreken, nieuwe verwachte datum verstuurd");
        }
        medewerkers.start(zaak.getProcessBusinessKey(), proces, SJABLOON_WIJKREGISSEUR,
                wijkregisseurs.van((String) variabelen.get(AdviesVariabelen.WIJK)).stream().map(id -> "gebruiker:" + id).toList(),
                velden);
    }

    /** The rule: the term plus {@link TeLaatVariabelen#WERKDAGEN_NA_TERMIJN} werkdagen, same time of day. */
    Date nieuweDatum(Date termijn) {
        ZonedDateTime tijd = termijn.toInstant().atZone(AMSTERDAM);
        return Date.from(werkdagen.plusWerkdagen(tijd.toLocalDate(), WERKDAGEN_NA_TERMIJN).atTime(tijd.toLocalTime())
                .atZone(AMSTERDAM).toInstant());
    }
}
