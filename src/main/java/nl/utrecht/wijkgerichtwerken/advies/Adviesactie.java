package nl.utrecht.wijkgerichtwerken.advies;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.utrecht.wijkgerichtwerken.zaak.Probleem;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakactiefouten;

/** Refusals of the advice's actions on the case file: application/problem+json in Dutch, naming the field. */
@RestControllerAdvice(assignableTypes = {VerlengenApi.class, AfsprakenApi.class, VervolgpuntSluitenApi.class})
class Adviesactie extends Zaakactiefouten {

    @Override
    protected String voorbeeld() {
        return "{\"reden\": \"...\", \"nieuweTermijn\": \"2027-03-01\"}";
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

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> gelijktijdig(OptimisticLockingException fout) {
        return Probleem.antwoord(HttpStatus.CONFLICT, "Zaak gewijzigd", "De zaak werd op hetzelfde moment door iemand "
                + "anders gewijzigd. Bekijk het dossier en probeer het opnieuw.");
    }
}
