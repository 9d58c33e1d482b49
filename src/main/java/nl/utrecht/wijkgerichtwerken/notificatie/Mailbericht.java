package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.List;
import java.util.Map;

/**
 * One mail to send: recipients (addresses, {@code gebruiker:<id>} or {@code groep:<id>}), the template
 * name under {@code templates/mail/}, the template model and any attachments.
 */
public record Mailbericht(List<String> aan, String sjabloon, Map<String, Object> model, List<Bijlage> bijlagen) {

    /** A file sent with the mail. */
    public record Bijlage(String naam, String type, byte[] inhoud) {
    }

    public Mailbericht {
        aan = List.copyOf(aan);
        model = Map.copyOf(model);
        bijlagen = List.copyOf(bijlagen);
    }

    public Mailbericht(List<String> aan, String sjabloon, Map<String, Object> model) {
        this(aan, sjabloon, model, List.of());
    }
}
