package nl.utrecht.wijkgerichtwerken;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test (META-INF/services, autodetection on in junit-platform.properties): before each test
 * class and each test the engine's clock is the run's clock of {@link Testklok}, whatever an earlier test left.
 */
public class TestklokExtensie implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Testklok.herstel();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Testklok.herstel();
    }
}
