package nl.utrecht.wijkgerichtwerken.intake;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;
import nl.utrecht.wijkgerichtwerken.zaak.Statustoken;

/**
 * A wijkplatform's view of a request for advice (issue 21), only with the request's link: what is asked, why, by when
 * and what will be done with it, and its answer. The platform accepts or declines once (declining is its right); a
 * second answer is refused with {@link AlBeantwoord}. An unknown number and a wrong token cost the same and look the
 * same ({@link StatusApi.NietGevonden}).
 */
@Service
class Adviesaanvragen {

    /** The request as the platform sees it; {@code stand}: open, aanvaard, afgewezen, niet beantwoord, advies ontvangen. */
    record Aanvraag(String zaaknummer, String wijkplatform, String wijk, String dienst, String vraag, String achtergrond,
            Date gewenstVoor, String watGebeurtErmee, String stand, String reden, String adviesZaak) {
    }

    /** The request was answered already (or is closed). */
    static class AlBeantwoord extends RuntimeException {
        AlBeantwoord() {
            super("Deze adviesaanvraag is al beantwoord of gesloten; een tweede antwoord is niet mogelijk.");
        }
    }

    static final int MAX_REDEN = 2000;
    private static final String INLEIDING = "Uw antwoord is niet opgeslagen.";
    private static final String GEEN_ZAAK = "geen-zaak";
    private static final String GEEN_HASH = Statustoken.hash(Statustoken.nieuw());

    private final HistoryService historie;
    private final TaskService taken;
    private final Organisatie organisatie;

    Adviesaanvragen(HistoryService historie, TaskService taken, Organisatie organisatie) {
        this.historie = historie;
        this.taken = taken;
        this.organisatie = organisatie;
    }

    Optional<Aanvraag> lees(String zaaknummer, String token) {
        HistoricProcessInstance zaak = zaaknummer == null || zaaknummer.length() > 40 ? null
                : historie.createHistoricProcessInstanceQuery().processDefinitionKey(PROCES)
                        .processInstanceBusinessKey(zaaknummer).list().stream().findFirst().orElse(null);
        Map<String, Object> v = variabelen(zaak == null ? GEEN_ZAAK : zaak.getId());
        boolean klopt = Statustoken.klopt(token, v.getOrDefault(Statustoken.HASH_VARIABELE, GEEN_HASH));
        if (zaak == null || !v.containsKey(Statustoken.HASH_VARIABELE) || !klopt) {
            return Optional.empty();
        }
        String stand = open(zaak.getId()).isPresent() ? "open"
                : v.get(UITKOMST) instanceof String uitkomst ? uitkomst
                : v.get(BESLUIT) instanceof String besluit ? besluit : "open";
        Object dienst = v.get(DIENST);
        return Optional.of(new Aanvraag(zaaknummer, (String) v.get(WIJKPLATFORM), organisatie.wijkNaam((String) v.get(WIJK)),
                dienst == null ? null : organisatie.dienstNaam(dienst.toString()), (String) v.get(VRAAG), (String) v.get(ACHTERGROND),
                (Date) v.get(GEWENST_VOOR), (String) v.get(WAT_GEBEURT_ERMEE), stand, (String) v.get(REDEN), (String) v.get(ADVIES_ZAAK)));
    }

    /**
     * Records the platform's answer: {@code besluit} aanvaard or afgewezen, {@code reden} optional. Only the fields
     * of the answer are taken.
     *
     * @throws StatusApi.NietGevonden for an unknown number or a wrong token, before the answer is looked at
     * @throws AlBeantwoord when the request waits for no answer (any more)
     */
    Aanvraag beantwoord(String zaaknummer, String token, Map<String, ?> invoer) {
        Aanvraag aanvraag = lees(zaaknummer, token).orElseThrow(StatusApi.NietGevonden::new);
        Invoercontrole controle = new Invoercontrole();
        invoer.keySet().stream().filter(veld -> !Set.of(BESLUIT, REDEN).contains(veld)).sorted()
                .forEach(veld -> controle.fout(veld.length() > 50 ? veld.substring(0, 50) + "…" : veld,
                        "onbekend veld; stuur alleen besluit en reden"));
        Object besluit = invoer.get(BESLUIT);
        Object reden = invoer.get(REDEN);
        String gekozen = besluit == null || besluit instanceof String
                ? controle.keuze(BESLUIT, besluit, Set.of(AANVAARD, AFGEWEZEN)) : null;
        if (besluit != null && !(besluit instanceof String)) {
            controle.fout(BESLUIT, "kies aanvaard of afgewezen");
        }
        String toelichting = reden == null || reden instanceof String ? controle.optioneleTekst(REDEN, reden, MAX_REDEN) : null;
        if (reden != null && !(reden instanceof String)) {
            controle.fout(REDEN, "geef de reden als tekst");
        } else if (toelichting != null && Invoervorm.bevatStuurtekens(reden)) {
            controle.fout(REDEN, "bevat niet-toegestane tekens");
        }
        controle.controleer(INLEIDING);
        Task taak = open(historie.createHistoricProcessInstanceQuery().processDefinitionKey(PROCES)
                .processInstanceBusinessKey(zaaknummer).singleResult().getId()).orElseThrow(AlBeantwoord::new);
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put(BESLUIT, gekozen);
        antwoord.put(REDEN, toelichting);
        try {
            taken.complete(taak.getId(), antwoord);
        } catch (ProcessEngineException tegelijk) {
            // answered at the same moment by another request (optimistic locking): the first one counts
            if (open(taak.getProcessInstanceId()).isPresent()) {
                throw tegelijk;
            }
            throw new AlBeantwoord();
        }
        return lees(zaaknummer, token).orElse(aanvraag);
    }

    private Optional<Task> open(String instantie) {
        List<Task> open = taken.createTaskQuery().processInstanceId(instantie).taskDefinitionKey(TAAK_BEANTWOORDEN).list();
        return open.stream().findFirst();
    }

    private Map<String, Object> variabelen(String instantie) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (HistoricVariableInstance variabele : historie.createHistoricVariableInstanceQuery().processInstanceId(instantie)
                .activityInstanceIdIn(instantie).list()) {
            v.put(variabele.getName(), variabele.getValue());
        }
        return v;
    }
}
