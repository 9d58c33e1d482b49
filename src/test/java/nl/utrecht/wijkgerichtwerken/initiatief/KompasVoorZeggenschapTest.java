package nl.utrecht.wijkgerichtwerken.initiatief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/kompas-voor-zeggenschap.dmn against the flowchart of the Kompas voor zeggenschap (DESIGN §5.5). */
class KompasVoorZeggenschapTest {

    static final String[] VRAGEN = {"besluitGemeenteNodig", "eigenaarschapMogelijk", "allesOverlaten",
            "ondersteuningNodigEnGeld", "gemeenteDeelEigenaarschap", "eigenaarschapLatenGroeien", "verderOnderzoeken",
            "eerstVerhelderen", "bestuurlijkeRuimte", "representatieveGroep"};

    static DmnEngine engine;
    static DmnDecision kompas;

    @BeforeAll
    static void laad() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = KompasVoorZeggenschapTest.class.getResourceAsStream("/bpmn/kompas-voor-zeggenschap.dmn")) {
            kompas = engine.parseDecision("kompas-voor-zeggenschap", dmn);
        }
    }

    @ParameterizedTest(name = "{0} → {11}")
    @CsvSource({
            // geval, besluit, eigenaar, alles, steun+geld, delen, groeien, onderzoeken, verhelderen, ruimte, groep, uitkomst
            "Utrechters kunnen alles zelf,                         false, true,  true,  false, false, false, false, false, false, false, utrechter-aan-zet",
            "Utrechters zelf met ondersteuning en geld,            false, true,  true,  true,  false, false, false, false, false, false, overheidsmiddelen",
            "Eigenaarschap delen,                                  false, true,  false, false, true,  false, false, false, false, false, samen-aan-zet",
            "Eigenaarschap laten groeien,                          false, true,  false, false, false, true,  false, false, false, false, overheidsparticipatie",
            "Niet te laten groeien en niet verder onderzoeken,     false, true,  false, false, false, false, false, false, false, false, gemeente-aan-zet",
            "Besluit van de gemeente nodig en niet onderzoeken,      true,  true,  true,  true,  true,  true,  false, false, true,  true,  gemeente-aan-zet",
            "Geen eigenaarschap mogelijk en eerst verhelderen,       false, false, true,  false, false, false, true,  true,  true,  true,  peilen",
            "Besluit nodig en geen bestuurlijke ruimte,              true,  false, false, false, false, false, true,  false, false, true,  peilen",
            "Besluit nodig met ruimte en een representatieve groep,   true,  false, false, false, false, false, true,  false, true,  true,  burgerparticipatie",
            "Besluit nodig met ruimte maar geen representatieve groep,true,  false, false, false, false, false, true,  false, true,  false, peilen",
            "Niet te laten groeien maar wel onderzoeken met groep,     false, true,  false, false, false, false, true,  false, true,  true,  burgerparticipatie"
    })
    void elkeTakVanHetKompas(String geval, boolean a, boolean b, boolean c, boolean d, boolean e, boolean f,
                             boolean g, boolean h, boolean i, boolean j, String verwacht) {
        assertThat(vorm(a, b, c, d, e, f, g, h, i, j)).as(geval).isEqualTo(verwacht);
    }

    @Test
    void alle1024CombinatiesGevenPreciesEenAntwoordGelijkAanHetStroomschema() {
        for (int bits = 0; bits < 1024; bits++) {
            boolean[] x = new boolean[10];
            for (int k = 0; k < 10; k++) {
                x[k] = (bits & (1 << k)) != 0;
            }
            DmnDecisionTableResult resultaat = evalueer(x);
            assertThat(resultaat).as("combination %s", bits).hasSize(1);
            assertThat((String) resultaat.getSingleEntry()).as("combination %s", bits).isEqualTo(stroomschema(x));
        }
    }

    /** The flowchart of DESIGN §5.5, written out plainly: the oracle for the decision table. */
    static String stroomschema(boolean[] x) {
        boolean besluit = x[0], eigenaar = x[1], alles = x[2], steun = x[3], delen = x[4], groeien = x[5],
                onderzoeken = x[6], verhelderen = x[7], ruimte = x[8], groep = x[9];
        if (!besluit && eigenaar) {
            if (alles) {
                return steun ? "overheidsmiddelen" : "utrechter-aan-zet";
            }
            if (delen) {
                return "samen-aan-zet";
            }
            if (groeien) {
                return "overheidsparticipatie";
            }
        }
        if (!onderzoeken) {
            return "gemeente-aan-zet";
        }
        if (verhelderen || !ruimte) {
            return "peilen";
        }
        return groep ? "burgerparticipatie" : "peilen";
    }

    private String vorm(boolean... x) {
        return evalueer(x).getSingleEntry();
    }

    private DmnDecisionTableResult evalueer(boolean[] x) {
        Map<String, Object> invoer = new HashMap<>();
        for (int k = 0; k < 10; k++) {
            invoer.put(VRAGEN[k], x[k]);
        }
        return engine.evaluateDecisionTable(kompas, invoer);
    }
}
