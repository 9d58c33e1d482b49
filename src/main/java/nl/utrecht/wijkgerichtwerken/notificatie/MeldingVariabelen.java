package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Process key, activity ids and variable names of {@code melding} (bpmn/melding.bpmn), in one place. */
public final class MeldingVariabelen {

    public static final String PROCES = "melding";
    public static final String TAAK_VERSTUREN = "Task_MeldingVersturen";

    /** The mail template under {@code templates/mail/} (local input parameter of a case's mail step, and melding variable). */
    public static final String SJABLOON = "sjabloon";
    /** The recipient entries (addresses, {@code gebruiker:<id>}, {@code groep:<id>}) as a JSON array of strings. */
    public static final String AAN = "aan";
    /** Optional: the step the outsider's status page shows once this mail has gone (e.g. "Bericht verstuurd"). */
    public static final String STATUSSTAP = "statusstap";
    /** The process definition key of the case that caused the mail. */
    public static final String ZAAKPROCES = "zaakproces";

    private static final ObjectMapper JSON = new ObjectMapper();

    private MeldingVariabelen() {
    }

    /** The entries as stored in {@link #AAN}: one JSON string each, so an entry is never split or merged. */
    static String alsJson(List<String> ontvangers) {
        try {
            return JSON.writeValueAsString(ontvangers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> ontvangers(String json) {
        try {
            return json == null ? List.of() : List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Ontvangers van de melding onleesbaar", e);
        }
    }
}
