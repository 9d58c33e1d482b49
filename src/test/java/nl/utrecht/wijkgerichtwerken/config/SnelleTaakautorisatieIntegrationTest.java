package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;

/** The task query with the fast authorization check shows everyone exactly what the engine's own statement shows. */
@IntegratieTest
class SnelleTaakautorisatieIntegrationTest {

    @Autowired ProcessEngine engine;

    @Test
    void iedereenZietDezelfdeTakenAlsMetDeStatementVanDeEngine() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory()
                .mapStatement("selectTaskCountByQueryCriteria")).endsWith("selectTaskCountByQueryCriteriaSnel");

        Map<String, List<String>> gezien = new Taakzichtbaarheid(engine).vergelijk();

        assertThat(gezien).containsExactly(
                Map.entry("zicht-anna", List.of("Persoonlijk aangeboden")),
                Map.entry("zicht-karim", List.of("Toegewezen")),
                Map.entry("zicht-niemand", List.of()),
                Map.entry("zicht-x", List.of("Aan de groep")),
                Map.entry("zicht-y", List.of("Aan de groep", "Persoonlijk aangeboden", "Toegewezen", "Voor een ander")),
                Map.entry("zicht-z", List.of("Aan de groep", "Persoonlijk aangeboden", "Toegewezen", "Voor een ander")));
    }

    @Test
    void alleenEenOfVanPreciesMijnWordtVersmaldTotDeEigenTaken() {
        engine.getIdentityService().setAuthentication("anna", List.of("wijk-oost"));
        try {
            TaskQueryImpl mijn = (TaskQueryImpl) engine.getTaskService().createTaskQuery().dueBefore(new java.util.Date())
                    .or().taskAssignee("anna").taskCandidateUser("anna").includeAssignedTasks().endOr();
            MijnTaken.Mijn herkend = herken(mijn);
            assertThat(herkend.getGebruiker()).isEqualTo("anna");
            assertThat(herkend.getGroepen()).isEqualTo(mijn.getQueries().get(1).getCandidateGroups());

            // one more alternative in the "or" (here: a task name) could return tasks of others: no narrowing
            assertThat(herken(engine.getTaskService().createTaskQuery()
                    .or().taskAssignee("anna").taskCandidateUser("anna").includeAssignedTasks().taskName("Registreren").endOr())).isNull();
            assertThat(herken(engine.getTaskService().createTaskQuery().or().taskAssignee("anna").taskCandidateUser("karim").endOr())).isNull();
            assertThat(herken(engine.getTaskService().createTaskQuery().taskAssignee("anna"))).isNull();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private MijnTaken.Mijn herken(TaskQuery query) {
        CommandExecutor uitvoerder = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        Command<MijnTaken.Mijn> herkennen = context -> MijnTaken.van((TaskQueryImpl) query);
        return uitvoerder.execute(herkennen);
    }
}
