package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * Create listener for every user task ({@code ${zaakTaak}}): the task name shows the case number and
 * title or onderwerp (and the dienst on per-dienst tasks), and a task with a due date gets its follow-up date at
 * the warning moment, so Tasklist shows and sorts what is nearly overdue; while the case stands still (opgeschort) its
 * dates wait for the resume ({@link Klokverschuiving#stilBijAanmaak}).
 */
@Component("zaakTaak")
class ZaakTaakListener implements TaskListener {

    private final Werkdagen werkdagen;
    private final Organisatie organisatie;
    private final Opschortingen opschortingen;
    private final Klokverschuiving klok;

    ZaakTaakListener(Werkdagen werkdagen, Organisatie organisatie, Opschortingen opschortingen, Klokverschuiving klok) {
        this.werkdagen = werkdagen;
        this.organisatie = organisatie;
        this.opschortingen = opschortingen;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask taak) {
        StringBuilder naam = new StringBuilder(taak.getName() == null ? "Taak" : taak.getName());
        UserTask model = taak.getBpmnModelElementInstance();
        boolean perDienst = model != null && model.getLoopCharacteristics() != null;
        // the case's values are read from the task's execution: a new task has no variables of its own, and asking the
        // task would make the engine look them up in the database for every task created
        DelegateExecution zaak = taak.getExecution();
        Object dienst = perDienst ? zaak.getVariable(EscalatieVariabelen.DIENST) : null;
        if (dienst != null) {
            naam.append(" (").append(organisatie.dienstNaam(dienst.toString())).append(')');
        }
        String zaaknummer = zaak.getProcessBusinessKey();
        Object titel = zaak.hasVariable(EscalatieVariabelen.TITEL) ? zaak.getVariable(EscalatieVariabelen.TITEL)
                : zaak.getVariable(AdviesVariabelen.ONDERWERP);
        if (zaaknummer != null) {
            naam.append(" — ").append(zaaknummer);
            if (titel != null) {
                naam.append(": ").append(titel);
            }
        }
        taak.setName(naam.length() > 255 ? naam.substring(0, 254) + "…" : naam.toString());
        Date termijn = taak.getDueDate();
        if (termijn != null && taak.getFollowUpDate() == null) {
            taak.setFollowUpDate(werkdagen.waarschuwing(termijn));
        }
        // issue 22: a task created while its case stands still gets its term from the resume, not from now
        if (zaaknummer != null && Boolean.TRUE.equals(zaak.getVariable(AanvullingsverzoekVariabelen.OPGESCHORT))) {
            opschortingen.lopend(zaaknummer).ifPresent(pauze -> klok.stilBijAanmaak(taak, pauze));
        }
    }
}
