package nl.utrecht.wijkgerichtwerken.initiatief;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.mock.Mocks;

import nl.utrecht.wijkgerichtwerken.VerstuurdeMails;
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieTestMiddelen;
import nl.utrecht.wijkgerichtwerken.notificatie.NotificatieProperties;
import nl.utrecht.wijkgerichtwerken.organisatie.Kandidaatgroepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.organisatie.TestOrganisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.TermijnProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;
import nl.utrecht.wijkgerichtwerken.zaak.Statuslinks;
import nl.utrecht.wijkgerichtwerken.zaak.TestListeners;

/** The real initiatief delegates (and the escalatie ones, for the linked escalation) for engine-alone tests. */
final class InitiatiefTestMiddelen {

    final VerstuurdeMails mails = new VerstuurdeMails();

    InitiatiefTestMiddelen(ProcessEngine engine) {
        new EscalatieTestMiddelen(engine);
        TermijnProperties termijnen = new TermijnProperties();
        termijnen.setProcessen(Map.of(
                "initiatief", Map.of("contact", 5, "weging", 5, "acceptatie", 5, "fonds", 10, "besluit", 30,
                        "bellen", 2, "checkin", 5, "evaluatie", 10),
                "escalatie", Map.of("wijk", 10, "dienstdirecteur", 10, "wijkgarage", 10, "algemeen-directeur", 10,
                        "bestuurlijk", 20, "acuut", 3, "respijt", 3, "controle", 5)));
        Werkdagen werkdagen = new Werkdagen(termijnen);
        Organisatie organisatie = TestOrganisatie.organisatie();
        var zaaknummers = TestOrganisatie.zaaknummers(
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
        InitiatiefInstellingen instellingen = new InitiatiefInstellingen();
        IntakeControles intake = new IntakeControles();
        BesluitControles besluit = new BesluitControles();

        Mocks.register("initiatiefStartControle", new InitiatiefStartControle(new InitiatiefStartRegels(organisatie), zaaknummers, werkdagen,
                new Statuslinks(new NotificatieProperties())));
        Mocks.register("initiatiefInstellingen", instellingen);
        Mocks.register("initiatiefOntvangers", new InitiatiefOntvangers(new Kandidaatgroepen(organisatie)));
        Mocks.register("initiatiefContactControle", intake.initiatiefContactControle());
        Mocks.register("initiatiefWegingControle", intake.initiatiefWegingControle(organisatie));
        Mocks.register("samenwerkingsvormVastleggen", intake.samenwerkingsvormVastleggen());
        Mocks.register("initiatiefAcceptatieControle", intake.initiatiefAcceptatieControle());
        Mocks.register("initiatiefHerrouteringControle", intake.initiatiefHerrouteringControle(organisatie));
        Mocks.register("initiatiefFondsControle", besluit.initiatiefFondsControle());
        Mocks.register("initiatiefBesluitControle", besluit.initiatiefBesluitControle());
        Mocks.register("initiatiefBelControle", besluit.initiatiefBelControle());
        Mocks.register("initiatiefCheckInControle", besluit.initiatiefCheckInControle());
        Mocks.register("initiatiefEvaluatieControle", besluit.initiatiefEvaluatieControle());
        Mocks.register("initiatiefVastgelopenMelden", (org.camunda.bpm.engine.delegate.TaskListener) taak -> { });
        Mocks.register("initiatiefEscalatieStarten", new EscalatieStartenDelegate(TestListeners.gekoppeldeEscalatie(engine)));
        Mocks.register("werkdagen", werkdagen);
        Mocks.register("groepen", new Kandidaatgroepen(organisatie));
        Mocks.register("zaakTaak", TestListeners.zaakTaak(werkdagen, organisatie));
        Mocks.register("meldingStarten", mails);
    }
}
