package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;

/**
 * The processes that make a case and the variables the case file reads. The processes' own contracts
 * (escalatie/EscalatieVariabelen, advies/AdviesVariabelen, initiatief/InitiatiefVariabelen) are package-private;
 * these names must stay equal to theirs (ZakenApiIntegrationTest reads cases of every process).
 */
final class Zaakprocessen {

    static final String ESCALATIE = "escalatie";
    static final String ADVIES = "wijkplatform-advies";
    static final String INFORMATIEVERZOEK = "informatieverzoek";
    static final String INITIATIEF = "initiatief";
    static final List<String> ALLE = List.of(ESCALATIE, ADVIES, INFORMATIEVERZOEK, INITIATIEF);

    static final String WIJK = "wijk";
    static final String TITEL = "titel";
    static final String ONDERWERP = "onderwerp";
    static final String DIENST = "dienst";
    static final String DIENSTEN = "diensten";
    /** The escalation's diensten as text, ",so,sw,", for SQL. */
    static final String DIENSTEN_TEKST = "dienstenTekst";
    /** On an initiatief: the number of the escalation it started; on that escalation: the initiatief's number. */
    static final String GEKOPPELD_ESCALATIE = "escalatie";
    static final String GEKOPPELD_INITIATIEF = "initiatief";
    static final List<String> ZAAKVELDEN = List.of(WIJK, TITEL, ONDERWERP, DIENST, DIENSTEN, GEKOPPELD_ESCALATIE,
            GEKOPPELD_INITIATIEF);

    /** What a task's form decided, in the order the timeline shows them. */
    static final List<String> BESLUITVELDEN = List.of("besluit", "akkoord", "geaccepteerd", "standpunt", "uitkomst");
    static final List<String> TOELICHTINGVELDEN = List.of("toelichting", "motivering", "opmerkingen",
            "redenTerugsturen", "contactVerslag", "antwoord", "vervolg", "afsprakenVervolg");

    private Zaakprocessen() {
    }
}
