package nl.utrecht.wijkgerichtwerken.advies;

/**
 * The contract of process {@code informatieverzoek} (bpmn/informatieverzoek.bpmn): its key, task ids and the
 * variable names of its own; the start fields it shares with the advice ({@code wijkplatform}, {@code wijk},
 * {@code onderwerp}, {@code contactEmail}, {@code dienst}, {@code reactieDatum}) are those of {@link AdviesVariabelen}.
 */
public final class InformatieverzoekVariabelen {

    public static final String PROCES = "informatieverzoek";
    public static final String PREFIX = "INF";

    // user tasks
    public static final String TAAK_DOORSTUREN = "Task_VerzoekDoorsturen";
    public static final String TAAK_VERSTREKKEN = "Task_InformatieVerstrekken";

    public static final String VRAAG = "vraag";
    public static final String ANTWOORD = "antwoord";

    private InformatieverzoekVariabelen() {
    }
}
