package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.Set;

/**
 * The contract of process {@code aanvullingsverzoek} (bpmn/aanvullingsverzoek.bpmn, issue 22): an official asks the
 * submitter of an advice, information request or initiative for more information; the case's clock stands still
 * ({@link Opschorting}) until the answer comes, or until the official decides, after the reply term, to go on without
 * it or to close the case. The instance carries the case's number as business key. Besides, the names the kernel
 * writes on the case itself while it is paused ({@link #OPGESCHORT}, {@link #AANVULLING}).
 */
public final class AanvullingsverzoekVariabelen {

    public static final String PROCES = "aanvullingsverzoek";

    /** After the reply term without an answer: go on without it, or close the case with a reason. */
    public static final String TAAK_BESLISSEN = "Task_GeenAanvullingBeslissen";
    /** The message the submitter's answer correlates (bpmn message name). */
    public static final String BERICHT_AANVULLING = "AanvullingOntvangen";

    // the request (start variables, written by zaak/Aanvullingsverzoeken)
    public static final String VRAAG = "aanvullingVraag";
    public static final String ANTWOORD_TERMIJN = "antwoordTermijn";
    public static final String ANTWOORD_TERMIJN_TEKST = "antwoordTermijnTekst";
    public static final String AANGEVRAAGD_DOOR = "aangevraagdDoor";
    public static final String WIJK = "wijk";
    public static final String CONTACT_EMAIL = "contactEmail";
    /** How the mails greet the submitter (contact name, wijkplatform or initiatiefnemer). */
    public static final String AANHEF = "aanhef";
    public static final String ONDERWERP = "onderwerp";
    public static final String STATUS_URL = Statuslinks.STATUS_URL;

    // the outcome
    /** The submitter's answer: message variable, and on the case the latest answer (written by the system only). */
    public static final String AANVULLING = "aanvulling";
    /** The official's decision after the reply term: {@code verder} or {@code sluiten}. */
    public static final String BESLUIT = "aanvullingBesluit";
    public static final String SLUIT_REDEN = "sluitReden";
    static final Set<String> BESLUITEN = Set.of("verder", "sluiten");
    /** Whether the case was still open when the pause ended (else no mail with a new date). */
    public static final String ZAAK_OPEN = "zaakOpen";
    /** The promised date after the resume, for the mail. */
    public static final String NIEUWE_DATUM_TEKST = "nieuweDatumTekst";

    /** On the case: {@code true} while its clock stands still (Tasklist filter "Opgeschort"). */
    public static final String OPGESCHORT = "opgeschort";

    private AanvullingsverzoekVariabelen() {
    }
}
