package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input refused by a server-side rule. A {@link BadUserRequestException}, so the engine REST API and
 * Tasklist answer 400 with the Dutch message; the transaction rolls back, nothing changes.
 */
public class OngeldigeInvoerException extends BadUserRequestException {

    /** One refused field with a Dutch explanation. */
    public record Veldfout(String veld, String melding) {
    }

    private final transient List<Veldfout> fouten;

    public OngeldigeInvoerException(String inleiding, List<Veldfout> fouten) {
        super(inleiding + " " + fouten.stream().map(f -> f.veld() + ": " + f.melding())
                .collect(Collectors.joining("; ")));
        this.fouten = List.copyOf(fouten);
    }

    public List<Veldfout> fouten() {
        return fouten;
    }
}
