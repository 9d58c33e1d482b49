package nl.utrecht.wijkgerichtwerken.advies;

/**
 * The contract of process {@code adviesaanvraag} (bpmn/adviesaanvraag.bpmn, issue 21): a dienst or the wijkbureau
 * asks a wijkplatform for advice; the platform accepts or declines on its public page, and an accepted request is
 * answered by an advice case ({@code wijkplatform-advies}) that carries the question. Its key, task and message ids
 * and variable names, in one place; what other packages need is public.
 */
public final class AdviesaanvraagVariabelen {

    public static final String PROCES = "adviesaanvraag";
    public static final String PREFIX = "AAV";

    /** The platform's answer: no candidate group, completed by the public page or API only. */
    public static final String TAAK_BEANTWOORDEN = "Task_AanvraagBeantwoorden";
    /** Waits for the advice case that answers the accepted request. */
    public static final String BERICHT_ADVIES_ONTVANGEN = "Bericht_AdviesOntvangen";

    // start (forms/adviesaanvraag-start.form)
    public static final String WIJK = AdviesVariabelen.WIJK;
    public static final String WIJKPLATFORM = AdviesVariabelen.WIJKPLATFORM;
    public static final String PLATFORM_EMAIL = "platformEmail";
    /** The asking dienst; empty when the wijkbureau asks. */
    public static final String DIENST = AdviesVariabelen.DIENST;
    public static final String VRAAG = "vraag";
    public static final String ACHTERGROND = "achtergrond";
    public static final String GEWENST_VOOR = "gewenstVoor";
    public static final String WAT_GEBEURT_ERMEE = "watGebeurtErmee";

    // written by the start rules
    public static final String ONDERWERP = AdviesVariabelen.ONDERWERP;
    /** The official who asked (the start's initiator). */
    public static final String AANGEVRAAGD_DOOR = "aangevraagdDoor";
    static final String GEWENST_VOOR_TEKST = "gewenstVoorTekst";
    /** The platform's link to its page, with the secret token (of which the case keeps the hash). */
    static final String AANVRAAG_URL = "aanvraagUrl";

    // the platform's answer and the end
    public static final String BESLUIT = "besluit";
    public static final String REDEN = "reden";
    public static final String AANVAARD = "aanvaard";
    public static final String AFGEWEZEN = "afgewezen";
    /** How the request ended: aanvaard (while the advice is awaited), afgewezen, niet beantwoord, advies ontvangen. */
    public static final String UITKOMST = "uitkomst";
    /** On the request: the number of the advice case that answered it. */
    public static final String ADVIES_ZAAK = "adviesZaak";

    // on the advice case that answers an accepted request (advies/AdviesStartRegels)
    /** The request's number; in a public submission together with {@link #ADVIESAANVRAAG_SLEUTEL}. */
    public static final String ADVIESAANVRAAG = "adviesaanvraag";
    /** Input only: the token of the request's link, never kept. */
    public static final String ADVIESAANVRAAG_SLEUTEL = "adviesaanvraagToken";
    public static final String AANVRAAG_VRAAG = "aanvraagVraag";
    public static final String AANVRAAG_ACHTERGROND = "aanvraagAchtergrond";
    public static final String AANVRAAG_WAT_GEBEURT_ERMEE = "aanvraagWatGebeurtErmee";

    private AdviesaanvraagVariabelen() {
    }
}
