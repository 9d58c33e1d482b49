package nl.utrecht.wijkgerichtwerken.intake;

import java.util.Map;
import java.util.Set;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.InformatieverzoekVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;

/**
 * The one place where a process's steps become the phases a resident reads on his status page (issue 21 item 6):
 * ontvangen, in behandeling bij de dienst, reactie/antwoord/besluit verstuurd, and vervolg where the case has one. Each
 * phase is reached once, at the first moment one of its marks happened; the ids come from the processes' contracts.
 * An activity that is not named here (the review loop, a reminder, an extension) never shows.
 */
final class Fasenkaart {

    /**
     * When a phase is reached: the first start of one of {@code gestart}, the first end of one of {@code beeindigd},
     * or the date in the case's variable {@code datum}. {@link #NOOIT}: the process has no such phase.
     */
    record Mijlpaal(Set<String> gestart, Set<String> beeindigd, String datum) {
        static final Mijlpaal NOOIT = new Mijlpaal(Set.of(), Set.of(), null);

        static Mijlpaal gestart(String... activiteiten) {
            return new Mijlpaal(Set.of(activiteiten), Set.of(), null);
        }

        static Mijlpaal beeindigd(String... activiteiten) {
            return new Mijlpaal(Set.of(), Set.of(activiteiten), null);
        }

        static Mijlpaal datum(String variabele) {
            return new Mijlpaal(Set.of(), Set.of(), variabele);
        }
    }

    /**
     * The phases of one process in order; the first, ontvangen, is reached when the case starts. {@code wat}: what was
     * sent, as the page says it ("Onze reactie"). Vervolg is reached at its mijlpaal, or when it was sent if then the
     * case's variable {@code vervolgVariabele} holds one of {@code vervolgBij} (a "ja" leads to check-ins).
     */
    record Kaart(String ontvangen, Mijlpaal inBehandeling, String verstuurd, String wat, Mijlpaal verstuurdOp,
            Mijlpaal vervolg, String vervolgVariabele, Set<String> vervolgBij) {
    }

    static final String IN_BEHANDELING = "In behandeling bij ";
    static final String VERVOLG = "Vervolg";
    /** Before a dienst has the case (the wijkbureau reads it first). */
    static final String NOG_GEEN_DIENST = "een dienst van de gemeente";

    private static final Map<String, Kaart> KAARTEN = Map.of(
            AdviesVariabelen.PROCES_ADVIES, new Kaart("Advies ontvangen",
                    Mijlpaal.gestart(AdviesVariabelen.TAAK_REACTIE), "Reactie verstuurd", "Onze reactie",
                    Mijlpaal.datum(AdviesVariabelen.VERSTUURD_OP), Mijlpaal.gestart(AdviesVariabelen.TAAK_VERVOLG), null,
                    Set.of()),
            InformatieverzoekVariabelen.PROCES, new Kaart("Informatieverzoek ontvangen",
                    Mijlpaal.gestart(InformatieverzoekVariabelen.TAAK_VERSTREKKEN), "Antwoord verstuurd", "Ons antwoord",
                    Mijlpaal.datum(AdviesVariabelen.VERSTUURD_OP), Mijlpaal.NOOIT, null, Set.of()),
            InitiatiefVariabelen.PROCES, new Kaart("Initiatief ontvangen",
                    Mijlpaal.gestart(InitiatiefVariabelen.TAAK_ACCEPTEREN), "Besluit verstuurd", "Ons besluit",
                    Mijlpaal.beeindigd(InitiatiefVariabelen.TAAK_BESLUIT),
                    Mijlpaal.gestart(InitiatiefVariabelen.TAAK_CHECK_IN, InitiatiefVariabelen.TAAK_EVALUATIE),
                    InitiatiefVariabelen.BESLUIT, Set.of("ja", "ja-mits")));

    private Fasenkaart() {
    }

    /** The map of a case's process; null for a process without a status page. */
    static Kaart van(String proces) {
        return KAARTEN.get(proces);
    }
}
