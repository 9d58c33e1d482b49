package nl.utrecht.wijkgerichtwerken.advies;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;
import nl.utrecht.wijkgerichtwerken.zaak.Probleem;

/** Refusals of the advice's actions on the case file: application/problem+json in Dutch, naming the field. */
@RestControllerAdvice(assignableTypes = VerlengenApi.class)
class Adviesactie {

    /** Unknown number or a case the user may not read: answered alike. */
    static class Onbekend extends RuntimeException {
        Onbekend() {
            super("Deze zaak bestaat niet of u mag hem niet inzien.");
        }
    }

    /** The user may read the case but this action is not his. */
    static class NietToegestaan extends RuntimeException {
        NietToegestaan(String melding) {
            super(melding);
        }
    }

    /** The case is not in a state for this action. */
    static class Onmogelijk extends RuntimeException {
        Onmogelijk(String melding) {
            super(melding);
        }
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException fout) {
        return Probleem.ongeldig(fout);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> onleesbaar(Exception fout) {
        return Probleem.onleesbaar("verzoek", "{\"reden\": \"...\", \"nieuweTermijn\": \"2027-03-01\"}");
    }

    @ExceptionHandler(Onbekend.class)
    ResponseEntity<ProblemDetail> onbekend(Onbekend fout) {
        return Probleem.antwoord(HttpStatus.NOT_FOUND, "Zaak niet gevonden", fout.getMessage());
    }

    @ExceptionHandler(NietToegestaan.class)
    ResponseEntity<ProblemDetail> nietToegestaan(NietToegestaan fout) {
        return Probleem.antwoord(HttpStatus.FORBIDDEN, "Niet toegestaan", fout.getMessage());
    }

    @ExceptionHandler(Onmogelijk.class)
    ResponseEntity<ProblemDetail> onmogelijk(Onmogelijk fout) {
        return Probleem.antwoord(HttpStatus.CONFLICT, "Kan nu niet", fout.getMessage());
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> gelijktijdig(OptimisticLockingException fout) {
        return Probleem.antwoord(HttpStatus.CONFLICT, "Zaak gewijzigd", "De zaak werd op hetzelfde moment door iemand "
                + "anders gewijzigd. Bekijk het dossier en probeer het opnieuw.");
    }
}
