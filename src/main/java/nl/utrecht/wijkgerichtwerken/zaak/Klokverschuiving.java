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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * Moves every date of a case with its pause (issue 22). At the pause: the timers stop (their jobs are suspended) and
 * the open tasks show the expected end of the pause plus what was left of their term (a task that was already due
 * counts from today), so a waiting case is not "te laat" in Tasklist; their own dates are kept. At the resume: every
 * task due and follow-up date (from the kept dates), every timer and every promised date of the case moves by the
 * werkdagen the clock stood still, at the same time of day, and the timers run again. Werkdagen skip weekends and
 * public holidays, inside the pause and after it alike.
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
            InitiatiefVariabelen.BESLUIT_DATUM, InitiatiefVariabelen.BESLUIT_DATUM_TEKST);
    /** The date the submitter was promised, first one found. */
    static final List<String> BELOOFD = List.of(InitiatiefVariabelen.BESLUIT_DATUM, AdviesVariabelen.REACTIE_DATUM);

    private final TaskService taken;
    private final CommandExecutor opdrachten;
    private final RuntimeService runtime;
    private final Werkdagen werkdagen;
    private final Opschortingen opschortingen;

    Klokverschuiving(ProcessEngine engine, Werkdagen werkdagen, Opschortingen opschortingen) {
        this.taken = engine.getTaskService();
        this.opdrachten = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        this.runtime = engine.getRuntimeService();
        this.werkdagen = werkdagen;
        this.opschortingen = opschortingen;
    }

    /** At the pause: keeps the tasks' dates, shows the expected end plus the rest of each term, stops the timers. */
    void stilzetten(String instantie, long pauze, int verwachtStil) {
        Date nu = ClockUtil.getCurrentTime();
        for (Task taak : taken.createTaskQuery().processInstanceId(instantie).list()) {
            opschortingen.bewaarTaak(pauze, taak.getId(), taak.getDueDate(), taak.getFollowUpDate());
            taak.setDueDate(voorlopig(taak.getDueDate(), nu, verwachtStil));
            taak.setFollowUpDate(voorlopig(taak.getFollowUpDate(), nu, verwachtStil));
            taken.saveTask(taak);
        }
        timers(instantie, timer -> timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode()));
    }

    /** At the resume: every date of the case {@code stil} werkdagen later; the timers run again. */
    void verder(String instantie, long pauze, int stil) {
        Map<String, Date[]> bewaard = opschortingen.bewaardeTaken(pauze);
        for (Task taak : taken.createTaskQuery().processInstanceId(instantie).list()) {
            Date[] eerder = bewaard.getOrDefault(taak.getId(), new Date[] {taak.getDueDate(), taak.getFollowUpDate()});
            taak.setDueDate(later(eerder[0], stil));
            taak.setFollowUpDate(later(eerder[1], stil));
            taken.saveTask(taak);
        }
        timers(instantie, timer -> {
            timer.setDuedate(later(timer.getDuedate(), stil));
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

    /** During the pause: the expected werkdagen later, counted from today when the date has already passed. */
    private Date voorlopig(Date moment, Date nu, int verwachtStil) {
        if (moment == null) {
            return null;
        }
        if (!moment.before(nu)) {
            return later(moment, verwachtStil);
        }
        LocalTime tijd = moment.toInstant().atZone(AMSTERDAM).toLocalTime();
        LocalDate dag = werkdagen.plusWerkdagen(werkdagen.vandaag(), verwachtStil);
        return Date.from(dag.atTime(tijd).atZone(AMSTERDAM).toInstant());
    }

    static String tekst(Date moment) {
        return LEESBAAR.format(moment.toInstant().atZone(AMSTERDAM));
    }
}
