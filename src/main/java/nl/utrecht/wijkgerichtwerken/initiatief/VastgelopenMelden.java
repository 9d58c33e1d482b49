package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.notificatie.Medewerkermelding;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.TeLaatVariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Wijkregisseurs;

/**
 * Complete listener of Task_CheckIn ({@code ${initiatiefVastgelopenMelden}}, after the check-in's own control): when the
 * contact person reports that the initiative stalls, the wijkregisseur(s) of its wijk are told (issue 20 item 6), with a
 * link to the case, where they can start the linked escalation if the contact person did not already ask for it.
 */
@Component("initiatiefVastgelopenMelden")
class VastgelopenMelden implements TaskListener {

    private final Medewerkermelding melding;
    private final Wijkregisseurs wijkregisseurs;
    private final Organisatie organisatie;

    VastgelopenMelden(Medewerkermelding melding, Wijkregisseurs wijkregisseurs, Organisatie organisatie) {
        this.melding = melding;
        this.wijkregisseurs = wijkregisseurs;
        this.organisatie = organisatie;
    }

    @Override
    public void notify(DelegateTask taak) {
        if (!"vastgelopen".equals(taak.getVariable(VOORTGANG))) {
            return;
        }
        boolean escaleren = Boolean.TRUE.equals(taak.getVariable(ESCALEREN));
        Map<String, Object> velden = new HashMap<>();
        velden.put("onderwerp", taak.getVariable(TITEL));
        Object dienst = taak.getVariable(DIENST);
        velden.put(TeLaatVariabelen.DIENST_NAAM, dienst == null ? "nog geen dienst" : organisatie.dienstNaam(dienst.toString()));
        velden.put(TeLaatVariabelen.REDEN, "Bij de check-in is gemeld dat dit initiatief vastloopt binnen de gemeente:\n"
                + taak.getVariable(CHECK_IN_VERSLAG));
        if (escaleren) {
            velden.put(TeLaatVariabelen.ESCALATIE_GEVRAAGD, true);
        }
        String wijk = (String) taak.getVariable(WIJK);
        melding.start(taak.getExecution().getProcessBusinessKey(), PROCES, TeLaatVariabelen.SJABLOON_WIJKREGISSEUR,
                wijkregisseurs.van(wijk).stream().map(id -> "gebruiker:" + id).toList(), velden);
    }
}
