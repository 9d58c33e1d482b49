package nl.utrecht.wijkgerichtwerken.initiatief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Kompas in the wijkregisseur's form (forms/initiatief-wegen.form), the flowchart ({@link Kompas}) and the decision
 * table agree on every path: the form shows exactly the questions on the path, shows the outcome only when the path
 * is complete and names the same samenwerkingsvorm that the decision table then records. The form's conditions are
 * evaluated with the FEEL engine, as Tasklist's form renderer does.
 */
class KompasFormulierTest {

    static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    static JsonNode formulier;
    static DmnEngine dmn;
    static DmnDecision kompas;

    @BeforeAll
    static void laad() throws Exception {
        formulier = new ObjectMapper().readTree(Files.readString(Path.of("forms/initiatief-wegen.form")));
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = KompasFormulierTest.class.getResourceAsStream("/bpmn/kompas-voor-zeggenschap.dmn")) {
            kompas = dmn.parseDecision("kompas-voor-zeggenschap", in);
        }
    }

    @Test
    void elkPadToontPreciesZijnVragenEnDezelfdeUitkomstAlsDeBeslistabel() {
        List<Map<String, String>> paden = paden();
        assertThat(paden).as("every leaf of the flowchart").hasSizeGreaterThanOrEqualTo(9);
        for (Map<String, String> pad : paden) {
            Map<String, Boolean> booleans = new LinkedHashMap<>();
            Kompas.VRAGEN.forEach(v -> booleans.put(v.sleutel(), pad.containsKey(v.sleutel()) ? "ja".equals(pad.get(v.sleutel())) : null));
            String uitkomst = Kompas.uitkomst(booleans);
            assertThat((String) dmn.evaluateDecisionTable(kompas, new HashMap<>(booleans)).getSingleEntry())
                    .as("decision table on path %s", pad).isEqualTo(uitkomst);
            for (Kompas.Vraag vraag : Kompas.VRAGEN) {
                assertThat(zichtbaar(vraag.sleutel(), pad)).as("question %s on path %s", vraag.sleutel(), pad)
                        .isEqualTo(pad.containsKey(vraag.sleutel()));
            }
            assertThat(uitkomsttekst(pad)).as("outcome shown for %s", pad)
                    .contains("Uitkomst van het Kompas: " + Samenwerkingsvorm.van(uitkomst).orElseThrow().naam() + ".");
            Map<String, String> onaf = new LinkedHashMap<>(pad);
            onaf.remove(new ArrayList<>(pad.keySet()).get(pad.size() - 1));
            assertThat(uitkomsttekst(onaf)).as("no outcome before the last answer of %s", pad).isEmpty();
        }
    }

    @Test
    void eenAntwoordNaastHetPadVeranderdDeUitkomstNiet() {
        Map<String, String> pad = new LinkedHashMap<>(Map.of("besluitGemeenteNodig", "ja", "verderOnderzoeken", "nee"));
        pad.put("allesOverlaten", "ja");
        pad.put("ondersteuningNodigEnGeld", "ja");
        assertThat(uitkomsttekst(pad)).contains("Gemeente aan zet");
        assertThat(zichtbaar("allesOverlaten", pad)).isFalse();
    }

    /** Every path from the first question to a samenwerkingsvorm, as the answers given along it. */
    private static List<Map<String, String>> paden() {
        List<Map<String, String>> paden = new ArrayList<>();
        loop(Kompas.VRAGEN.get(0), new LinkedHashMap<>(), paden);
        return paden;
    }

    private static void loop(Kompas.Vraag vraag, Map<String, String> tot, List<Map<String, String>> paden) {
        for (String antwoord : List.of("ja", "nee")) {
            Map<String, String> pad = new LinkedHashMap<>(tot);
            pad.put(vraag.sleutel(), antwoord);
            Kompas.Vraag volgende = Kompas.vraag("ja".equals(antwoord) ? vraag.ja() : vraag.nee());
            if (volgende == null) {
                paden.add(pad);
            } else {
                loop(volgende, pad, paden);
            }
        }
    }

    private static boolean zichtbaar(String sleutel, Map<String, String> antwoorden) {
        for (JsonNode veld : formulier.get("components")) {
            if (sleutel.equals(veld.path("key").asText())) {
                String verberg = veld.path("conditional").path("hide").asText("");
                return verberg.isEmpty() || Boolean.FALSE.equals(evalueer(verberg.substring(1), antwoorden));
            }
        }
        throw new AssertionError("no field " + sleutel + " in the form");
    }

    private static String uitkomsttekst(Map<String, String> antwoorden) {
        for (JsonNode veld : formulier.get("components")) {
            if ("Text_KompasUitkomst".equals(veld.path("id").asText())) {
                String tekst = veld.get("text").asText();
                return String.valueOf(evalueer(tekst.substring(2, tekst.length() - 2), antwoorden));
            }
        }
        throw new AssertionError("no outcome text in the form");
    }

    private static Object evalueer(String expressie, Map<String, String> antwoorden) {
        Map<String, Object> context = new HashMap<>();
        Kompas.VRAGEN.forEach(v -> context.put(v.sleutel(), antwoorden.get(v.sleutel())));
        EvaluationResult resultaat = FEEL.evaluateExpression(expressie, context);
        assertThat(resultaat.isSuccess()).as("FEEL %s", expressie).isTrue();
        return resultaat.result();
    }
}
