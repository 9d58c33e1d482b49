package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;
import java.util.Map;

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
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", fout.getMessage());
        probleem.setProperty("fouten", fout.fouten().stream()
                .map(f -> Map.of("veld", f.veld(), "melding", f.melding())).toList());
        return ResponseEntity.badRequest().body(probleem);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> onleesbaar(Exception fout) {
        String melding = "Stuur de notitie als JSON, bijvoorbeeld {\"tekst\": \"...\"}.";
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige JSON", melding);
        probleem.setProperty("fouten", List.of(Map.of("veld", "tekst", "melding", melding)));
        return ResponseEntity.badRequest().body(probleem);
    }

    @ExceptionHandler(ZakenApi.OnbekendeZaak.class)
    ResponseEntity<ProblemDetail> onbekend(ZakenApi.OnbekendeZaak fout) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(probleem(HttpStatus.NOT_FOUND, "Zaak niet gevonden", fout.getMessage()));
    }

    private static ProblemDetail probleem(HttpStatus status, String titel, String melding) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, melding);
        probleem.setTitle(titel);
        return probleem;
    }
}
