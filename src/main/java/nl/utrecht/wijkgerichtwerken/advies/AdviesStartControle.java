package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.zaak.Startvariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Statuslinks;
import nl.utrecht.wijkgerichtwerken.zaak.Zaaknummers;

/** Start listener of {@code wijkplatform-advies}: checks, numbers (ADV-…) and starts the clock. */
@Component("adviesStartControle")
class AdviesStartControle implements ExecutionListener {

    private final AdviesStartRegels regels;
    private final Zaaknummers zaaknummers;
    private final Statuslinks statuslinks;
    private final AdviesTermijnen termijnen;

    AdviesStartControle(AdviesStartRegels regels, Zaaknummers zaaknummers, AdviesTermijnen termijnen, Statuslinks statuslinks) {
        this.statuslinks = statuslinks;
        this.regels = regels;
        this.zaaknummers = zaaknummers;
        this.termijnen = termijnen;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, Object> start = new LinkedHashMap<>(regels.advies(execution.getVariables(),
                Gebruiker.huidige(execution.getProcessEngineServices())));
        start.put(VERLENGD, false);
        Startvariabelen.alleen(execution, start);
        termijnen.start(execution, PROCES_ADVIES);
        execution.setProcessBusinessKey(zaaknummers.volgende(PREFIX_ADVIES));
        statuslinks.maak(execution);
        Adviesaanvraagkoppeling.koppel(execution);
    }
}
