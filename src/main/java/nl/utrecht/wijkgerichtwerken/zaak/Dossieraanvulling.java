package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/**
 * What the case file in Tasklist and on /zaken shows beside the case's own data: Dutch names of the process, the
 * wijk and the diensten, the open tasks with their people (assignee or candidate groups by name), and the full
 * names of everyone the timeline and the notes mention.
 */
@Component
class Dossieraanvulling {

    record OpenTaak(String id, String stap, String behandelaar, List<String> kandidaten, java.util.Date termijn) {
    }

    private final RepositoryService repository;
    private final TaskService taken;
    private final IdentityService identiteit;
    private final Organisatie organisatie;

    Dossieraanvulling(ProcessEngine engine, Organisatie organisatie) {
        this.repository = engine.getRepositoryService();
        this.taken = engine.getTaskService();
        this.identiteit = engine.getIdentityService();
        this.organisatie = organisatie;
    }

    /** Adds the Dutch names of the process and the wijk to a row of the list (or the file). */
    Map<String, Object> namen(Map<String, Object> regel) {
        regel.put("procesNaam", procesNaam((String) regel.get("proces")));
        regel.put("wijkNaam", regel.get("wijk") == null ? null : organisatie.wijkNaam((String) regel.get("wijk")));
        return regel;
    }

    /** Adds names, the open tasks and the people of the file; {@code mensen} are the user ids it mentions. */
    void vulAan(Map<String, Object> dossier, Zaak zaak, Collection<String> mensen) {
        namen(dossier);
        Map<String, String> diensten = new LinkedHashMap<>();
        zaak.diensten().forEach(dienst -> diensten.put(dienst, organisatie.dienstNaam(dienst)));
        dossier.put("dienstNamen", diensten);
        List<OpenTaak> open = openTaken(zaak.instantie());
        dossier.put("taken", open);
        Set<String> personen = new TreeSet<>();
        mensen.stream().filter(m -> m != null && !m.isBlank()).forEach(personen::add);
        open.stream().map(OpenTaak::behandelaar).filter(b -> b != null).forEach(personen::add);
        dossier.put("personen", personen(personen));
    }

    private List<OpenTaak> openTaken(String instantie) {
        List<Task> open = taken.createTaskQuery().processInstanceId(instantie).orderByTaskCreateTime().asc().list();
        Map<String, String> groepsnamen = new LinkedHashMap<>();
        List<OpenTaak> lijst = new ArrayList<>();
        for (Task taak : open) {
            List<String> kandidaten = new ArrayList<>();
            if (taak.getAssignee() == null) {
                for (IdentityLink link : taken.getIdentityLinksForTask(taak.getId())) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                        kandidaten.add(groepsnamen.computeIfAbsent(link.getGroupId(), this::groepsnaam));
                    }
                }
            }
            lijst.add(new OpenTaak(taak.getId(), Stapnaam.van(taak.getName()), taak.getAssignee(), kandidaten, taak.getDueDate()));
        }
        return lijst;
    }

    private String groepsnaam(String groep) {
        Group gevonden = identiteit.createGroupQuery().groupId(groep).singleResult();
        return gevonden == null || gevonden.getName() == null ? groep : gevonden.getName();
    }

    private Map<String, String> personen(Set<String> ids) {
        Map<String, String> namen = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return namen;
        }
        for (User gebruiker : identiteit.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
            String naam = ((gebruiker.getFirstName() == null ? "" : gebruiker.getFirstName()) + " "
                    + (gebruiker.getLastName() == null ? "" : gebruiker.getLastName())).strip();
            namen.put(gebruiker.getId(), naam.isEmpty() ? gebruiker.getId() : naam);
        }
        return namen;
    }

    private String procesNaam(String proces) {
        if (proces == null) {
            return null;
        }
        ProcessDefinition definitie = repository.createProcessDefinitionQuery().processDefinitionKey(proces)
                .latestVersion().singleResult();
        return definitie == null || definitie.getName() == null ? proces : definitie.getName();
    }
}
