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
@RestControllerAdvice(assignableTypes = {VerlengenApi.class, AfsprakenApi.class, VervolgpuntSluitenApi.class})
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

    /**
     * An open advice of the user's wijkbureau; else a refusal naming {@code wat} ("de afspraken over het vervolg
     * wijzigen").
     */
    static void vanHetWijkbureau(org.camunda.bpm.engine.RuntimeService runtime, nl.utrecht.wijkgerichtwerken.zaak.Zaakinzage.Inzage zaak,
            String zaaknummer, String wat) {
        if (!AdviesVariabelen.PROCES_ADVIES.equals(zaak.proces())) {
            throw new Onmogelijk("Dit kan alleen bij een wijkplatform-advies; " + zaaknummer + " is dat niet.");
        }
        if (!zaak.open()) {
            throw new Onmogelijk("Advies " + zaaknummer + " is al afgerond; " + wat + " kan niet meer.");
        }
        Object wijk = runtime.getVariable(zaak.instantie(), AdviesVariabelen.WIJK);
        if (wijk == null || !zaak.groepen().contains(nl.utrecht.wijkgerichtwerken.organisatie.Groepen.wijkbureau(wijk.toString()))) {
            throw new NietToegestaan("Alleen het wijkbureau van de wijk van dit advies kan " + wat + ".");
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
