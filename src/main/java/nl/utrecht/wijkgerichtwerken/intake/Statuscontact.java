package nl.utrecht.wijkgerichtwerken.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * Who has the case and whom the resident contacts, for the status page: the dienst(en) by name, and the contact
 * person: for an initiative its fixed contact person once personal contact was made (name, the municipality's number
 * to ask for him, his work address), otherwise the wijkbureau of the case's wijk.
 */
@Component
class Statuscontact {

    /** The municipality's number; the resident asks for his contact person or wijkbureau. */
    static final String TELEFOON = "14 030";

    /** {@code persoon}: a named contact person (else the wijkbureau); {@code email}: his address, when known. */
    record Contact(String naam, boolean persoon, String telefoon, String email) {
    }

    private final Organisatie organisatie;
    private final IdentityService identityService;

    Statuscontact(Organisatie organisatie, IdentityService identityService) {
        this.organisatie = organisatie;
        this.identityService = identityService;
    }

    /**
     * The names of the diensten that have the case, the responsible one first: an advice routed over several diensten
     * records all of them (issue 19, under the escalation's name for the list); else the one dienst; none yet: empty.
     */
    List<String> diensten(Map<String, Object> variabelen) {
        Set<String> ids = new LinkedHashSet<>();
        if (variabelen.get(AdviesVariabelen.DIENST) instanceof String dienst && !dienst.isBlank()) {
            ids.add(dienst);
        }
        ids.addAll(Invoercontrole.lijst(variabelen.get(EscalatieVariabelen.DIENSTEN)));
        return ids.stream().map(organisatie::dienstNaam).toList();
    }

    Contact van(HistoricProcessInstance zaak, Map<String, Object> variabelen) {
        if (InitiatiefVariabelen.PROCES.equals(zaak.getProcessDefinitionKey())
                && variabelen.get(InitiatiefVariabelen.CONTACTPERSOON_NAAM) instanceof String naam) {
            User persoon = variabelen.get(InitiatiefVariabelen.CONTACTPERSOON) instanceof String id
                    ? identityService.createUserQuery().userId(id).singleResult() : null;
            String email = persoon == null || persoon.getEmail() == null || persoon.getEmail().isBlank() ? null : persoon.getEmail();
            return new Contact(naam, true, TELEFOON, email);
        }
        Object wijk = variabelen.get(AdviesVariabelen.WIJK);
        return new Contact("Wijkbureau " + organisatie.wijkNaam(wijk == null ? null : wijk.toString()), false, TELEFOON, null);
    }

    /** "A", "A en B", "A, B en C". */
    static String opsomming(List<String> namen) {
        if (namen.size() == 1) {
            return namen.get(0);
        }
        List<String> begin = new ArrayList<>(namen.subList(0, namen.size() - 1));
        return String.join(", ", begin) + " en " + namen.get(namen.size() - 1);
    }
}
