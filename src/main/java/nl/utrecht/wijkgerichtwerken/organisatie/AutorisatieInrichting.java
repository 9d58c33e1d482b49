package nl.utrecht.wijkgerichtwerken.organisatie;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the group authorizations at startup; running it again adds only what is missing. */
@Component
class AutorisatieInrichting {

    private static final Logger LOG = LoggerFactory.getLogger(AutorisatieInrichting.class);

    private final AuthorizationService authorizationService;
    private final Autorisatieregels autorisatieregels;

    AutorisatieInrichting(AuthorizationService authorizationService, Autorisatieregels autorisatieregels) {
        this.authorizationService = authorizationService;
        this.autorisatieregels = autorisatieregels;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(20)
    void richtIn() {
        int gewijzigd = 0;
        for (Autorisatieregel regel : autorisatieregels.regels()) {
            if (pasToe(regel)) {
                gewijzigd++;
            }
        }
        LOG.info("Autorisaties ingericht: {} nieuw of aangevuld", gewijzigd);
    }

    private boolean pasToe(Autorisatieregel regel) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(regel.groep())
                .resourceType(regel.resource())
                .resourceId(regel.resourceId())
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(regel.groep());
            authorization.setResource(regel.resource());
            authorization.setResourceId(regel.resourceId());
        } else if (regel.permissies().stream().allMatch(authorization::isPermissionGranted)) {
            return false;
        }
        for (Permission permissie : regel.permissies()) {
            authorization.addPermission(permissie);
        }
        authorizationService.saveAuthorization(authorization);
        return true;
    }
}
