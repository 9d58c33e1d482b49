package nl.utrecht.wijkgerichtwerken.zaak;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * Who works a case, beyond reading it (issue 22): the wijkbureau of its wijk (the submitter's fixed contact), whoever
 * holds or is offered one of its open tasks (by name or through a group), and the administrator. A manager, a
 * dienstdirecteur or a wijk colleague who only reads the file does not act on it.
 */
@Component
class Behandelaars {

    /** The reader may read the case but does not work it: a Dutch 403 that changes nothing. */
    static class GeenBehandelaar extends RuntimeException {
        GeenBehandelaar() {
            this("U kunt deze zaak inzien, maar u behandelt haar niet. Alleen wie aan de zaak werkt (een open taak "
                    + "heeft of het wijkbureau van de wijk) kan dit doen.");
        }

        GeenBehandelaar(String melding) {
            super(melding);
        }
    }

    private final TaskService taken;

    Behandelaars(ProcessEngine engine) {
        this.taken = engine.getTaskService();
    }

    /** Refuses unless {@code lezer} works {@code zaak} (which he may read). */
    void controleer(Lezer lezer, Zaak zaak) {
        if (!werktAan(lezer, zaak)) {
            throw new GeenBehandelaar();
        }
    }

    /** Refuses unless {@code lezer} is of the wijkbureau of the case's wijk (or the administrator). */
    void controleerWijkbureau(Lezer lezer, Zaak zaak) {
        if (!lezer.groepen().contains(Groepen.BEHEERDER)
                && (zaak.wijk() == null || !lezer.groepen().contains(Groepen.wijkbureau(zaak.wijk())))) {
            throw new GeenBehandelaar("Alleen het wijkbureau van de wijk van deze zaak kan haar opschorten of hervatten.");
        }
    }

    boolean werktAan(Lezer lezer, Zaak zaak) {
        if (lezer.groepen().contains(Groepen.BEHEERDER)
                || zaak.wijk() != null && lezer.groepen().contains(Groepen.wijkbureau(zaak.wijk()))) {
            return true;
        }
        for (Task taak : taken.createTaskQuery().processInstanceId(zaak.instantie()).list()) {
            if (lezer.gebruiker().equals(taak.getAssignee())) {
                return true;
            }
            for (IdentityLink link : taken.getIdentityLinksForTask(taak.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && (lezer.gebruiker().equals(link.getUserId())
                        || link.getGroupId() != null && lezer.groepen().contains(link.getGroupId()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
