package nl.utrecht.wijkgerichtwerken.config;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own {@link DatatypeFactory} as the system property that {@code DatatypeFactory.newInstance()} reads
 * first. The engine calls that for every ISO duration it parses (each timer's term and, for every async job it
 * creates, the {@code failedJobRetryTimeCycle}: every melding). Without the property each call searches the whole
 * class path for a provider (a {@code ServiceLoader} scan of every jar): the benchmark (issue 17) found that scan in
 * 2 % of all CPU time and in most of the cost of starting a melding. No jar on the class path provides another
 * factory, so the answer is the same; a property set from outside (the command line) is left as it is.
 */
@Component
class Duurfabriek extends AbstractProcessEnginePlugin {

    static final String EIGENSCHAP = DatatypeFactory.DATATYPEFACTORY_PROPERTY;
    static final String JDK = DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(EIGENSCHAP) == null) {
            System.setProperty(EIGENSCHAP, JDK);
        }
    }
}
