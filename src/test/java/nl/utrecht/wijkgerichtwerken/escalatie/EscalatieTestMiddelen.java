package nl.utrecht.wijkgerichtwerken.escalatie;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.mock.Mocks;

import nl.utrecht.wijkgerichtwerken.VerstuurdeMails;
import nl.utrecht.wijkgerichtwerken.organisatie.Kandidaatgroepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.organisatie.TestOrganisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.TermijnProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;
import nl.utrecht.wijkgerichtwerken.zaak.TestListeners;

/** Wires the real escalatie delegates and services for engine-alone tests (the Spring app is not needed). */
public final class EscalatieTestMiddelen {

    final Werkdagen werkdagen;
    final VerstuurdeMails mails = new VerstuurdeMails();

    public EscalatieTestMiddelen(ProcessEngine engine) {
        TermijnProperties termijnen = new TermijnProperties();
        termijnen.setProcessen(Map.of("escalatie", Map.of("wijk", 10, "dienstdirecteur", 10, "wijkgarage", 10,
                "algemeen-directeur", 10, "bestuurlijk", 20, "acuut", 3, "respijt", 3, "controle", 5)));
        werkdagen = new Werkdagen(termijnen);
        Organisatie organisatie = TestOrganisatie.organisatie();
        var zaaknummers = TestOrganisatie.zaaknummers(
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
        EscalatieTermijnen escalatieTermijnen = new EscalatieTermijnen(werkdagen, termijnen);
        Escalatieladder ladder = new Escalatieladder(organisatie);

        Mocks.register("escalatieStartControle", new EscalatieStartControle(new EscalatieStartRegels(organisatie), zaaknummers));
        Mocks.register("escalatieNiveauStarten", new NiveauStartenDelegate(escalatieTermijnen));
        Mocks.register("escalatieBesluitControle", new BesluitControleListener(new EscalatieBesluitRegels(escalatieTermijnen, organisatie)));
        Mocks.register("escalatieVervolgControle", new VervolgControleListener(new VervolgRegels(escalatieTermijnen)));
        Mocks.register("escalatieNieuweTermijn", new NieuweTermijnDelegate(escalatieTermijnen));
        Mocks.register("escalatieIntrekkingVastleggen", new IntrekkingVastleggenDelegate());
        Mocks.register("escalatiePrioriteit", new EscalatiePrioriteit());
        Mocks.register("escalatieBestuurlijkeRoute", new BestuurlijkeRouteDelegate());
        Mocks.register("escalatieAfsprakenControle", new AfsprakenControleListener());
        Mocks.register("escalatieEscaleren", new EscalerenDelegate());
        Mocks.register("escalatieTermijnVerstreken", new TermijnVerstrekenDelegate());
        Mocks.register("escalatieDienstBesluiten", new DienstBesluitenDelegate(ladder));
        Mocks.register("escalatieAfronden", new AfrondenDelegate(ladder));
        Mocks.register("escalatieHeropenen", new HeropenenDelegate(ladder));
        Mocks.register("escalatieOntvangers", new EscalatieOntvangers());
        InterventieteamRegels team = new InterventieteamRegels(organisatie);
        Mocks.register("escalatieInterventieteam", new InterventieteamLeden());
        Mocks.register("escalatieBijdrageControle", new BijdrageControleListener(team));
        Mocks.register("escalatieBijdragenSamenvoegen", new BijdragenSamenvoegenDelegate(organisatie));
        Mocks.register("escalatieInterventieteamUitkomst", new UitkomstInterventieteamListener(team));
        Mocks.register("zaakTaak", TestListeners.zaakTaak(werkdagen, organisatie));
        Mocks.register("werkdagen", werkdagen);
        Mocks.register("groepen", new Kandidaatgroepen(organisatie));
        Mocks.register("meldingStarten", mails);
    }
}
