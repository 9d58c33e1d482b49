package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.Set;

/**
 * The contract of process {@code opschortingsherinnering} (bpmn/opschortingsherinnering.bpmn, issue 22 item 3): a case
 * paused without a question ({@link Wachten}) reminds whoever paused it, on the expected date, to resume it or to set a
 * new expected date. The instance carries the case's number as business key.
 */
public final class OpschortingsherinneringVariabelen {

    public static final String PROCES = "opschortingsherinnering";

    /** On the expected date, while the case still waits: resume, or a new expected date. */
    public static final String TAAK_BESLISSEN = "Task_OpschortingVerlopen";

    // start variables (written by zaak/Wachten)
    /** The moment of the reminder: 09:00 on the expected date. */
    public static final String VERWACHT_EINDE = "verwachtEinde";
    public static final String VERWACHT_EINDE_TEKST = "verwachtEindeTekst";
    public static final String OPGESCHORT_DOOR = "opgeschortDoor";
    public static final String WIJK = "wijk";
    public static final String ONDERWERP = "onderwerp";
    public static final String REDEN = "opschortingReden";

    // the decision (form opschortingsherinnering-beslissen)
    public static final String BESLUIT = "opschortingBesluit";
    public static final String VERWACHTE_DATUM = "verwachteDatum";
    static final Set<String> BESLUITEN = Set.of("hervatten", "nieuweDatum");

    private OpschortingsherinneringVariabelen() {
    }
}
