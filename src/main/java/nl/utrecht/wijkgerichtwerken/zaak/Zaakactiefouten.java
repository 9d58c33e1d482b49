package nl.utrecht.wijkgerichtwerken.zaak;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The refusals that every feature's case-file actions share (escalatie, advies): unknown case, not the user's action,
 * not possible now, refused input and an unreadable body, each as Dutch application/problem+json ({@link Probleem}).
 * A feature's {@code @RestControllerAdvice} extends this for its own API classes and names an example body.
 */
public abstract class Zaakactiefouten {

    /** Unknown number or a case the user may not read: answered alike. */
    public static class Onbekend extends RuntimeException {
        public Onbekend() {
            super("Deze zaak bestaat niet of u mag hem niet inzien.");
        }
    }

    /** The user may read the case but this action is not his. */
    public static class NietToegestaan extends RuntimeException {
        public NietToegestaan(String melding) {
            super(melding);
        }
    }

    /** The case is not in a state for this action. */
    public static class Onmogelijk extends RuntimeException {
        public Onmogelijk(String melding) {
            super(melding);
        }
    }

    /** An example of the JSON body the feature's actions expect, shown when a body cannot be read. */
    protected abstract String voorbeeld();

    @ExceptionHandler(OngeldigeInvoerException.class)
    public ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException fout) {
        return Probleem.ongeldig(fout);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    public ResponseEntity<ProblemDetail> onleesbaar(Exception fout) {
        return Probleem.onleesbaar("verzoek", voorbeeld());
    }

    @ExceptionHandler(Onbekend.class)
    public ResponseEntity<ProblemDetail> onbekend(Onbekend fout) {
        return Probleem.antwoord(HttpStatus.NOT_FOUND, "Zaak niet gevonden", fout.getMessage());
    }

    @ExceptionHandler(NietToegestaan.class)
    public ResponseEntity<ProblemDetail> nietToegestaan(NietToegestaan fout) {
        return Probleem.antwoord(HttpStatus.FORBIDDEN, "Niet toegestaan", fout.getMessage());
    }

    @ExceptionHandler(Onmogelijk.class)
    public ResponseEntity<ProblemDetail> onmogelijk(Onmogelijk fout) {
        return Probleem.antwoord(HttpStatus.CONFLICT, "Kan nu niet", fout.getMessage());
    }
}
