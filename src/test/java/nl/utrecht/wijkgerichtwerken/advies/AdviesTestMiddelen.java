package nl.utrecht.wijkgerichtwerken.advies;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.mock.Mocks;

import nl.utrecht.wijkgerichtwerken.VerstuurdeMails;
import nl.utrecht.wijkgerichtwerken.notificatie.NotificatieProperties;
import nl.utrecht.wijkgerichtwerken.organisatie.Kandidaatgroepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.organisatie.TestOrganisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.TermijnProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;
import nl.utrecht.wijkgerichtwerken.zaak.Statuslinks;
import nl.utrecht.wijkgerichtwerken.zaak.TestListeners;

/** The real advies delegates and services for engine-alone tests. */
final class AdviesTestMiddelen {

    final VerstuurdeMails mails = new VerstuurdeMails();

    AdviesTestMiddelen(ProcessEngine engine) {
        TermijnProperties termijnen = new TermijnProperties();
        termijnen.setProcessen(Map.of(
                "wijkplatform-advies", Map.of("registratie", 5, "reactie", 30),
                "informatieverzoek", Map.of("registratie", 2, "reactie", 10)));
        Werkdagen werkdagen = new Werkdagen(termijnen);
        Organisatie organisatie = TestOrganisatie.organisatie();
        var zaaknummers = TestOrganisatie.zaaknummers(
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
        AdviesTermijnen adviesTermijnen = new AdviesTermijnen(werkdagen, termijnen);
        AdviesStartRegels startRegels = new AdviesStartRegels(organisatie);
        Reactieregels reactieregels = new Reactieregels(organisatie);
        Verlenging verlenging = new Verlenging();
        InformatieverzoekControleListeners informatieverzoek = new InformatieverzoekControleListeners();

        Statuslinks statuslinks = new Statuslinks(new NotificatieProperties());
        Mocks.register("adviesStartControle", new AdviesStartControle(startRegels, zaaknummers, adviesTermijnen, statuslinks));
        Mocks.register("informatieverzoekStartControle", new InformatieverzoekStartControle(startRegels, zaaknummers, adviesTermijnen, statuslinks));
        Mocks.register("adviesTermijnen", adviesTermijnen);
        Mocks.register("adviesReactieFormulier", new ReactieFormulier());
        Mocks.register("adviesPuntenVoorbereiden", new PuntenVoorbereidenDelegate(reactieregels));
        Mocks.register("adviesRegistratieControle", new RegistratieControleListener(organisatie));
        Mocks.register("adviesReactieControle", new ReactieControleListener(reactieregels, organisatie));
        Mocks.register("adviesBeoordelingControle", new BeoordelingControleListener());
        Mocks.register("adviesVerlengingVerwerken", verlenging.adviesVerlengingVerwerken(adviesTermijnen));
        Mocks.register("adviesVerdeling", new Verdeling());
        Mocks.register("adviesVerzendingVastleggen", new VerzendingVastleggenDelegate());
        Mocks.register("adviesOntvangers", new AdviesOntvangers());
        Mocks.register("informatieverzoekDoorsturenControle", informatieverzoek.informatieverzoekDoorsturenControle(organisatie));
        Mocks.register("informatieverzoekAntwoordControle", informatieverzoek.informatieverzoekAntwoordControle());
        Mocks.register("groepen", new Kandidaatgroepen(organisatie));
        Mocks.register("zaakTaak", TestListeners.zaakTaak(werkdagen, organisatie));
        Mocks.register("meldingStarten", mails);
        // issue 21 item 4: Task_TeLaatMelden's delegate (zaak/TeLaatMelden) sends the managers' mail like meldingStarten
        Mocks.register(nl.utrecht.wijkgerichtwerken.zaak.TeLaatVariabelen.DELEGATE, mails);
    }
}
