package nl.utrecht.wijkgerichtwerken.intake;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.utrecht.wijkgerichtwerken.config.Clientadres;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/** Answers of the public API when something is wrong: application/problem+json, in Dutch. */
@RestControllerAdvice(assignableTypes = {IntakeApi.class, StatusApi.class, StatusDocumentenApi.class, AanvullingApi.class,
        AdviesaanvraagApi.class})
class IntakeFoutafhandeling {

    private final Snelheidsbegrenzer begrenzer;
    private final Clientadres clientadres;
    private final nl.utrecht.wijkgerichtwerken.zaak.Uploadweigering uploadweigering;

    IntakeFoutafhandeling(Snelheidsbegrenzer begrenzer, Clientadres clientadres,
            nl.utrecht.wijkgerichtwerken.zaak.Uploadweigering uploadweigering) {
        this.uploadweigering = uploadweigering;
        this.begrenzer = begrenzer;
        this.clientadres = clientadres;
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException fout) {
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige aanvraag", fout.getMessage());
        probleem.setProperty("fouten", fout.fouten().stream()
                .map(f -> Map.of("veld", f.veld(), "melding", f.melding())).toList());
        return ResponseEntity.badRequest().body(probleem);
    }

    /** An upload the server could not take (too large as a whole, too many parts, no multipart): field bestand. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> upload(org.springframework.web.multipart.MultipartException fout) {
        return ongeldig(uploadweigering.van(fout));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> onleesbaar(HttpMessageNotReadableException fout, HttpServletRequest verzoek) {
        try {
            begrenzer.geweigerd(clientadres.van(verzoek));
        } catch (Snelheidsbegrenzer.TeVeelVerzoeken teVeel) {
            return teVeel(teVeel);
        }
        boolean teGroot = oorzaak(fout, Groottebegrenzing.TeGroot.class);
        String melding = teGroot
                ? "De aanvraag is te groot (maximaal " + Groottebegrenzing.MAXIMUM / 1024 + " kB)."
                : "De aanvraag is geen geldige JSON: controleer aanhalingstekens, komma's en haakjes.";
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, teGroot ? "Aanvraag te groot" : "Ongeldige JSON", melding);
        probleem.setProperty("fouten", List.of(Map.of("veld", "aanvraag", "melding", melding)));
        return ResponseEntity.badRequest().body(probleem);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> geenJson(HttpMediaTypeNotSupportedException fout, HttpServletRequest verzoek) {
        try {
            begrenzer.geweigerd(clientadres.van(verzoek));
        } catch (Snelheidsbegrenzer.TeVeelVerzoeken teVeel) {
            return teVeel(teVeel);
        }
        String melding = "Stuur de aanvraag als JSON (Content-Type: application/json).";
        ProblemDetail probleem = probleem(HttpStatus.BAD_REQUEST, "Geen JSON", melding);
        probleem.setProperty("fouten", List.of(Map.of("veld", "aanvraag", "melding", melding)));
        return ResponseEntity.badRequest().body(probleem);
    }

    /** The same Idempotency-Key with other fields: refused, and the first submitter's answer is never given. */
    @ExceptionHandler(Idempotentie.AndereInhoud.class)
    ResponseEntity<ProblemDetail> andereInhoud(Idempotentie.AndereInhoud fout) {
        ProblemDetail probleem = probleem(HttpStatus.UNPROCESSABLE_ENTITY, "Sleutel al gebruikt", fout.getMessage());
        probleem.setProperty("fouten", List.of(Map.of("veld", "Idempotency-Key", "melding", fout.getMessage())));
        return ResponseEntity.unprocessableEntity().body(probleem);
    }

    /** Someone else completed the same step at the same moment (the evaluation given twice at once). */
    @ExceptionHandler(Evaluatie.AlGegeven.class)
    ResponseEntity<ProblemDetail> alGegeven(Evaluatie.AlGegeven fout) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(probleem(HttpStatus.CONFLICT, "Al ontvangen", fout.getMessage()));
    }

    /** An answer while no request for more information waits for one (never asked, answered already, closed). */
    @ExceptionHandler(nl.utrecht.wijkgerichtwerken.zaak.Aanvullingsverzoeken.GeenOpenVerzoek.class)
    ResponseEntity<ProblemDetail> geenVerzoek(RuntimeException fout) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(probleem(HttpStatus.CONFLICT, "Geen vraag open", fout.getMessage()));
    }

    /** A second answer to a request for advice (issue 21). */
    @ExceptionHandler(Adviesaanvragen.AlBeantwoord.class)
    ResponseEntity<ProblemDetail> alBeantwoord(Adviesaanvragen.AlBeantwoord fout) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(probleem(HttpStatus.CONFLICT, "Al beantwoord", fout.getMessage()));
    }

    @ExceptionHandler(Snelheidsbegrenzer.TeVeelVerzoeken.class)
    ResponseEntity<ProblemDetail> teVeel(Snelheidsbegrenzer.TeVeelVerzoeken fout) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(fout.wachtSeconden))
                .body(probleem(HttpStatus.TOO_MANY_REQUESTS, "Te veel aanvragen", fout.getMessage()));
    }

    /**
     * The same Idempotency-Key twice at the same moment (a double click): the second loses on the key's primary key,
     * its transaction and case start are rolled back, and it is told to ask again for the first one's answer.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> tegelijkDubbel(DataIntegrityViolationException fout) {
        if (!String.valueOf(fout.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("wijk_idempotentie")) {
            throw fout;
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(probleem(HttpStatus.CONFLICT, "Al ontvangen",
                "Deze aanvraag is al ontvangen en wordt nog verwerkt. Stuur haar over een paar seconden opnieuw met dezelfde "
                        + "Idempotency-Key: u krijgt dan het zaaknummer."));
    }

    @ExceptionHandler(StatusApi.NietGevonden.class)
    ResponseEntity<ProblemDetail> nietGevonden(StatusApi.NietGevonden fout) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(probleem(HttpStatus.NOT_FOUND, "Niet gevonden",
                "Er is geen zaak met dit nummer en deze sleutel. Controleer de link uit de ontvangstbevestiging."));
    }

    private static ProblemDetail probleem(HttpStatus status, String titel, String melding) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, melding);
        probleem.setTitle(titel);
        return probleem;
    }

    private static boolean oorzaak(Throwable fout, Class<?> soort) {
        for (Throwable t = fout; t != null && t != t.getCause(); t = t.getCause()) {
            if (soort.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
