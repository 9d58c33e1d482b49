package nl.utrecht.wijkgerichtwerken.initiatief;

import java.util.List;
import java.util.Set;

/** Process key and variable names of {@code initiatief} (bpmn/initiatief.bpmn), in one place. */
final class InitiatiefVariabelen {

    static final String PROCES = "initiatief";
    static final String ZAAKNUMMER_PREFIX = "INI";
    static final String TAAK_CONTACT = "Task_ContactLeggen";
    static final String TAAK_WEGEN = "Task_InitiatiefWegen";

    // start (DESIGN §5.4)
    static final String TITEL = "titel";
    static final String BESCHRIJVING = "beschrijving";
    static final String WIJK = "wijk";
    static final String BUURT = "buurt";
    static final String INITIATIEFNEMER = "initiatiefnemer";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String CONTACT_TELEFOON = "contactTelefoon";
    static final String KANAAL = "kanaal";
    static final String HULP_GEVRAAGD = "hulpGevraagd";
    static final String GEVRAAGD_BEDRAG = "gevraagdBedrag";
    /** The official who registered it (the start's initiator); none for a public submission. */
    static final String GEREGISTREERD_DOOR = "geregistreerdDoor";

    // timeline
    static final String CONTACT_DATUM = "contactDatum";
    static final String BESLUIT_DATUM = "besluitDatum";
    static final String CONTACT_DATUM_TEKST = "contactDatumTekst";
    static final String BESLUIT_DATUM_TEKST = "besluitDatumTekst";

    // handling
    static final String CONTACTPERSOON = "contactpersoon";
    static final String CONTACTPERSOON_NAAM = "contactpersoonNaam";
    static final String CONTACT_VERSLAG = "contactVerslag";
    static final String WIJKREGISSEUR = "wijkregisseur";
    static final String DIENT_WIJKAMBITIE = "dientWijkambitie";
    static final String NAAR_WIJKMANAGEMENTOVERLEG = "naarWijkmanagementoverleg";
    static final String SAMENWERKINGSVORM = "samenwerkingsvorm";
    static final String DIENST = "dienst";
    static final String GEACCEPTEERD = "geaccepteerd";
    static final String REDEN_TERUGSTUREN = "redenTerugsturen";
    static final String AANTAL_KEER_TERUGGESTUURD = "aantalKeerTeruggestuurd";
    static final String TOEGEKEND_BEDRAG = "toegekendBedrag";
    static final String FONDS_TOELICHTING = "fondsToelichting";
    static final String BESLUIT = "besluit";
    static final String MOTIVERING = "motivering";
    static final String VOORWAARDEN = "voorwaarden";
    static final String BEL_VERSLAG = "belVerslag";
    static final String VOORTGANG = "voortgang";
    static final String CHECK_IN_VERSLAG = "checkInVerslag";
    static final String ESCALEREN = "escaleren";
    static final String ESCALATIE = "escalatie";
    static final String EVALUATIE_SCORE = "evaluatieScore";
    static final String EVALUATIE_TOELICHTING = "evaluatieToelichting";

    static final Set<String> KANALEN = Set.of("online", "wijkbureau", "telefoon");
    static final Set<String> HULP = Set.of("geld", "faciliteiten", "kennis", "vergunning", "netwerk", "ruimte");
    static final List<String> KOMPAS = List.of("besluitGemeenteNodig", "eigenaarschapMogelijk", "allesOverlaten",
            "ondersteuningNodigEnGeld", "gemeenteDeelEigenaarschap", "eigenaarschapLatenGroeien", "verderOnderzoeken",
            "eerstVerhelderen", "bestuurlijkeRuimte", "representatieveGroep");
    static final int MIN_MOTIVERING = 30;

    private InitiatiefVariabelen() {
    }
}
