package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * {@link Duurfabriek} may name the JDK's factory only because no jar provides another one: were one added, the
 * engine would parse durations with a different factory than before. Fails when a dependency brings a provider.
 */
class DuurfabriekTest {

    @Test
    void geenJarLevertEenAndereFabriekDusDeEngineKrijgtDezelfde() throws Exception {
        assertThat(ServiceLoader.load(DatatypeFactory.class).stream().map(p -> p.type().getName()).toList())
                .as("providers of DatatypeFactory on the class path").isEmpty();

        new Duurfabriek().preInit(new StandaloneInMemProcessEngineConfiguration());

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo(Duurfabriek.JDK);
        assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(Duurfabriek.JDK);
    }
}
