package nl.utrecht.wijkgerichtwerken.zaak;


import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the case API: application/problem+json, in Dutch, naming the field. */
@RestControllerAdvice(assignableTypes = {ZakenApi.class, ZaakVanTaak.class})
class ZaakFoutafhandeling {

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException fout) {
        return Probleem.ongeldig(fout);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> onleesbaar(Exception fout) {
        return Probleem.onleesbaar("tekst", "{\"tekst\": \"...\"}");
    }

    @ExceptionHandler(ZakenApi.OnbekendeZaak.class)
    ResponseEntity<ProblemDetail> onbekend(ZakenApi.OnbekendeZaak fout) {
        return Probleem.antwoord(HttpStatus.NOT_FOUND, "Zaak niet gevonden", fout.getMessage());
    }
}
