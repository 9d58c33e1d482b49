package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The refusals of the case APIs (case file, its actions, opschorting) in one shape: application/problem+json in Dutch,
 * a 400 with {@code fouten} naming each field.
 */
public final class Probleem {

    private Probleem() {
    }

    /** 400 for refused input, every refusal with its field. */
    public static ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException fout) {
        ProblemDetail probleem = van(HttpStatus.BAD_REQUEST, "Ongeldige invoer", fout.getMessage());
        probleem.setProperty("fouten", fout.fouten().stream()
                .map(f -> Map.of("veld", f.veld(), "melding", f.melding())).toList());
        return ResponseEntity.badRequest().body(probleem);
    }

    /** 400 for a body that is no JSON object, with an example of what is expected. */
    public static ResponseEntity<ProblemDetail> onleesbaar(String veld, String voorbeeld) {
        String melding = "Stuur het verzoek als JSON-object, bijvoorbeeld " + voorbeeld + ".";
        ProblemDetail probleem = van(HttpStatus.BAD_REQUEST, "Ongeldige JSON", melding);
        probleem.setProperty("fouten", List.of(Map.of("veld", veld, "melding", melding)));
        return ResponseEntity.badRequest().body(probleem);
    }

    public static ResponseEntity<ProblemDetail> antwoord(HttpStatus status, String titel, String melding) {
        return ResponseEntity.status(status).body(van(status, titel, melding));
    }

    private static ProblemDetail van(HttpStatus status, String titel, String melding) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, melding);
        probleem.setTitle(titel);
        return probleem;
    }
}
