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

    // afspraken over het vervolg and follow-through (issue 21 items 2 and 3)
    /** A change of the afspraken, asked from the case file ({@code AfsprakenApi}), with its reason. */
    static final String BERICHT_AFSPRAKEN_GEWIJZIGD = "advies-afspraken-gewijzigd";
    static final String AFSPRAKEN_REDEN = "afsprakenReden";
    /** The follow-up items on the case: JSON, one entry per item ({@link Vervolgpunten}). */
    public static final String VERVOLGPUNTEN = "vervolgpunten";
    static final String AANTAL_VERVOLGPUNTEN = "aantalVervolgpunten";
    /** One task per item (an instance of SubProcess_Vervolgpunt) for the vakafdeling of the item's dienst. */
    public static final String TAAK_VERVOLG = "Task_VervolgRapporteren";
    /**
     * The instance's item: the element variable (the adviespunt's number) and, local to the instance, its fields; its
     * dienst is the instance's own {@link #DIENST}, as on the per-dienst reactie tasks (Tasklist, dashboard).
     */
    static final String VERVOLGPUNT = "vervolgpunt";
    static final String VERVOLGPUNT_NUMMER = "vervolgpuntNummer";
    static final String VERVOLG_ADVIESPUNT = "vervolgAdviespunt";
    static final String VERVOLG_DIENST_NAAM = "vervolgDienstNaam";
    static final String VERVOLG_STANDPUNT = "vervolgStandpunt";
    static final String VERVOLG_DATUM = "vervolgDatum";
    /** The report's fields: what was done (gedaan, deels, niet-gedaan) and the terugkoppeling for the platform. */
    public static final String UITVOERING = "uitvoering";
    static final String UITVOERING_LABEL = "uitvoeringLabel";
    public static final String TERUGKOPPELING = "terugkoppeling";
    /** The wijkbureau closes an item with a reason, asked from the case file ({@code VervolgpuntSluitenApi}). */
    static final String BERICHT_VERVOLGPUNT_SLUITEN = "advies-vervolgpunt-sluiten";
    static final String SLUITREDEN = "sluitreden";

    static final java.util.Set<String> STANDPUNTEN =
            java.util.Set.of("overgenomen", "deels-overgenomen", "niet-overgenomen", "nader-onderzoek");

    private AdviesVariabelen() {
    }
}
