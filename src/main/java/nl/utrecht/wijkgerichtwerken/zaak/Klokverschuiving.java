package nl.utrecht.wijkgerichtwerken.zaak;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * Moves every date of a case with its pause (issue 22). At the pause: the timers stop (their jobs are suspended) and
 * the open tasks have no due date while the clock stands still (a stopped clock has no deadline), their follow-up date
 * being the expected end of the pause; their own dates are kept. No due date cannot pass, so a waiting case is never
 * in Tasklist's "Te laat" or "Bijna te laat" (nor in anything else that reads due dates), also when the pause outlasts
 * its expected end. A task created during the pause is kept the same way from its creation. At the resume: every task
 * due and follow-up date (from the kept dates), every timer and every promised date of the case moves by the werkdagen
 * its clock stood still: the whole pause for what was there when it began and for every date taken from the case's own
 * dates (which stood still all along), the werkdagen since its creation for a task or timer created during the pause
 * whose term runs from its creation (so that term counts from the resume). Same time of day; werkdagen skip weekends and public
 * holidays, inside the pause and after it alike.
 */
@Component
class Klokverschuiving {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter LEESBAAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** The promised dates a case keeps as variables, each with the text the mails and forms show (or null). */
    static final Map<String, String> TERMIJNDATUMS = Map.of(
            AdviesVariabelen.REACTIE_DATUM, AdviesVariabelen.REACTIE_DATUM_TEKST,
            AdviesVariabelen.WAARSCHUWING_DATUM, "",
            AdviesVariabelen.REGISTRATIE_DATUM, "",
            InitiatiefVariabelen.CONTACT_DATUM, InitiatiefVariabelen.CONTACT_DATUM_TEKST,
            InitiatiefVariabelen.BESLUIT_DATUM, InitiatiefVariabelen.BESLUIT_DATUM_TEKST,
            TeLaatVariabelen.NIEUWE_VERWACHTE_DATUM, TeLaatVariabelen.NIEUWE_VERWACHTE_DATUM_TEKST);
    /** The date the submitter was promised, first one found. */
    static final List<String> BELOOFD = List.of(TeLaatVariabelen.NIEUWE_VERWACHTE_DATUM, InitiatiefVariabelen.BESLUIT_DATUM,
            AdviesVariabelen.REACTIE_DATUM);

    private final TaskService taken;
    private final RepositoryService repository;
    private final CommandExecutor opdrachten;
    private final RuntimeService runtime;
    private final Werkdagen werkdagen;
    private final Opschortingen opschortingen;

    Klokverschuiving(ProcessEngine engine, Werkdagen werkdagen, Opschortingen opschortingen) {
        this.taken = engine.getTaskService();
        this.repository = engine.getRepositoryService();
        this.opdrachten = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        this.runtime = engine.getRuntimeService();
        this.werkdagen = werkdagen;
        this.opschortingen = opschortingen;
    }

