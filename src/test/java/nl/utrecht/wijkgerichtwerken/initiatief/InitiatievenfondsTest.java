package nl.utrecht.wijkgerichtwerken.initiatief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/initiatievenfonds.dmn: who may decide which amount; the thresholds come from configuration. */
class InitiatievenfondsTest {

    static DmnEngine engine;
    static DmnDecision fonds;

    @BeforeAll
    static void laad() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = InitiatievenfondsTest.class.getResourceAsStream("/bpmn/initiatievenfonds.dmn")) {
            fonds = engine.parseDecision("initiatievenfonds", dmn);
        }
    }

    @ParameterizedTest(name = "€ {0} bij drempels {1}/{2} → {3}")
    @CsvSource({
            "0,        2500, 10000, wijkregisseur",
            "2500,     2500, 10000, wijkregisseur",
            "2500.01,  2500, 10000, wijkgarage",
            "10000,    2500, 10000, wijkgarage",
            "10000.01, 2500, 10000, algemeen-directeur",
            "1500,     1000, 5000,  wijkgarage",
            "5000.5,   1000, 5000,  algemeen-directeur",
            "999,      1000, 5000,  wijkregisseur"
    })
    void bevoegdheidVolgtDeDrempels(double bedrag, double drempelWijkregisseur, double drempelWijkgarage, String beslisser) {
        var resultaat = engine.evaluateDecisionTable(fonds, Map.of("gevraagdBedrag", bedrag,
                "drempelWijkregisseur", drempelWijkregisseur, "drempelWijkgarage", drempelWijkgarage));

        assertThat(resultaat).hasSize(1);
        assertThat(resultaat.getSingleResult().<String>getEntry("beslisser")).isEqualTo(beslisser);
        assertThat(resultaat.getSingleResult().<String>getEntry("motiveringBevoegdheid")).isNotBlank();
    }
}
