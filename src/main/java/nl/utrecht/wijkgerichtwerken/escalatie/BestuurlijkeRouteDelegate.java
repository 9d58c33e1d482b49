package nl.utrecht.wijkgerichtwerken.escalatie;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The wijkregisseur took the case to the bestuur from the case file ({@link BestuurlijkApi}): the rung becomes
 * {@code bestuurlijk}; the route, the reason and who chose came with the message.
 */
@Component("escalatieBestuurlijkeRoute")
class BestuurlijkeRouteDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Niveau.BESTUURLIJK.zetOp(execution);
    }
}
