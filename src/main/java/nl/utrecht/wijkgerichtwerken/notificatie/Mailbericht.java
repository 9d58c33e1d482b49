package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.List;
import java.util.Map;

/**
 * One mail to send: recipients (addresses, {@code gebruiker:<id>} or {@code groep:<id>}), the template
 * name under {@code templates/mail/} and the template model.
 */
public record Mailbericht(List<String> aan, String sjabloon, Map<String, Object> model) {

    public Mailbericht {
        aan = List.copyOf(aan);
        model = Map.copyOf(model);
    }
}
