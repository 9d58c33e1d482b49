package nl.utrecht.wijkgerichtwerken.organisatie;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the groups of DESIGN §3 at startup; existing groups are left alone (idempotent). */
@Component
class GroepenInrichting {

    private static final Logger LOG = LoggerFactory.getLogger(GroepenInrichting.class);

    private final IdentityService identityService;
    private final Organisatie organisatie;

    GroepenInrichting(IdentityService identityService, Organisatie organisatie) {
        this.identityService = identityService;
        this.organisatie = organisatie;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    void richtIn() {
        int nieuw = 0;
        for (Organisatie.Groep groep : organisatie.groepen()) {
            if (identityService.createGroupQuery().groupId(groep.id()).count() == 0) {
                Group g = identityService.newGroup(groep.id());
                g.setName(groep.naam());
                g.setType("WORKFLOW");
                identityService.saveGroup(g);
                nieuw++;
            }
        }
        LOG.info("Groepen ingericht: {} nieuw, {} in totaal", nieuw, organisatie.groepen().size());
    }
}
