package nl.utrecht.wijkgerichtwerken.intake;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.InformatieverzoekVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.TeLaatVariabelen;
import nl.utrecht.wijkgerichtwerken.notificatie.MeldingVariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Statustoken;

/**
 * What an outsider may see of his case: the steps done with their dates, the current step with its
 * expected date, the promised date, and the reactie, answer or besluit once sent. Read from the
 * engine's runtime and history; nothing internal (names of officials, internal notes) is shown.
 */
@Service
class Statusoverzicht {

    record Stap(String stap, Date datum) {
    }

    /** {@code evaluatieGevraagd}: the initiatiefnemer is asked to evaluate, with the form on the status page. */
    record Status(String zaaknummer, String soort, String onderwerp, boolean afgerond, Date beloofdeDatum,
                  List<Stap> gedaan, List<Stap> huidig, Map<String, Object> uitkomst, boolean evaluatieGevraagd,
                  List<Map<String, Object>> documenten, Map<String, Object> opschorting) {
    }

    static final String TAAK_EVALUATIE = InitiatiefVariabelen.TAAK_EVALUATIE;

    private static final Set<String> ZICHTBARE_SOORTEN = Set.of("startEvent", "userTask", "endEvent", "noneEndEvent");

    /** An id no case has, and a hash no token has: an unknown number costs what a wrong token costs. */
    private static final String GEEN_ZAAK = "geen-zaak";
    private static final String GEEN_HASH = Statustoken.hash(Statustoken.nieuw());

    private final HistoryService historyService;
    private final TaskService taskService;
    private final Openbaredocumenten documenten;
    private final Opschortingsstatus opschorting;

    Statusoverzicht(HistoryService historyService, TaskService taskService, Openbaredocumenten documenten,
            Opschortingsstatus opschorting) {
        this.opschorting = opschorting;
        this.documenten = documenten;
        this.historyService = historyService;
        this.taskService = taskService;
    }

    /**
     * The case of an outsider's status link; empty for an unknown number and for a wrong token alike, after the same
     * work: one look-up of the case, one of its token hash (for an unknown number: of an id that does not exist) and
     * one comparison of hashes (for an unknown number: with a hash that matches no token).
     */
    Optional<HistoricProcessInstance> zaak(String zaaknummer, String token) {
        HistoricProcessInstance zaak = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(zaaknummer).list().stream()
                .filter(z -> Set.of(AdviesVariabelen.PROCES_ADVIES, InitiatiefVariabelen.PROCES, InformatieverzoekVariabelen.PROCES).contains(z.getProcessDefinitionKey()))
                .findFirst().orElse(null);
        String id = zaak == null ? GEEN_ZAAK : zaak.getId();
        Object opgeslagen = historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
                .activityInstanceIdIn(id).variableName(Statustoken.HASH_VARIABELE).list()
                .stream().map(HistoricVariableInstance::getValue).findFirst().orElse(null);
        boolean klopt = Statustoken.klopt(token, opgeslagen == null ? GEEN_HASH : opgeslagen);
        return zaak != null && opgeslagen != null && klopt ? Optional.of(zaak) : Optional.empty();
    }

    Optional<Status> voor(String zaaknummer, String token) {
        return zaak(zaaknummer, token).map(zaak -> status(zaaknummer, zaak, documenten.van(zaaknummer, token)));
    }

