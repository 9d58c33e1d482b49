package nl.utrecht.wijkgerichtwerken.escalatie;


import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;
import nl.utrecht.wijkgerichtwerken.zaak.Probleem;

/** Refusals of the escalation's actions on the case file: application/problem+json in Dutch, naming the field. */
@RestControllerAdvice(assignableTypes = {IntrekkenApi.class, BestuurlijkApi.class, InterventieteamApi.class, PartijenApi.class,
        EscalatieactiesApi.class})
class Escalatieactie {

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
        return Probleem.onleesbaar("verzoek", "{\"reden\": \"...\"}");
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
}
