package nl.utrecht.wijkgerichtwerken.organisatie;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * Candidate groups of user tasks, used in BPMN as {@code ${groepen.wijkbureau(wijk)}}: exactly one group
 * id from a configured wijk or dienst slug. A value that is not a configured slug (e.g. {@code
 * "oost,vakafdeling-so"}, which Camunda would split into two groups) is refused, so no variable can add a
 * group to a task.
 */
@Component("groepen")
public class Kandidaatgroepen {

    /** The groups a decision table may hand the initiatievenfonds to. */
    static final Set<String> BESLISSERS = Set.of(Groepen.WIJKREGISSEUR, Groepen.WIJKGARAGE, Groepen.ALGEMEEN_DIRECTEUR);

    private final Organisatie organisatie;

    public Kandidaatgroepen(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    public String wijkbureau(Object wijk) {
        return Groepen.wijkbureau(wijk(wijk));
    }

    public String vakafdeling(Object dienst) {
        return Groepen.vakafdeling(dienst(dienst));
    }

    public String dienstdirecteur(Object dienst) {
        return Groepen.dienstdirecteur(dienst(dienst));
    }

    /** One of the fixed groups that may assess an initiatievenfonds request. */
    public String beslisser(Object groep) {
        if (groep instanceof String id && BESLISSERS.contains(id)) {
            return id;
        }
        throw weiger("Beslisser", groep, "is geen groep die over het initiatievenfonds beslist");
    }

    /** A configured wijk slug, else refused. */
    public String wijk(Object wijk) {
        if (wijk instanceof String slug && organisatie.isWijk(slug)) {
            return slug;
        }
        throw weiger("Wijk", wijk, "is geen bekende wijk");
    }

    private String dienst(Object dienst) {
        if (dienst instanceof String slug && organisatie.isDienst(slug)) {
            return slug;
        }
        throw weiger("Dienst", dienst, "is geen bekende dienst");
    }

    private static OngeldigeInvoerException weiger(String veld, Object waarde, String melding) {
        return new OngeldigeInvoerException("De taak is niet aangemaakt.",
                List.of(new OngeldigeInvoerException.Veldfout(veld, "'" + waarde + "' " + melding)));
    }
}