    private Map<String, Object> variabelen(HistoricProcessInstance zaak) {
        Map<String, Object> variabelen = new LinkedHashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(zaak.getId()).activityInstanceIdIn(zaak.getId()).list()) {
            variabelen.put(v.getName(), v.getValue());
        }
        return variabelen;
    }

    private Status status(String zaaknummer, HistoricProcessInstance zaak, List<Map<String, Object>> openbaar) {
        Map<String, Object> variabelen = variabelen(zaak);
        List<Stap> gedaan = new ArrayList<>();
        for (HistoricActivityInstance stap : historyService.createHistoricActivityInstanceQuery().processInstanceId(zaak.getId())
                .finished().orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
            if (ZICHTBARE_SOORTEN.contains(stap.getActivityType())
                    && stap.getActivityName() != null && !stap.isCanceled()) {
                gedaan.add(new Stap(stap.getActivityName(), stap.getEndTime()));
            }
        }
        verstuurdeBerichten(zaaknummer).forEach(bericht -> voegInOpDatum(gedaan, bericht));
        List<Stap> huidig = new ArrayList<>();
        boolean evaluatieGevraagd = false;
        for (Task taak : taskService.createTaskQuery().processInstanceId(zaak.getId()).orderByDueDate().asc().list()) {
            evaluatieGevraagd |= TAAK_EVALUATIE.equals(taak.getTaskDefinitionKey());
            String naam = taak.getName().contains(" — ") ? taak.getName().substring(0, taak.getName().indexOf(" — ")) : taak.getName();
            huidig.add(new Stap(naam, taak.getDueDate()));
        }
        Object onderwerp = variabelen.getOrDefault(AdviesVariabelen.ONDERWERP, variabelen.get(InitiatiefVariabelen.TITEL));
        // after a passed term the submitter was told a new expected date (issue 21 item 4): that is the promise now
        Date beloofd = (Date) (variabelen.get(TeLaatVariabelen.NIEUWE_VERWACHTE_DATUM) instanceof Date nieuw ? nieuw
                : variabelen.containsKey(InitiatiefVariabelen.BESLUIT_DATUM) ? variabelen.get(InitiatiefVariabelen.BESLUIT_DATUM)
                : variabelen.get(AdviesVariabelen.REACTIE_DATUM));
        return new Status(zaaknummer, zaak.getProcessDefinitionKey(), String.valueOf(onderwerp),
                zaak.getEndTime() != null, beloofd, gedaan, huidig, uitkomst(variabelen), evaluatieGevraagd, openbaar,
                zaak.getEndTime() == null ? opschorting.van(zaaknummer) : null);
    }

    /** The mails to the outsider that have gone (finished melding instances of the case with a status step). */
    private List<Stap> verstuurdeBerichten(String zaaknummer) {
        List<Stap> berichten = new ArrayList<>();
        for (HistoricProcessInstance melding : historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MeldingVariabelen.PROCES).processInstanceBusinessKey(zaaknummer).finished().list()) {
            HistoricVariableInstance stap = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(melding.getId()).variableName(MeldingVariabelen.STATUSSTAP).singleResult();
            if (stap != null && stap.getValue() instanceof String naam) {
                berichten.add(new Stap(naam, melding.getEndTime()));
            }
        }
        return berichten;
    }

    private static void voegInOpDatum(List<Stap> stappen, Stap nieuw) {
        int plek = 0;
        while (plek < stappen.size() && stappen.get(plek).datum() != null && !stappen.get(plek).datum().after(nieuw.datum())) {
            plek++;
        }
        stappen.add(plek, nieuw);
    }

    private static Map<String, Object> uitkomst(Map<String, Object> v) {
        Map<String, Object> uitkomst = new LinkedHashMap<>();
        if (v.get(AdviesVariabelen.VERSTUURD_OP) != null && v.get(AdviesVariabelen.PUNTEN) instanceof SpinJsonNode punten) {
            List<Map<String, Object>> reactie = new ArrayList<>();
            for (SpinJsonNode punt : punten.elements()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("adviespunt", tekst(punt, "tekst"));
                p.put("standpunt", tekst(punt, "standpuntLabel"));
                p.put("motivering", tekst(punt, "motivering"));
                reactie.add(p);
            }
            uitkomst.put("reactie", reactie);
            uitkomst.put("vervolg", v.get(AdviesVariabelen.VERVOLG));
            uitkomst.put("verstuurdOp", v.get(AdviesVariabelen.VERSTUURD_OP));
        }
        if (v.get(AdviesVariabelen.VERSTUURD_OP) != null && v.get(InformatieverzoekVariabelen.ANTWOORD) != null) {
            uitkomst.put("antwoord", v.get(InformatieverzoekVariabelen.ANTWOORD));
            uitkomst.put("verstuurdOp", v.get(AdviesVariabelen.VERSTUURD_OP));
        }
        if (v.get(InitiatiefVariabelen.BESLUIT) != null && v.get(InitiatiefVariabelen.MOTIVERING) != null) {
            uitkomst.put("besluit", v.get(InitiatiefVariabelen.BESLUIT));
            uitkomst.put("motivering", v.get(InitiatiefVariabelen.MOTIVERING));
            if (v.get(InitiatiefVariabelen.VOORWAARDEN) != null) {
                uitkomst.put("voorwaarden", v.get(InitiatiefVariabelen.VOORWAARDEN));
            }
            // a "nee" or "ja-mits" on a money request is a decision one may object to: the page names the route
            uitkomst.put("bezwaarMogelijk", v.get("gevraagdBedrag") instanceof Number gevraagd && gevraagd.doubleValue() > 0
                    && List.of("nee", "ja-mits").contains(String.valueOf(v.get("besluit"))));
        }
        if (v.get(InitiatiefVariabelen.SAMENWERKINGSVORM_NAAM) != null) {
            // the samenwerkingsvorm the wijkregisseur chose with the Kompas, and what it means for the initiatiefnemer
            uitkomst.put("samenwerkingsvorm", v.get(InitiatiefVariabelen.SAMENWERKINGSVORM_NAAM));
            uitkomst.put("samenwerkingsvormBetekenis", v.get(InitiatiefVariabelen.SAMENWERKINGSVORM_BETEKENIS));
        }
        if (v.get("contactpersoonNaam") != null) {
            // the initiative's fixed contact person, reachable through the municipality's number
            uitkomst.put("contactpersoon", v.get("contactpersoonNaam"));
        }
        if (v.get(AdviesaanvraagVariabelen.AANVRAAG_VRAAG) != null) {
            // issue 21: the advice answers the municipality's request; the platform sees what it was asked
            Map<String, Object> gevraagd = new LinkedHashMap<>();
            gevraagd.put("vraag", v.get(AdviesaanvraagVariabelen.AANVRAAG_VRAAG));
            gevraagd.put("achtergrond", v.get(AdviesaanvraagVariabelen.AANVRAAG_ACHTERGROND));
            gevraagd.put("watGebeurtErmee", v.get(AdviesaanvraagVariabelen.AANVRAAG_WAT_GEBEURT_ERMEE));
            uitkomst.put("gevraagd", gevraagd);
        }
        if (v.get(InitiatiefVariabelen.EVALUATIE_SCORE) != null) {
            uitkomst.put("evaluatieScore", v.get(InitiatiefVariabelen.EVALUATIE_SCORE));
            uitkomst.put("evaluatieToelichting", v.get(InitiatiefVariabelen.EVALUATIE_TOELICHTING));
        }
        return uitkomst;
    }

    private static String tekst(SpinJsonNode punt, String veld) {
        return punt.hasProp(veld) && punt.prop(veld).isString() ? punt.prop(veld).stringValue() : null;
    }
}
