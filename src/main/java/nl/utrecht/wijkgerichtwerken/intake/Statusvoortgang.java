package nl.utrecht.wijkgerichtwerken.intake;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What the status page adds to {@link Statusoverzicht} (issue 21 item 6): the case's phases in public language, each
 * once and in order ({@link Fasenkaart}), the dienst that has it, the contact person ({@link Statuscontact}) and the
 * date the resident may expect an answer: the promise while the case runs and its clock runs, none once the reactie,
 * answer or besluit was sent ({@code verstuurdOp} then says when).
 */
@Service
class Statusvoortgang {

    /** {@code datum}: when the phase was reached, null for one still to come; {@code huidig}: the case is in it now. */
    record Fase(String naam, Date datum, boolean huidig) {
    }

    /** {@code verstuurd}: what was sent, for the page's sentence ("Onze reactie"); not in the API. */
    record Voortgang(List<Fase> fasen, String dienst, Statuscontact.Contact contactpersoon, Date verwachteDatum,
            Date verstuurdOp, @JsonIgnore String verstuurd) {
    }

    /** The status as the API gives it: the fields of {@link Statusoverzicht.Status} and of {@link Voortgang} side by side. */
    record Statusantwoord(@JsonUnwrapped Statusoverzicht.Status status, @JsonUnwrapped Voortgang voortgang) {
    }

    private final Statusoverzicht overzicht;
    private final HistoryService historyService;
    private final Statuscontact contact;

    Statusvoortgang(Statusoverzicht overzicht, HistoryService historyService, Statuscontact contact) {
        this.overzicht = overzicht;
        this.historyService = historyService;
        this.contact = contact;
    }

    Optional<Statusantwoord> voor(String zaaknummer, String token) {
        return overzicht.zaak(zaaknummer, token).flatMap(zaak -> overzicht.voor(zaaknummer, token)
                .map(status -> new Statusantwoord(status, van(zaak, status))));
    }

    Voortgang van(HistoricProcessInstance zaak, Statusoverzicht.Status status) {
        Fasenkaart.Kaart kaart = Fasenkaart.van(zaak.getProcessDefinitionKey());
        Map<String, Object> variabelen = variabelen(zaak);
        Map<String, Date> gestart = new LinkedHashMap<>();
        Map<String, Date> beeindigd = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Fasenkaart.Mijlpaal mijlpaal : List.of(kaart.inBehandeling(), kaart.verstuurdOp(), kaart.vervolg())) {
            ids.addAll(mijlpaal.gestart());
            ids.addAll(mijlpaal.beeindigd());
        }
        if (!ids.isEmpty()) {
            for (HistoricActivityInstance stap : historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(zaak.getId()).orderByHistoricActivityInstanceStartTime().asc().list()) {
                if (!ids.contains(stap.getActivityId())) {
                    continue;
                }
                gestart.putIfAbsent(stap.getActivityId(), stap.getStartTime());
                if (stap.getEndTime() != null && !stap.isCanceled()) {
                    beeindigd.merge(stap.getActivityId(), stap.getEndTime(), (a, b) -> a.before(b) ? a : b);
                }
            }
        }
        List<String> diensten = contact.diensten(variabelen);
        String dienst = diensten.isEmpty() ? null : Statuscontact.opsomming(diensten);
        List<Fase> fasen = new ArrayList<>();
        fasen.add(new Fase(kaart.ontvangen(), zaak.getStartTime(), false));
        fasen.add(new Fase(Fasenkaart.IN_BEHANDELING + (dienst == null ? Fasenkaart.NOG_GEEN_DIENST : dienst),
                bereikt(kaart.inBehandeling(), gestart, beeindigd, variabelen), false));
        Date verstuurdOp = bereikt(kaart.verstuurdOp(), gestart, beeindigd, variabelen);
        fasen.add(new Fase(kaart.verstuurd(), verstuurdOp, false));
        Date vervolg = bereikt(kaart.vervolg(), gestart, beeindigd, variabelen);
        if (kaart.vervolgVariabele() != null && kaart.vervolgBij().contains(String.valueOf(variabelen.get(kaart.vervolgVariabele())))) {
            vervolg = eerste(vervolg, verstuurdOp);
        }
        if (vervolg != null) {
            fasen.add(new Fase(Fasenkaart.VERVOLG, vervolg, false));
        }
        Date verwacht = zaak.getEndTime() != null || verstuurdOp != null || status.opschorting() != null ? null
                : status.beloofdeDatum();
        return new Voortgang(huidig(fasen), dienst, contact.van(zaak, variabelen), verwacht, verstuurdOp, kaart.wat());
    }

    /**
     * The last phase reached is the current one; a later phase reached without the one before it (a case moved on by
     * hand) still counts as reached, the earlier one shows without a date.
     */
    private static List<Fase> huidig(List<Fase> fasen) {
        int laatste = 0;
        for (int i = 0; i < fasen.size(); i++) {
            if (fasen.get(i).datum() != null) {
                laatste = i;
            }
        }
        List<Fase> gemarkeerd = new ArrayList<>();
        for (int i = 0; i < fasen.size(); i++) {
            Fase fase = fasen.get(i);
            gemarkeerd.add(new Fase(fase.naam(), fase.datum(), i == laatste));
        }
        return List.copyOf(gemarkeerd);
    }

    private static Date bereikt(Fasenkaart.Mijlpaal mijlpaal, Map<String, Date> gestart, Map<String, Date> beeindigd,
            Map<String, Object> variabelen) {
        Date eerst = mijlpaal.datum() != null && variabelen.get(mijlpaal.datum()) instanceof Date datum ? datum : null;
        for (String id : mijlpaal.gestart()) {
            eerst = eerste(eerst, gestart.get(id));
        }
        for (String id : mijlpaal.beeindigd()) {
            eerst = eerste(eerst, beeindigd.get(id));
        }
        return eerst;
    }

    private static Date eerste(Date a, Date b) {
        return a == null ? b : b == null || a.before(b) ? a : b;
    }

    private Map<String, Object> variabelen(HistoricProcessInstance zaak) {
        Map<String, Object> variabelen = new LinkedHashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(zaak.getId()).activityInstanceIdIn(zaak.getId()).list()) {
            variabelen.put(v.getName(), v.getValue());
        }
        return variabelen;
    }
}
