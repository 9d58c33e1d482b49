package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;


/**
 * A multipart request the server could not take (no multipart at all, too large as a whole, too many parts) as a Dutch
 * refusal of the field {@code bestand}.
 */
@Component
public class Uploadweigering {

    private final Documentinstellingen instellingen;

    Uploadweigering(Documentinstellingen instellingen) {
        this.instellingen = instellingen;
    }

    public OngeldigeInvoerException van(MultipartException fout) {
        String melding;
        if (fout instanceof MaxUploadSizeExceededException || oorzaak(fout, "SizeLimitExceeded")) {
            melding = "de bestanden zijn samen te groot: hoogstens " + instellingen.maxBestanden() + " bestanden van "
                    + instellingen.maxGrootte().toMegabytes() + " MB";
        } else if (oorzaak(fout, "CountLimitExceeded") || oorzaak(fout, "FileCountLimit")) {
            melding = "u kunt hoogstens " + instellingen.maxBestanden() + " bestanden tegelijk toevoegen";
        } else {
            melding = "stuur het bestand als multipart/form-data in het veld " + Documenten.VELD;
        }
        return new OngeldigeInvoerException("Het document is niet toegevoegd.", List.of(new OngeldigeInvoerException.Veldfout(Documenten.VELD, melding)));
    }

    private static boolean oorzaak(Throwable fout, String naamdeel) {
        for (Throwable t = fout; t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getClass().getSimpleName().contains(naamdeel)) {
                return true;
            }
        }
        return false;
    }
}
