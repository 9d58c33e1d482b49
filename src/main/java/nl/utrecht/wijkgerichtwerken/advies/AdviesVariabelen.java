package nl.utrecht.wijkgerichtwerken.advies;

/**
 * Process keys and variable names of {@code wijkplatform-advies} (bpmn/wijkplatform-advies.bpmn) and
 * {@code informatieverzoek} (bpmn/informatieverzoek.bpmn), in one place.
 */
final class AdviesVariabelen {

    static final String PROCES_ADVIES = "wijkplatform-advies";
    static final String PROCES_INFORMATIEVERZOEK = "informatieverzoek";
    static final String PREFIX_ADVIES = "ADV";
    static final String PREFIX_INFORMATIEVERZOEK = "INF";
    static final String TAAK_REACTIE = "Task_ReactieSchrijven";

    // start (DESIGN §5.2, §5.3)
    static final String WIJKPLATFORM = "wijkplatform";
    static final String WIJK = "wijk";
    static final String ONDERWERP = "onderwerp";
    static final String SOORT = "soort";
    static final String ADVIESPUNTEN = "adviespunten";
    static final String BETROKKENEN = "betrokkenen";
    static final String DRAAGVLAK = "draagvlak";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String CONTACT_NAAM = "contactNaam";
    static final String VRAAG = "vraag";
    /** The official who registered it (the start's initiator); none for a public submission. */
    static final String GEREGISTREERD_DOOR = "geregistreerdDoor";

    // clock
    static final String ONTVANGEN_OP = "ontvangenOp";
    static final String REGISTRATIE_DATUM = "registratieDatum";
    static final String REACTIE_DATUM = "reactieDatum";
    static final String REACTIE_DATUM_TEKST = "reactieDatumTekst";
    static final String WAARSCHUWING_DATUM = "waarschuwingDatum";

    // handling
    static final String DIENST = "dienst";
    static final String AFSPRAKEN_VERVOLG = "afsprakenVervolg";
    static final String PUNTEN = "punten";
    static final String AANTAL_PUNTEN = "aantalPunten";
    static final String VERVOLG = "vervolg";
    static final String AUTEUR = "auteur";
    static final String BEOORDELAAR = "beoordelaar";
    static final String AKKOORD = "akkoord";
    static final String OPMERKINGEN = "opmerkingen";
    static final String ANTWOORD = "antwoord";

    // verlenging and end
    static final String VERLENGD = "verlengd";
    static final String VERLENGING_REDEN = "verlengingReden";
    static final String NIEUWE_REACTIE_DATUM = "nieuweReactieDatum";
    static final String VERSTUURD_OP = "verstuurdOp";
    static final String OP_TIJD = "opTijd";

    static final java.util.Set<String> STANDPUNTEN =
            java.util.Set.of("overgenomen", "deels-overgenomen", "niet-overgenomen", "nader-onderzoek");

    private AdviesVariabelen() {
    }
}
