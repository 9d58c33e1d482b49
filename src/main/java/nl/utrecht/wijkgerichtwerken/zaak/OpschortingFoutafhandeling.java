package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the opschorting API: application/problem+json in Dutch; 400 names the field, 403/404/409 change nothing. */
@RestControllerAdvice(assignableTypes = OpschortingApi.class)
class OpschortingFoutafhandeling {

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException fout) {
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", fout.getMessage());
        probleem.setProperty("fouten", fout.fouten().stream()
                .map(f -> Map.of("veld", f.veld(), "melding", f.melding())).toList());
        return ResponseEntity.badRequest().body(probleem);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> onleesbaar(Exception fout) {
        String melding = "Stuur het verzoek als JSON-object, bijvoorbeeld {\"vraag\": \"...\", \"termijn\": 10}.";
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige JSON", melding);
        probleem.setProperty("fouten", List.of(Map.of("veld", "verzoek", "melding", melding)));
        return ResponseEntity.badRequest().body(probleem);
    }

    @ExceptionHandler(ZakenApi.OnbekendeZaak.class)
    ResponseEntity<ProblemDetail> onbekend(ZakenApi.OnbekendeZaak fout) {
        return antwoord(HttpStatus.NOT_FOUND, "Zaak niet gevonden", fout.getMessage());
    }

    @ExceptionHandler(Behandelaars.GeenBehandelaar.class)
    ResponseEntity<ProblemDetail> geenBehandelaar(Behandelaars.GeenBehandelaar fout) {
        return antwoord(HttpStatus.FORBIDDEN, "Geen behandelaar van deze zaak", fout.getMessage());
    }

    @ExceptionHandler({Aanvullingsverzoeken.KanNietOpschorten.class, Opschortingen.AlOpgeschort.class,
            Opschorting.ZaakGesloten.class})
    ResponseEntity<ProblemDetail> kanNiet(RuntimeException fout) {
        return antwoord(HttpStatus.CONFLICT, "Niet mogelijk", fout.getMessage());
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> gelijktijdig(OptimisticLockingException fout) {
        return antwoord(HttpStatus.CONFLICT, "Zaak gewijzigd", "De zaak is zojuist gewijzigd; probeer het opnieuw.");
    }

    private static ResponseEntity<ProblemDetail> antwoord(HttpStatus status, String titel, String melding) {
        return ResponseEntity.status(status).body(probleem(status, titel, melding));
    }

    private static ProblemDetail probleem(HttpStatus status, String titel, String melding) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, melding);
        probleem.setTitle(titel);
        return probleem;
    }
}
