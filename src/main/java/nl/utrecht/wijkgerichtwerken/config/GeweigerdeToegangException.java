package nl.utrecht.wijkgerichtwerken.config;

import java.util.List;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * A refusal because of who asks, not of what was filled in (e.g. starting a case for another wijk):
 * answered 403 with the Dutch message and the field, otherwise handled as {@link OngeldigeInvoerException}
 * (nothing changes, the transaction rolls back).
 */
public class GeweigerdeToegangException extends OngeldigeInvoerException {

    public GeweigerdeToegangException(String inleiding, String veld, String melding) {
        super(inleiding, List.of(new Veldfout(veld, melding)));
    }
}
