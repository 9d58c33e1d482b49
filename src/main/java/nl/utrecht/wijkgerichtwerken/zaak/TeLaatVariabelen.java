package nl.utrecht.wijkgerichtwerken.zaak;

/**
 * The contract of "late is told" (issue 21 item 4, issue 20 item 6): what {@link TeLaatMelden} (the delegate of
 * Task_TeLaatMelden in bpmn/wijkplatform-advies.bpmn and bpmn/informatieverzoek.bpmn) writes on a case whose reactie or
 * answer passed its term, and the mails it starts.
 */
public final class TeLaatVariabelen {

    /** The delegate expression of Task_TeLaatMelden. */
    public static final String DELEGATE = "teLaatMelden";

    /**
     * The rule for the new expected date: the passed term plus this many werkdagen (the informatieverzoek's own term;
     * a third of the advice term), at the same time of day.
     */
    public static final int WERKDAGEN_NA_TERMIJN = 10;

    /** On the case: the date the submitter is now told to expect the reactie or answer (shown on the status page). */
    public static final String NIEUWE_VERWACHTE_DATUM = "nieuweVerwachteDatum";
    public static final String NIEUWE_VERWACHTE_DATUM_TEKST = "nieuweVerwachteDatumTekst";

    /** Mail to the platform / submitter: late, with the new expected date. */
    public static final String SJABLOON_INDIENER = "te-laat-indiener";
    /** Mail to the wijk's wijkregisseur(s): late or stalled, with a link to the case and the escalation it offers. */
    public static final String SJABLOON_WIJKREGISSEUR = "te-laat-wijkregisseur";

    // template fields
    public static final String OUDE_DATUM_TEKST = "oudeDatumTekst";
    public static final String WAT = "wat";
    public static final String REDEN = "reden";
    public static final String DIENST_NAAM = "dienstNaam";
    /** Set when a linked escalation is already being started (a stalled initiative whose contact person asked for it). */
    public static final String ESCALATIE_GEVRAAGD = "escalatieGevraagd";

    private TeLaatVariabelen() {
    }
}
