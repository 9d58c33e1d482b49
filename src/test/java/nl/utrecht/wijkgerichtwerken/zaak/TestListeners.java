package nl.utrecht.wijkgerichtwerken.zaak;

import org.camunda.bpm.engine.delegate.TaskListener;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/** The shared task listener for engine-alone process tests. */
public final class TestListeners {

    private TestListeners() {
    }

    public static TaskListener zaakTaak(Werkdagen werkdagen, Organisatie organisatie) {
        // no case pauses in an engine-alone test (the kernel's opschorting needs the application's tables)
        return new ZaakTaakListener(werkdagen, organisatie, null, null);
    }

    /** The shared start of a linked escalation (initiatief, and the case file's action "Escaleren"). */
    public static GekoppeldeEscalatie gekoppeldeEscalatie(org.camunda.bpm.engine.ProcessEngine engine) {
        return new GekoppeldeEscalatie(engine);
    }
}
