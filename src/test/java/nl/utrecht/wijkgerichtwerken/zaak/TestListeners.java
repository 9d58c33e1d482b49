package nl.utrecht.wijkgerichtwerken.zaak;

import org.camunda.bpm.engine.delegate.TaskListener;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/** The shared task listener for engine-alone process tests. */
public final class TestListeners {

    private TestListeners() {
    }

    public static TaskListener zaakTaak(Werkdagen werkdagen, Organisatie organisatie) {
        return new ZaakTaakListener(werkdagen, organisatie);
    }
}
