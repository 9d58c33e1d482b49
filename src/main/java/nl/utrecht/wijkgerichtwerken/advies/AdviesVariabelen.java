package nl.utrecht.wijkgerichtwerken.advies;

/**
 * The contract of process {@code wijkplatform-advies} (bpmn/wijkplatform-advies.bpmn): its key, task ids and
 * variable names, in one place; the names {@code informatieverzoek} shares with it are used there too
 * ({@link InformatieverzoekVariabelen} is that process's own contract). What other packages need is public;
 * zaak/ProcescontractenTest checks every public name against the BPMN and the forms.
 */
public final class AdviesVariabelen {

    public static final String PROCES_ADVIES = "wijkplatform-advies";
    static final String PROCES_INFORMATIEVERZOEK = InformatieverzoekVariabelen.PROCES;
    public static final String PREFIX_ADVIES = "ADV";
    static final String PREFIX_INFORMATIEVERZOEK = InformatieverzoekVariabelen.PREFIX;

    // user tasks
    public static final String TAAK_REGISTREREN = "Task_AdviesRegistreren";
    public static final String TAAK_REACTIE = "Task_ReactieSchrijven";
    public static final String TAAK_BEOORDELEN = "Task_ReactieBeoordelen";
    /** The extension, asked from the case file ({@code VerlengenApi}): a message, no standing task. */
    static final String BERICHT_VERLENGEN = "advies-verlenging-gevraagd";

    // start (DESIGN §5.2, §5.3)
    public static final String WIJKPLATFORM = "wijkplatform";
    public static final String WIJK = "wijk";
    public static final String ONDERWERP = "onderwerp";
    public static final String SOORT = "soort";
    public static final String ADVIESPUNTEN = "adviespunten";
    /** The points as a numbered list for the forms (written by the start rules). */
    static final String ADVIESPUNTEN_TEKST = "adviespuntenTekst";
    public static final String BETROKKENEN = "betrokkenen";
    public static final String DRAAGVLAK = "draagvlak";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_NAAM = "contactNaam";
    static final String VRAAG = InformatieverzoekVariabelen.VRAAG;
    /** The official who registered it (the start's initiator); none for a public submission. */
    static final String GEREGISTREERD_DOOR = "geregistreerdDoor";

    // clock
    static final String ONTVANGEN_OP = "ontvangenOp";
    public static final String REGISTRATIE_DATUM = "registratieDatum";
    public static final String REACTIE_DATUM = "reactieDatum";
    public static final String REACTIE_DATUM_TEKST = "reactieDatumTekst";
    public static final String WAARSCHUWING_DATUM = "waarschuwingDatum";

    // handling
    public static final String DIENST = "dienst";
    public static final String AFSPRAKEN_VERVOLG = "afsprakenVervolg";
    public static final String PUNTEN = "punten";
    /**
     * Per adviespunt in the registration form: field {@code dienstPunt<n>}, the dienst that answers point n when it is
     * not the responsible dienst; each point in {@code punten} carries its {@code dienst}.
     */
    static final String DIENST_PUNT = "dienstPunt";
    /** The dienst of each adviespunt, in order (written by the registration). */
    static final String PUNT_DIENSTEN = "puntDiensten";
    /**
     * When several diensten answer: all of them, in the names the case file and its reading rule use for the
     * escalation's diensten (zaak/Zaken, zaak/Zaakzoekvraag), so every answering dienst reads and sees the case.
     */
    static final String DIENSTEN = nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.DIENSTEN;
    static final String DIENSTEN_TEKST = nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.DIENSTEN_TEKST;
    /** The vervolg per dienst when several diensten answer ({@code {"so": "...", "sw": "..."}}). */
    static final String VERVOLG_PER_DIENST = "vervolgPerDienst";
    /** Per adviespunt in the reactie form: fields {@code standpunt<n>} and {@code motivering<n>}, n from 1. */
    public static final String STANDPUNT = "standpunt";
    public static final String MOTIVERING = "motivering";
    static final String AANTAL_PUNTEN = "aantalPunten";
    public static final String VERVOLG = "vervolg";
    static final String AUTEUR = "auteur";
    static final String BEOORDELAAR = "beoordelaar";
    public static final String AKKOORD = "akkoord";
    public static final String OPMERKINGEN = "opmerkingen";
    static final String ANTWOORD = InformatieverzoekVariabelen.ANTWOORD;

    // verlenging and end
    static final String VERLENGD = "verlengd";
    static final String VERLENGING_REDEN = "verlengingReden";
    static final String NIEUWE_REACTIE_DATUM = "nieuweReactieDatum";
    static final String VERLENGD_DOOR = "verlengdDoor";
    public static final String VERSTUURD_OP = "verstuurdOp";
    public static final String OP_TIJD = "opTijd";

    static final java.util.Set<String> STANDPUNTEN =
            java.util.Set.of("overgenomen", "deels-overgenomen", "niet-overgenomen", "nader-onderzoek");

    private AdviesVariabelen() {
    }
}
