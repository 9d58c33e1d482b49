package nl.utrecht.wijkgerichtwerken;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine of a {@code *ProcessTest}: the process-test configuration ({@code camunda-procestest.cfg.xml}, the
 * engine alone with the project's listeners as mocks), camunda-bpm-assert bound to it, and the clock on
 * {@link #MAANDAG} before each test; after it the clock, the mocks and the authenticated user are reset.
 */
public final class Procestest extends ProcessEngineExtension implements BeforeEachCallback, AfterEachCallback {

    /** Monday 7 December 2026, 10:00: ten werkdagen later is Monday 21 December, thirty is 20 January 2027. */
    public static final String MAANDAG = "2026-12-07T10:00";

    public Procestest() {
        configurationResource = "camunda-procestest.cfg.xml";
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(getProcessEngine());
        ClockUtil.setCurrentTime(Testklok.om(MAANDAG));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Testklok.herstel();
        Mocks.reset();
        getProcessEngine().getIdentityService().clearAuthentication();
    }

}
