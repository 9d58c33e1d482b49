package nl.utrecht.wijkgerichtwerken.notificatie;

/** Process key, activity ids and variable names of {@code melding} (bpmn/melding.bpmn), in one place. */
public final class MeldingVariabelen {

    public static final String PROCES = "melding";
    public static final String TAAK_VERSTUREN = "Task_MeldingVersturen";

    /** The mail template under {@code templates/mail/} (local input parameter of a case's mail step, and melding variable). */
    public static final String SJABLOON = "sjabloon";
    /** The recipients: addresses, {@code gebruiker:<id>} or {@code groep:<id>}, comma separated. */
    public static final String AAN = "aan";
    /** Optional: the step the outsider's status page shows once this mail has gone (e.g. "Bericht verstuurd"). */
    public static final String STATUSSTAP = "statusstap";
    /** The process definition key of the case that caused the mail. */
    public static final String ZAAKPROCES = "zaakproces";

    private MeldingVariabelen() {
    }
}
