package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;
import java.util.Set;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.InformatieverzoekVariabelen;
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;

/**
 * The processes that make a case and the variables the case file reads, taken from each process's contract
 * (escalatie/EscalatieVariabelen, advies/AdviesVariabelen, advies/InformatieverzoekVariabelen,
 * initiatief/InitiatiefVariabelen). Where processes share a name (wijk, titel, dienst) one contract is named; the
 * others carry the same value, which ProcescontractenTest checks against the BPMN and the forms.
 */
final class Zaakprocessen {

    static final String ESCALATIE = EscalatieVariabelen.PROCES;
    static final String ADVIES = AdviesVariabelen.PROCES_ADVIES;
    static final String INFORMATIEVERZOEK = InformatieverzoekVariabelen.PROCES;
    static final String INITIATIEF = InitiatiefVariabelen.PROCES;
    static final String ADVIESAANVRAAG = AdviesaanvraagVariabelen.PROCES;
    static final List<String> ALLE = List.of(ESCALATIE, ADVIES, INFORMATIEVERZOEK, INITIATIEF, ADVIESAANVRAAG);

    static final String WIJK = EscalatieVariabelen.WIJK;
    static final String TITEL = EscalatieVariabelen.TITEL;
    static final String ONDERWERP = AdviesVariabelen.ONDERWERP;
    static final String DIENST = AdviesVariabelen.DIENST;
    static final String DIENSTEN = EscalatieVariabelen.DIENSTEN;
    /** The escalation's diensten as text, ",so,sw,", for SQL. */
    static final String DIENSTEN_TEKST = EscalatieVariabelen.DIENSTEN_TEKST;
    /** On an initiatief: the number of the escalation it started; on that escalation: the initiatief's number. */
    static final String GEKOPPELD_ESCALATIE = InitiatiefVariabelen.ESCALATIE;
    static final String GEKOPPELD_INITIATIEF = EscalatieVariabelen.INITIATIEF;
    /** On an advice: the request for advice it answers; on that request: the advice's number (issue 21). */
    static final String GEKOPPELD_ADVIESAANVRAAG = AdviesaanvraagVariabelen.ADVIESAANVRAAG;
    static final String GEKOPPELD_ADVIES = AdviesaanvraagVariabelen.ADVIES_ZAAK;
    /** True while the case's clock stands still (issue 22): its termijnstatus is "opgeschort". */
    static final String OPGESCHORT = AanvullingsverzoekVariabelen.OPGESCHORT;
    /**
     * What the case list and the case file read of each case. The diensten as the plain text {@code ",so,sw,"}
     * ({@link #DIENSTEN_TEKST}, written wherever {@link #DIENSTEN} is), not as the list: a list is stored as a byte
     * array, which the engine fetches with one query per case.
     */
    static final List<String> ZAAKVELDEN = List.of(WIJK, TITEL, ONDERWERP, DIENST, DIENSTEN_TEKST, GEKOPPELD_ESCALATIE,
            GEKOPPELD_INITIATIEF, OPGESCHORT);
    /** Read for the case file only (issue 21): the request for advice and its advice, linked both ways, and the question. */
    static final List<String> DOSSIERVELDEN = List.of(GEKOPPELD_ADVIESAANVRAAG, GEKOPPELD_ADVIES,
            AdviesaanvraagVariabelen.AANVRAAG_VRAAG, AdviesaanvraagVariabelen.AANVRAAG_ACHTERGROND,
            AdviesaanvraagVariabelen.AANVRAAG_WAT_GEBEURT_ERMEE);

    /** What a task's form decided, in the order the timeline shows them ({@code standpunt}: per adviespunt). */
    static final List<String> BESLUITVELDEN = List.of(EscalatieVariabelen.BESLUIT, AdviesVariabelen.AKKOORD,
            InitiatiefVariabelen.GEACCEPTEERD, AdviesVariabelen.STANDPUNT, EscalatieVariabelen.UITKOMST, EscalatieVariabelen.VERVOLG);
    static final List<String> TOELICHTINGVELDEN = List.of(EscalatieVariabelen.TOELICHTING, InitiatiefVariabelen.MOTIVERING,
            AdviesVariabelen.OPMERKINGEN, InitiatiefVariabelen.REDEN_TERUGSTUREN, InitiatiefVariabelen.CONTACT_VERSLAG,
            InformatieverzoekVariabelen.ANTWOORD, AdviesVariabelen.VERVOLG, AdviesVariabelen.AFSPRAKEN_VERVOLG,
            EscalatieVariabelen.TOELICHTING_VERVOLG, AdviesaanvraagVariabelen.REDEN);

    private Zaakprocessen() {
    }
}
