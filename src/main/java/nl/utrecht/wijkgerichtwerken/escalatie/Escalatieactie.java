package nl.utrecht.wijkgerichtwerken.escalatie;

import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.utrecht.wijkgerichtwerken.zaak.Zaakactiefouten;

/** Refusals of the escalation's actions on the case file: application/problem+json in Dutch, naming the field. */
@RestControllerAdvice(assignableTypes = {IntrekkenApi.class, BestuurlijkApi.class, InterventieteamApi.class, PartijenApi.class,
        EscalatieactiesApi.class})
class Escalatieactie extends Zaakactiefouten {

    @Override
    protected String voorbeeld() {
        return "{\"reden\": \"...\"}";
    }
}
