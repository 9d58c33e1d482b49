package nl.utrecht.wijkgerichtwerken.initiatief;

import java.util.List;
import java.util.Set;

/**
 * The contract of process {@code initiatief} (bpmn/initiatief.bpmn): its key, task ids and variable names, in one
 * place. What other packages need is public; zaak/ProcescontractenTest checks every public name against the BPMN
 * and the forms.
 */
public final class InitiatiefVariabelen {

    public static final String PROCES = "initiatief";
    public static final String ZAAKNUMMER_PREFIX = "INI";

    // user tasks
    public static final String TAAK_CONTACT = "Task_ContactLeggen";
    public static final String TAAK_WEGEN = "Task_InitiatiefWegen";
    public static final String TAAK_ACCEPTEREN = "Task_InitiatiefAccepteren";
    public static final String TAAK_BESLUIT = "Task_BesluitNemen";
    /** The initiatiefnemer's evaluation, which the status page asks for. */
    public static final String TAAK_EVALUATIE = "Task_EvaluatieVastleggen";
    /** A check-in while a granted initiative runs (the status page's phase "Vervolg"). */
    public static final String TAAK_CHECK_IN = "Task_CheckIn";

    // start (DESIGN §5.4)
    public static final String TITEL = "titel";
    public static final String BESCHRIJVING = "beschrijving";
    public static final String WIJK = "wijk";
    public static final String BUURT = "buurt";
    public static final String INITIATIEFNEMER = "initiatiefnemer";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_TELEFOON = "contactTelefoon";
    static final String KANAAL = "kanaal";
    public static final String HULP_GEVRAAGD = "hulpGevraagd";
    public static final String GEVRAAGD_BEDRAG = "gevraagdBedrag";
    /** The two above as the forms show them: "geld en kennis", "€ 2.500" (written by the start rules). */
    static final String HULP_GEVRAAGD_TEKST = "hulpGevraagdTekst";
    static final String GEVRAAGD_BEDRAG_TEKST = "gevraagdBedragTekst";
    /** The official who registered it (the start's initiator); none for a public submission. */
    static final String GEREGISTREERD_DOOR = "geregistreerdDoor";

    // timeline
    public static final String CONTACT_DATUM = "contactDatum";
    public static final String BESLUIT_DATUM = "besluitDatum";
    public static final String CONTACT_DATUM_TEKST = "contactDatumTekst";
    public static final String BESLUIT_DATUM_TEKST = "besluitDatumTekst";

    // handling
    /** The fixed contact person (user id) and his name as shown (forms, mails, status page). */
    public static final String CONTACTPERSOON = "contactpersoon";
    public static final String CONTACTPERSOON_NAAM = "contactpersoonNaam";
    public static final String CONTACT_VERSLAG = "contactVerslag";
    static final String WIJKREGISSEUR = "wijkregisseur";
    static final String DIENT_WIJKAMBITIE = "dientWijkambitie";
    static final String NAAR_WIJKMANAGEMENTOVERLEG = "naarWijkmanagementoverleg";
    static final String SAMENWERKINGSVORM = "samenwerkingsvorm";
    /** The decision table's outcome, and the wijkregisseur's choice after it (the outcome or another form, with why). */
    static final String KOMPAS_UITKOMST = "kompasUitkomst";
    static final String KOMPAS_UITKOMST_NAAM = "kompasUitkomstNaam";
    static final String SAMENWERKINGSVORM_KEUZE = "samenwerkingsvormKeuze";
    static final String ANDERE_SAMENWERKINGSVORM = "andereSamenwerkingsvorm";
    static final String SAMENWERKINGSVORM_TOELICHTING = "samenwerkingsvormToelichting";
    /** The form that holds, for people: "Overheidsparticipatie" and what it means (forms, mail, status page). */
    public static final String SAMENWERKINGSVORM_NAAM = "samenwerkingsvormNaam";
    public static final String SAMENWERKINGSVORM_BETEKENIS = "samenwerkingsvormBetekenis";
    public static final String DIENST = "dienst";
    public static final String GEACCEPTEERD = "geaccepteerd";
    public static final String REDEN_TERUGSTUREN = "redenTerugsturen";
    static final String AANTAL_KEER_TERUGGESTUURD = "aantalKeerTeruggestuurd";
    static final String TOEGEKEND_BEDRAG = "toegekendBedrag";
    static final String TOEGEKEND_BEDRAG_TEKST = "toegekendBedragTekst";
    static final String FONDS_TOELICHTING = "fondsToelichting";
    public static final String BESLUIT = "besluit";
    public static final String MOTIVERING = "motivering";
    public static final String VOORWAARDEN = "voorwaarden";
    static final String BEL_VERSLAG = "belVerslag";
    static final String VOORTGANG = "voortgang";
    static final String CHECK_IN_VERSLAG = "checkInVerslag";
    static final String ESCALEREN = "escaleren";
    public static final String ESCALATIE = "escalatie";
    public static final String EVALUATIE_SCORE = "evaluatieScore";
    public static final String EVALUATIE_TOELICHTING = "evaluatieToelichting";

    static final Set<String> KANALEN = Set.of("online", "wijkbureau", "telefoon");
    static final Set<String> HULP = Set.of("geld", "faciliteiten", "kennis", "vergunning", "netwerk", "ruimte");
    static final List<String> KOMPAS = List.of("besluitGemeenteNodig", "eigenaarschapMogelijk", "allesOverlaten",
            "ondersteuningNodigEnGeld", "gemeenteDeelEigenaarschap", "eigenaarschapLatenGroeien", "verderOnderzoeken",
            "eerstVerhelderen", "bestuurlijkeRuimte", "representatieveGroep");
    static final int MIN_MOTIVERING = 30;

    private InitiatiefVariabelen() {
    }
}
