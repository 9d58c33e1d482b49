package nl.utrecht.wijkgerichtwerken.zaak;


import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the opschorting API: application/problem+json in Dutch; 400 names the field, 403/404/409 change nothing. */
@RestControllerAdvice(assignableTypes = {OpschortingApi.class, EscalerenApi.class})
class OpschortingFoutafhandeling {

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException fout) {
        return Probleem.ongeldig(fout);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> onleesbaar(Exception fout) {
        return Probleem.onleesbaar("verzoek", "{\"vraag\": \"...\", \"termijn\": 10}");
    }

    @ExceptionHandler(ZakenApi.OnbekendeZaak.class)
    ResponseEntity<ProblemDetail> onbekend(ZakenApi.OnbekendeZaak fout) {
        return Probleem.antwoord(HttpStatus.NOT_FOUND, "Zaak niet gevonden", fout.getMessage());
    }

    @ExceptionHandler(Behandelaars.GeenBehandelaar.class)
    ResponseEntity<ProblemDetail> geenBehandelaar(Behandelaars.GeenBehandelaar fout) {
        return Probleem.antwoord(HttpStatus.FORBIDDEN, "Geen behandelaar van deze zaak", fout.getMessage());
    }

    @ExceptionHandler({Aanvullingsverzoeken.KanNietOpschorten.class, Opschortingen.AlOpgeschort.class,
            Opschorting.ZaakGesloten.class})
    ResponseEntity<ProblemDetail> kanNiet(RuntimeException fout) {
        return Probleem.antwoord(HttpStatus.CONFLICT, "Niet mogelijk", fout.getMessage());
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> gelijktijdig(OptimisticLockingException fout) {
        return Probleem.antwoord(HttpStatus.CONFLICT, "Zaak gewijzigd", "De zaak is zojuist gewijzigd; probeer het opnieuw.");
    }
}
