package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The one extension of the reactie term (DESIGN §4), asked from the case file ({@link VerlengenApi}): a reason and a
 * new werkdag after the current term, checked before the message reaches the case; then, in an async step
 * (Task_VerlengingVerwerken), the term, its timers and the due dates of the open tasks move, and the platform is told
 * (next step in the model).
 */
@Configuration(proxyBeanMethods = false)
class Verlenging {

    static final String VELD_REDEN = "reden";
    static final String VELD_TERMIJN = "nieuweTermijn";

    @Bean
    JavaDelegate adviesVerlengingVerwerken(AdviesTermijnen termijnen) {
        return execution -> verwerk(execution, termijnen);
    }

    /** The checked reason; the new date is {@link #datum}. Refusals name the API's fields. */
    static LocalDate controleer(Invoercontrole controle, Object tekstDatum, Date huidig, AdviesTermijnen termijnen) {
        String tekst = controle.verplichteTekst(VELD_TERMIJN, tekstDatum, 30);
        if (tekst == null) {
            return null;
        }
        try {
            LocalDate nieuw = LocalDate.parse(tekst.substring(0, Math.min(10, tekst.length())));
            if (!nieuw.isAfter(AdviesTermijnen.datum(huidig))) {
                controle.fout(VELD_TERMIJN, "kies een datum na de huidige termijn (" + AdviesTermijnen.tekst(huidig) + ")");
            } else if (nieuw.isAfter(AdviesTermijnen.datum(huidig).plusYears(1))) {
                controle.fout(VELD_TERMIJN, "kies een datum binnen een jaar na de huidige termijn");
            } else if (!termijnen.isWerkdag(nieuw)) {
                controle.fout(VELD_TERMIJN, "kies een werkdag");
            }
            return nieuw;
        } catch (DateTimeParseException e) {
            controle.fout(VELD_TERMIJN, "'" + tekst + "' is geen datum (jjjj-mm-dd)");
            return null;
        }
    }

    static void verwerk(DelegateExecution zaak, AdviesTermijnen termijnen) {
        Date nieuw = AdviesTermijnen.eindeDag(LocalDate.parse((String) zaak.getVariable(NIEUWE_REACTIE_DATUM)));
        termijnen.zetReactieDatum(zaak.getProcessInstance(), nieuw);
        zaak.getProcessInstance().setVariable(VERLENGD, true);
        ProcessEngineServices engine = zaak.getProcessEngineServices();
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(zaak.getProcessInstanceId()).timers().list()) {
            String activiteit = ((JobEntity) job).getActivityId();
            if ("Timer_TermijnVerstreken".equals(activiteit)) {
                engine.getManagementService().setJobDuedate(job.getId(), nieuw);
            } else if ("Timer_Waarschuwing".equals(activiteit)) {
                engine.getManagementService().setJobDuedate(job.getId(), (Date) zaak.getVariable(WAARSCHUWING_DATUM));
            }
        }
        for (Task taak : engine.getTaskService().createTaskQuery().processInstanceId(zaak.getProcessInstanceId()).list()) {
            if (taak.getDueDate() != null && taak.getDueDate().before(nieuw) && !AdviesVariabelen.TAAK_REGISTREREN.equals(taak.getTaskDefinitionKey())) {
                taak.setDueDate(AdviesVariabelen.TAAK_REACTIE.equals(taak.getTaskDefinitionKey())
                        ? termijnen.reactieSchrijven(zaak) : nieuw);
                engine.getTaskService().saveTask(taak);
            }
        }
    }
}
