package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;


/** Refusals of the documents API: application/problem+json, in Dutch, naming the field {@code bestand}. */
@RestControllerAdvice(assignableTypes = DocumentenApi.class)
class DocumentFoutafhandeling {

    private final Uploadweigering uploadweigering;

    DocumentFoutafhandeling(Uploadweigering uploadweigering) {
        this.uploadweigering = uploadweigering;
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException fout) {
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", fout.getMessage());
        probleem.setProperty("fouten", fout.fouten().stream()
                .map(f -> Map.of("veld", f.veld(), "melding", f.melding())).toList());
        return ResponseEntity.badRequest().body(probleem);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> geenBestand(MultipartException fout) {
        return ongeldig(uploadweigering.van(fout));
    }

    @ExceptionHandler({ZakenApi.OnbekendeZaak.class, DocumentenApi.OnbekendDocument.class})
    ResponseEntity<ProblemDetail> onbekend(RuntimeException fout) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(probleem(HttpStatus.NOT_FOUND, "Niet gevonden", fout.getMessage()));
    }

    @ExceptionHandler(DocumentenApi.GeenBeheerder.class)
    ResponseEntity<ProblemDetail> geenBeheerder(DocumentenApi.GeenBeheerder fout) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(probleem(HttpStatus.FORBIDDEN, "Niet toegestaan", fout.getMessage()));
    }

    private static ProblemDetail probleem(HttpStatus status, String titel, String melding) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, melding);
        probleem.setTitle(titel);
        return probleem;
    }
}
