package nl.utrecht.wijkgerichtwerken.intake;

import static nl.utrecht.wijkgerichtwerken.Rest.waarde;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import nl.utrecht.wijkgerichtwerken.Testklok;

/** Requests for advice (issue 21) for the app tests: started over {@code /engine-rest} as a demo user, and their link. */
public final class Adviesaanvraagstart {

    private Adviesaanvraagstart() {
    }

    /** A valid request of Stadswerken to the platform of Oost (whose address the test profile knows), engine REST shape. */
    public static Map<String, Object> aanvraag() {
        Map<String, Object> start = new HashMap<>();
        start.put("wijk", waarde("oost"));
        start.put("dienst", waarde("sw"));
        start.put("vraag", waarde("Hoe wil de wijk de Kanaalstraat heringericht zien?"));
        start.put("achtergrond", waarde("De riolering wordt vervangen; daarna richten we de straat opnieuw in."));
        start.put("gewenstVoor", waarde(Testklok.vandaag().plusDays(30).toString()));
        start.put("watGebeurtErmee", waarde("Het advies gaat mee in het raadsvoorstel van maart."));
        return start;
    }

    /** Starts as {@code gebruiker} (password demo); the engine REST answer. */
    public static ResponseEntity<JsonNode> start(TestRestTemplate rest, String gebruiker, Map<String, Object> variabelen) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/engine-rest/process-definition/key/adviesaanvraag/start", Map.of("variables", variabelen), JsonNode.class);
    }

    /** The token of the platform's link of the request with this process instance id. */
    public static String token(HistoryService historie, String instantie) {
        String url = (String) historie.createHistoricVariableInstanceQuery().processInstanceId(instantie)
                .variableName("aanvraagUrl").singleResult().getValue();
        return url.substring(url.indexOf("token=") + 6);
    }
}
