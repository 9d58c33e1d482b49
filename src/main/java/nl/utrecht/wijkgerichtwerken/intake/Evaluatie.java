package nl.utrecht.wijkgerichtwerken.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * The initiatiefnemer's evaluation (score 1–5 and a text) given on the status page: it completes the
 * open evaluation task of the initiative, whose own rules check the score and text, as if the contact
 * person had recorded it. Only while the initiative asks for it, and only with the case's status link.
 */
@Service
class Evaluatie {

    /** No evaluation is asked of this case (unknown, wrong token, not an initiative, or already given). */
    static class NietGevraagd extends RuntimeException {
        NietGevraagd() {
            super("Voor deze zaak wordt geen evaluatie gevraagd.");
        }
    }

    /** Another request gave the evaluation at the same moment (a double submit): this one changes nothing. */
    static class AlGegeven extends RuntimeException {
        AlGegeven() {
            super("De evaluatie is zojuist al ontvangen (waarschijnlijk dubbel verstuurd). Er is niets gewijzigd; "
                    + "vernieuw de statuspagina om haar te zien.");
        }
    }

    private final Statusoverzicht overzicht;
    private final TaskService taskService;
    private final HistoryService historyService;

    Evaluatie(Statusoverzicht overzicht, TaskService taskService, HistoryService historyService) {
        this.overzicht = overzicht;
        this.taskService = taskService;
        this.historyService = historyService;
    }

    void geef(String zaaknummer, String token, Object score, Object toelichting) {
        HistoricProcessInstance zaak = overzicht.zaak(zaaknummer, token).orElseThrow(NietGevraagd::new);
        Task taak = taskService.createTaskQuery().processInstanceId(zaak.getId())
                .taskDefinitionKey(Statusoverzicht.TAAK_EVALUATIE).singleResult();
        if (taak == null) {
            // given a moment ago (a double submit that arrived after the first was done) or never asked
            throw historyService.createHistoricTaskInstanceQuery().processInstanceId(zaak.getId())
                    .taskDefinitionKey(Statusoverzicht.TAAK_EVALUATIE).finished().count() > 0
                    ? new AlGegeven() : new NietGevraagd();
        }
        if (score != null && !(score instanceof String || score instanceof Number)
                || toelichting != null && !(toelichting instanceof String) || Invoervorm.bevatStuurtekens(toelichting)) {
            throw new OngeldigeInvoerException("De evaluatie is niet vastgelegd.",
                    List.of(new OngeldigeInvoerException.Veldfout("Evaluatie", "geef een score als getal en een toelichting als tekst, zonder stuurtekens")));
        }
        Map<String, Object> evaluatie = new HashMap<>();
        evaluatie.put("evaluatieScore", score == null ? null : score.toString());
        evaluatie.put("evaluatieToelichting", toelichting);
        evaluatie.put("evaluatieDoor", "initiatiefnemer");
        try {
            taskService.complete(taak.getId(), evaluatie);
        } catch (OngeldigeInvoerException fout) {
            throw fout;
        } catch (RuntimeException fout) {
            // lost the race to a simultaneous evaluation (optimistic lock, or the task already completed and gone:
            // the engine may then fail inside the completion with any runtime exception, a NullPointerException too)
            if (taskService.createTaskQuery().taskId(taak.getId()).count() == 0 || fout instanceof OptimisticLockingException) {
                throw new AlGegeven();
            }
            throw fout;
        }
    }
}
