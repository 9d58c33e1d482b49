package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The one extension of the reactie term (DESIGN §4): a reason and a new date after the current one,
 * checked when the task completes; then, in an async step, the term, its timers and the due dates of
 * the open tasks move, and the platform is told (next step in the model).
 */
@Configuration(proxyBeanMethods = false)
class Verlenging {

    @Bean
    TaskListener adviesVerlengingControle(AdviesTermijnen termijnen) {
        return taak -> controleer(taak, termijnen);
    }

    @Bean
    JavaDelegate adviesVerlengingVerwerken(AdviesTermijnen termijnen) {
        return execution -> verwerk(execution, termijnen);
    }

    static void controleer(DelegateTask taak, AdviesTermijnen termijnen) {
        Invoercontrole controle = new Invoercontrole();
        String reden = controle.verplichteTekst("Reden van de verlenging", taak.getVariable(VERLENGING_REDEN), 2000);
        String tekst = controle.verplichteTekst("Nieuwe datum", taak.getVariable(NIEUWE_REACTIE_DATUM), 30);
        LocalDate nieuw = null;
        if (tekst != null) {
            try {
                nieuw = LocalDate.parse(tekst.substring(0, Math.min(10, tekst.length())));
                LocalDate huidig = AdviesTermijnen.datum((Date) taak.getVariable(REACTIE_DATUM));
                if (!nieuw.isAfter(huidig)) {
                    controle.fout("Nieuwe datum", "kies een datum na de huidige termijn (" + AdviesTermijnen.tekst((Date) taak.getVariable(REACTIE_DATUM)) + ")");
                } else if (!termijnen.isWerkdag(nieuw)) {
                    controle.fout("Nieuwe datum", "kies een werkdag");
                }
            } catch (DateTimeParseException e) {
                controle.fout("Nieuwe datum", "'" + tekst + "' is geen datum (jjjj-mm-dd)");
            }
        }
        controle.controleer("De termijn is niet verlengd.");
        taak.setVariable(VERLENGING_REDEN, reden);
        taak.setVariable(NIEUWE_REACTIE_DATUM, nieuw.toString());
    }

    static void verwerk(DelegateExecution zaak, AdviesTermijnen termijnen) {
        Date nieuw = AdviesTermijnen.eindeDag(LocalDate.parse((String) zaak.getVariable(NIEUWE_REACTIE_DATUM)));
        termijnen.zetReactieDatum(zaak, nieuw);
        zaak.setVariable(VERLENGD, true);
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
