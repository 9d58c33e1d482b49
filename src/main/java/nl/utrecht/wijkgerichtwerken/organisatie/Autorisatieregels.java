package nl.utrecht.wijkgerichtwerken.organisatie;

import static nl.utrecht.wijkgerichtwerken.organisatie.Autorisatieregel.grant;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.InformatieverzoekVariabelen;
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;

/**
 * The group authorizations of DESIGN §3. Task access itself comes from Camunda's default task
 * permissions: a candidate group or assignee of a task may read and work it (TASK_WORK: claim, unclaim his own,
 * complete; application.yaml {@code default-user-permission-name-for-task}), nobody else; changing a task (due date,
 * assignee, candidates, variables outside its form) is for {@code camunda-admin} only. Managers read everything and
 * change nothing.
 */
@Component
class Autorisatieregels {

    static final String ESCALATIE = EscalatieVariabelen.PROCES;
    static final String WIJKPLATFORM_ADVIES = AdviesVariabelen.PROCES_ADVIES;
    static final String INFORMATIEVERZOEK = InformatieverzoekVariabelen.PROCES;
    static final String INITIATIEF = InitiatiefVariabelen.PROCES;
    static final String ADVIESAANVRAAG = AdviesaanvraagVariabelen.PROCES;

    private final Organisatie organisatie;

    Autorisatieregels(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    List<Autorisatieregel> regels() {
        List<Autorisatieregel> regels = new ArrayList<>();
        for (Organisatie.Groep groep : organisatie.groepen()) {
            regels.add(grant(groep.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS));
            regels.add(grant(groep.id(), Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ));
            regels.add(grant(groep.id(), Resources.DECISION_DEFINITION, "*", Permissions.READ));
        }
        starten(regels, Groepen.WIJKREGISSEUR, ESCALATIE, INITIATIEF);
        for (String wijk : organisatie.wijken()) {
            starten(regels, Groepen.wijkbureau(wijk), WIJKPLATFORM_ADVIES, INFORMATIEVERZOEK, INITIATIEF, ADVIESAANVRAAG);
        }
        for (String dienst : organisatie.diensten()) {
            // issue 21: a dienst asks a wijkplatform for advice (the start rules check it is his own dienst)
            starten(regels, Groepen.vakafdeling(dienst), ADVIESAANVRAAG);
            starten(regels, Groepen.dienstdirecteur(dienst), ADVIESAANVRAAG);
        }
        manager(regels);
        return regels;
    }

    private static void starten(List<Autorisatieregel> regels, String groep, String... processen) {
        for (String proces : processen) {
            regels.add(grant(groep, Resources.PROCESS_DEFINITION, proces,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
        }
        regels.add(grant(groep, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
    }

    private static void manager(List<Autorisatieregel> regels) {
        String m = Groepen.MANAGER;
        regels.add(grant(m, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        regels.add(grant(m, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY));
        regels.add(grant(m, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ));
        regels.add(grant(m, Resources.TASK, "*", TaskPermissions.READ));
        regels.add(grant(m, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ));
        regels.add(grant(m, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ));
        regels.add(grant(m, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY));
        regels.add(grant(m, Resources.DEPLOYMENT, "*", Permissions.READ));
        // the groups' names, so that Tasklist shows "Dienstdirecteur Stadswerken" on a task, not dienstdirecteur-sw
        // (members read their own groups by Camunda's default; who is in a group stays hidden: no USER read)
        regels.add(grant(m, Resources.GROUP, "*", Permissions.READ));
    }
}