    /** At the pause: keeps the tasks' dates, clears their due dates until the resume, stops the timers. */
    void stilzetten(String instantie, long pauze, LocalDate verwachtEinde) {
        for (Task taak : taken.createTaskQuery().processInstanceId(instantie).list()) {
            boolean gedateerd = taak.getDueDate() != null || taak.getFollowUpDate() != null;
            opschortingen.bewaarTaak(pauze, taak.getId(), taak.getDueDate(), taak.getFollowUpDate());
            taak.setDueDate(null);
            taak.setFollowUpDate(gedateerd ? verwacht(verwachtEinde) : null);
            taken.saveTask(taak);
        }
        timers(instantie, timer -> timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode()));
    }

    /** A task created while its case stands still: its dates are kept for the resume, it has no due date meanwhile. */
    void stilBijAanmaak(DelegateTask taak, Opschortingen.Pauze pauze) {
        if (taak.getDueDate() == null && taak.getFollowUpDate() == null) {
            return;
        }
        opschortingen.bewaarTaak(pauze.id(), taak.getId(), taak.getDueDate(), taak.getFollowUpDate());
        taak.setDueDate(null);
        taak.setFollowUpDate(verwacht(pauze.verwachtEinde()));
        // the timers created with it (boundary events of the task and its enclosing scopes) stand still until the resume
        for (ExecutionEntity uitvoering = taak.getExecution() instanceof ExecutionEntity e ? e : null; uitvoering != null;
                uitvoering = uitvoering.getParent()) {
            for (JobEntity job : uitvoering.getJobs()) {
                if (job instanceof TimerEntity timer) {
                    timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode());
                }
            }
        }
    }

    /**
     * At the resume: every date of the case {@code stil} werkdagen later, or, for a task or timer created during the
     * pause, the werkdagen since the day of its creation; the timers run again.
     */
    void verder(String instantie, long pauze, LocalDate begin, int stil) {
        Map<String, Date[]> bewaard = opschortingen.bewaardeTaken(pauze);
        for (Task taak : taken.createTaskQuery().processInstanceId(instantie).list()) {
            Date[] eerder = bewaard.getOrDefault(taak.getId(), new Date[] {taak.getDueDate(), taak.getFollowUpDate()});
            int taakStil = eigenTermijn(taak) ? stilSinds(taak.getCreateTime(), begin, stil) : stil;
            taak.setDueDate(later(eerder[0], taakStil));
            taak.setFollowUpDate(later(eerder[1], taakStil));
            taken.saveTask(taak);
        }
        timers(instantie, timer -> {
            timer.setDuedate(later(timer.getDuedate(), duur(timer) ? stilSinds(timer.getCreateTime(), begin, stil) : stil));
            timer.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        });
        Map<String, Object> variabelen = runtime.getVariables(instantie, TERMIJNDATUMS.keySet());
        TERMIJNDATUMS.forEach((datum, tekst) -> {
            if (variabelen.get(datum) instanceof Date oud) {
                Date nieuw = later(oud, stil);
                runtime.setVariable(instantie, datum, nieuw);
                if (!tekst.isEmpty()) {
                    runtime.setVariable(instantie, tekst, tekst(nieuw));
                }
            }
        });
    }

    /**
     * Changes the case's timer jobs as entities in one command: the engine's own suspend and activate are bulk updates
     * that would collide with a due date set in the same transaction.
     */
    private void timers(String instantie, Consumer<TimerEntity> wijziging) {
        opdrachten.execute(context -> {
            for (JobEntity job : context.getJobManager().findJobsByProcessInstanceId(instantie)) {
                if (job instanceof TimerEntity timer) {
                    wijziging.accept(timer);
                }
            }
            return null;
        });
    }

    /** The date promised to the submitter now, or null. */
    Date beloofd(String instantie) {
        Map<String, Object> variabelen = runtime.getVariables(instantie, BELOOFD);
        return BELOOFD.stream().map(variabelen::get).filter(Date.class::isInstance).map(Date.class::cast).findFirst().orElse(null);
    }

    /** {@code moment} {@code n} werkdagen later at the same time of day (unchanged for n = 0 or no moment). */
    Date later(Date moment, int n) {
        if (moment == null || n <= 0) {
            return moment;
        }
        ZonedDateTime tijd = moment.toInstant().atZone(AMSTERDAM);
        LocalDate dag = werkdagen.plusWerkdagen(tijd.toLocalDate(), n);
        return Date.from(dag.atTime(tijd.toLocalTime()).atZone(AMSTERDAM).toInstant());
    }

    /**
     * Whether a task's term starts when it is created (its due date is the business clock's deadline from then,
     * {@code ${werkdagen.deadline(…)}}), rather than being one of the case's dates ({@code ${reactieDatum}}), which
     * stood still during the whole pause and moves by all of it.
     */
    private boolean eigenTermijn(Task taak) {
        ModelElementInstance element = model(taak.getProcessDefinitionId(), taak.getTaskDefinitionKey());
        return element instanceof UserTask gebruikerstaak && gebruikerstaak.getCamundaDueDate() != null
                && gebruikerstaak.getCamundaDueDate().contains("werkdagen.deadline(");
    }

    /** Whether a timer waits a duration from its creation (its term started then) rather than until a case date. */
    private boolean duur(TimerEntity timer) {
        ModelElementInstance element = model(timer.getProcessDefinitionId(), timer.getActivityId());
        if (!(element instanceof CatchEvent gebeurtenis)) {
            return false;
        }
        return gebeurtenis.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                .map(TimerEventDefinition.class::cast).anyMatch(d -> d.getTimeDuration() != null || d.getTimeCycle() != null);
    }

    private ModelElementInstance model(String definitie, String element) {
        if (definitie == null || element == null) {
            return null;
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(definitie);
        return model == null ? null : model.getModelElementById(element);
    }

    /** The werkdagen a date created at {@code gemaakt} stood still: the whole pause, or since its creation in it. */
    private int stilSinds(Date gemaakt, LocalDate begin, int stil) {
        if (gemaakt == null) {
            return stil;
        }
        LocalDate dag = gemaakt.toInstant().atZone(AMSTERDAM).toLocalDate();
        return dag.isAfter(begin) ? Math.max(0, Math.min(stil, werkdagen.werkdagenTussen(dag, werkdagen.vandaag()))) : stil;
    }

    /** The follow-up moment during a pause: the morning of its expected end (look at the case again then). */
    private static Date verwacht(LocalDate verwachtEinde) {
        return Date.from(verwachtEinde.atTime(LocalTime.of(9, 0)).atZone(AMSTERDAM).toInstant());
    }

    static String tekst(Date moment) {
        return LEESBAAR.format(moment.toInstant().atZone(AMSTERDAM));
    }
}
