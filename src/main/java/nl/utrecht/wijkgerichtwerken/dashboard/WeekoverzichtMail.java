package nl.utrecht.wijkgerichtwerken.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.notificatie.Mailbericht;
import nl.utrecht.wijkgerichtwerken.notificatie.Mailer;
import nl.utrecht.wijkgerichtwerken.notificatie.NotificatieProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Termijnstatus;
import nl.utrecht.wijkgerichtwerken.zaak.AanvullingsverzoekVariabelen;

/**
 * The mail step of {@code weekoverzicht} ({@code ${weekoverzichtVersturen}}): the person's open tasks that are
 * overdue or nearly overdue at the moment of sending, each with its deadline and a link to it in Tasklist. A
 * failure to send is thrown, so the step retries and ends in an incident.
 */
@Component("weekoverzichtVersturen")
class WeekoverzichtMail implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(WeekoverzichtMail.class);
    private static final DateTimeFormatter LEESBAAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private final TaskService taskService;
    private final IdentityService identityService;
    private final Termijnbakken bakken;
    private final Mailer mailer;
    private final NotificatieProperties notificatie;

    WeekoverzichtMail(TaskService taskService, IdentityService identityService, Termijnbakken bakken, Mailer mailer,
                      NotificatieProperties notificatie) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.bakken = bakken;
        this.mailer = mailer;
        this.notificatie = notificatie;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String gebruiker = (String) execution.getVariable("gebruiker");
        List<Map<String, Object>> taken = taken(gebruiker);
        if (taken.stream().allMatch(t -> Termijnstatus.OPGESCHORT.code().equals(t.get("code")))) {
            LOG.info("Weekoverzicht voor {}: geen taken meer te laat of bijna te laat, niets verstuurd", gebruiker);
            return;
        }
        User persoon = identityService.createUserQuery().userId(gebruiker).singleResult();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("naam", persoon == null || persoon.getFirstName() == null ? gebruiker : persoon.getFirstName());
        model.put("taken", taken);
        model.put("aantalTeLaat", taken.stream().filter(t -> Set.of(Termijnstatus.TE_LAAT.code(), Termijnstatus.RUIM_TE_LAAT.code())
                .contains(t.get("code"))).count());
        model.put("aantalBijnaTeLaat", taken.stream().filter(t -> "bijna-te-laat".equals(t.get("code"))).count());
        model.put("aantalOpgeschort", taken.stream().filter(t -> Termijnstatus.OPGESCHORT.code().equals(t.get("code"))).count());
        model.put("basisUrl", notificatie.getBasisUrl());
        mailer.verstuur(new Mailbericht(List.of("gebruiker:" + gebruiker), "weekoverzicht", model));
    }

    /**
     * The tasks of this person (his own, or offered to him or his groups) that are not on time, by deadline, and those
     * of his cases that stand still (opgeschort). Sent only when something is late or nearly late.
     */
    List<Map<String, Object>> taken(String gebruiker) {
        var vandaag = bakken.vandaag();
        List<Task> open = taskService.createTaskQuery().or().taskAssignee(gebruiker).taskCandidateUser(gebruiker).endOr()
                .orderByDueDate().asc().list();
        return open.stream().map(taak -> {
            // a case whose clock stands still (issue 22) waits for someone else: listed as such, never as late (its
            // tasks have no due date until the resume)
            if (Boolean.TRUE.equals(taskService.getVariable(taak.getId(), AanvullingsverzoekVariabelen.OPGESCHORT))) {
                return regel(taak, Termijnstatus.OPGESCHORT);
            }
            if (taak.getDueDate() == null) {
                return null;
            }
            Termijnstatus status = bakken.bak(Termijnbakken.dag(taak.getCreateTime()), Termijnbakken.dag(taak.getDueDate()),
                    Termijnbakken.dag(taak.getFollowUpDate()), vandaag);
            return status == Termijnstatus.OP_TIJD ? null : regel(taak, status);
        }).filter(Objects::nonNull).toList();
    }

    private Map<String, Object> regel(Task taak, Termijnstatus status) {
        Map<String, Object> regel = new LinkedHashMap<>();
        regel.put("naam", taak.getName() == null ? "Taak" : taak.getName());
        regel.put("termijn", taak.getDueDate() == null ? "staat stil" : LEESBAAR.format(Termijnbakken.dag(taak.getDueDate())));
        regel.put("code", status.code());
        regel.put("status", status.label());
        regel.put("url", notificatie.getBasisUrl() + "/camunda/app/tasklist/default/#/?task=" + taak.getId());
        return regel;
    }

}
