package nl.utrecht.wijkgerichtwerken;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The check the process tests run after every step notices a case that waits for nothing. */
class VoortgangTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().configurationResource("camunda-procestest.cfg.xml").build();

    private ProcessEngine engine;

    /** A step that always fails, as a mail step did while the mail server was down. */
    public static class Mislukt implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException("SMTP onbereikbaar");
        }
    }

    @BeforeEach
    void deploy() {
        engine = extension.getProcessEngine();
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("voortgang-test").count() == 0) {
            engine.getRepositoryService().createDeployment().name("voortgang-test").addModelInstance("voortgang-test.bpmn",
                    Bpmn.createExecutableProcess("voortgang-test").camundaHistoryTimeToLive(1)
                            .startEvent()
                            .exclusiveGateway("Gateway_Pad")
                            .condition("taak", "${pad == 'taak'}").userTask("Task_Behandelen").endEvent()
                            .moveToLastGateway()
                            .condition("stap", "${pad == 'stap'}").serviceTask("Task_Versturen").camundaAsyncBefore()
                            .camundaClass(Mislukt.class.getName()).endEvent()
                            .done()).deploy();
        }
    }

    /** The engine is shared with the process tests: leave no failing case behind. */
    @AfterEach
    void opruimen() {
        engine.getRepositoryService().createDeploymentQuery().deploymentName("voortgang-test").list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void eenZaakMetEenTaakOfEenStapDieNogMoetLopenWachtOpIets() {
        engine.getRuntimeService().startProcessInstanceByKey("voortgang-test", "TAAK", java.util.Map.of("pad", "taak"));
        engine.getRuntimeService().startProcessInstanceByKey("voortgang-test", "STAP", java.util.Map.of("pad", "stap"));

        assertThatCode(() -> Voortgang.elkeZaakWachtOpIets(engine, "voortgang-test")).doesNotThrowAnyException();
    }

    @Test
    void eenZaakWaarvanDeEnigeStapMisluktWachtOpNiets() {
        String zaak = engine.getRuntimeService().startProcessInstanceByKey("voortgang-test", "STIL", java.util.Map.of("pad", "stap")).getId();
        Job stap = engine.getManagementService().createJobQuery().processInstanceId(zaak).singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(stap.getId())).isNotNull();

        assertThatThrownBy(() -> Voortgang.elkeZaakWachtOpIets(engine, "voortgang-test"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("STIL");
    }
}
