package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen.*;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Issue 21: on an advice that answers a request for advice, the request as the case file shows it (also beside the
 * registration task): its number, question, background and what will be done with the advice; null on any other case.
 */
final class Gevraagdadvies {

    private Gevraagdadvies() {
    }

    static Map<String, Object> van(Map<String, Object> variabelen) {
        if (!(variabelen.get(ADVIESAANVRAAG) instanceof String nummer) || variabelen.get(AANVRAAG_VRAAG) == null) {
            return null;
        }
        Map<String, Object> aanvraag = new LinkedHashMap<>();
        aanvraag.put("nummer", nummer);
        aanvraag.put("vraag", variabelen.get(AANVRAAG_VRAAG));
        aanvraag.put("achtergrond", variabelen.get(AANVRAAG_ACHTERGROND));
        aanvraag.put("watGebeurtErmee", variabelen.get(AANVRAAG_WAT_GEBEURT_ERMEE));
        return aanvraag;
    }
}
