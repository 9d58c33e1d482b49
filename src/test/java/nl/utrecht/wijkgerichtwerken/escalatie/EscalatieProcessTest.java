package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.Testklok.om;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.utrecht.wijkgerichtwerken.Procestest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.VerstuurdeMails;
import nl.utrecht.wijkgerichtwerken.Voortgang;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/** Every path of bpmn/escalatie.bpmn on the engine alone, with time travel for the terms. */
@Deployment(resources = "bpmn/escalatie.bpmn")
class EscalatieProcessTest {

    @RegisterExtension
    static Procestest extension = new Procestest();

    private ProcessEngine engine;
    private EscalatieTestMiddelen middelen;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        middelen = new EscalatieTestMiddelen(engine);
    }

    @Test
    void opgelostInDeWijk() {
        ProcessInstance zaak = start(Map.of());

        assertThat(zaak.getBusinessKey()).matches("ESC-2026-\\d{6}");
        assertThat(middelen.mails.laatste("escalatie-gestart").aan())
                .isEqualTo("gebruiker:anna,groep:dienstdirecteur-so,groep:dienstdirecteur-sw");
        Task wijk = taak("Task_OplossenInWijk");
        assertThat(wijk.getAssignee()).isEqualTo("anna");
        assertThat(wijk.getName()).isEqualTo("Oplossen in de wijk — " + zaak.getBusinessKey() + ": Herinrichting Oosterspoorplein");
        assertThat(variabele(zaak, "niveau")).isEqualTo("wijk");

        besluit(wijk, "opgelost", "Opgelost in het wijkmanagementoverleg", "SW maait vanaf maandag wekelijks");

        assertThat(zaak).isEnded().hasPassed("EndEvent_EscalatieAfgerond");
        assertThat(historisch(zaak, "eindniveau")).isEqualTo("wijk");
        assertThat(historisch(zaak, "uitkomst")).isEqualTo("opgelost");
        assertThat(middelen.mails.sjablonen()).containsExactly("escalatie-gestart", "escalatie-besluit");
    }

    @Test
    void opgelostBijDeDienstdirecteurenAlsAlleDienstenOpgelostBesluiten() {
        ProcessInstance zaak = start(Map.of());
        besluit(taak("Task_OplossenInWijk"), "escaleren", "Lukt niet binnen de wijk", null);

        List<Task> taken = taken("Task_BesluitDienstdirecteur");
        assertThat(taken).extracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("dienstdirecteur-so", "dienstdirecteur-sw");
        assertThat(taken).extracting(Task::getName).anyMatch(n -> n.startsWith("Besluit nemen als dienstdirecteur (StadsOntwikkeling) — ESC-"));
        assertThat(variabele(zaak, "niveau")).isEqualTo("dienstdirecteur");
        assertThat(middelen.mails.laatste("escalatie-niveau").aan()).contains("groep:dienstdirecteur-so");

        for (Task taak : taken) {
            besluit(taak, "opgelost", "Wij pakken ons deel op", "Planning voor 1 februari");
        }

        assertThat(zaak).isEnded();
        assertThat(historisch(zaak, "eindniveau")).isEqualTo("dienstdirecteur");
        assertThat((String) historisch(zaak, "afspraken")).contains("StadsOntwikkeling: Planning voor 1 februari")
                .contains("Stadswerken: Planning voor 1 februari");
    }

    @Test
    void deNiveauwisselmailVertrektInDezelfdeStapAlsDeWisselEnDeZaakWachtNergensOp() {
        ProcessInstance zaak = start(Map.of());
        beslis(taak("Task_OplossenInWijk"), "escaleren", "Lukt niet binnen de wijk", null);

        // no job has run: the next rung already has its tasks and the mail has been handed to a melding of its own
        assertThat(taken("Task_BesluitDienstdirecteur")).hasSize(2);
        assertThat(middelen.mails.laatste("escalatie-niveau").aan()).contains("groep:dienstdirecteur-so");
        assertThat(middelen.mails.laatste("escalatie-niveau").zaaknummer()).isEqualTo(zaak.getBusinessKey());
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(zaak.getId()).list())
                .as("no mail step in the case's own executions").extracting(Job::getJobDefinitionId)
                .allSatisfy(definitie -> assertThat(engine.getManagementService().createJobDefinitionQuery()
                        .jobDefinitionId(definitie).singleResult().getActivityId()).doesNotContain("Melden"));
    }

    @Test
    void eenLadderDieMeteenNaDeWisselEindigtVerliestGeenMail() {
        ProcessInstance zaak = start(Map.of());
        beslis(taak("Task_OplossenInWijk"), "escaleren", "Lukt niet binnen de wijk", null);
        for (Task taak : taken("Task_BesluitDienstdirecteur")) {
            beslis(taak, "opgelost", "Wij pakken het op", "Planning voor 1 februari");
        }
        voerUit();

        assertThat(middelen.mails.sjablonen()).containsExactly("escalatie-gestart", "escalatie-niveau", "escalatie-besluit");
        assertThat(zaak).isEnded();
        assertThat(historisch(zaak, "uitkomst")).isEqualTo("opgelost");
    }

    @Test
    void eenDienstDieNietOplostStuurtDeEscalatieNaarDeWijkgarageDieMetHaarSamenstellingBesluit() {
        ProcessInstance zaak = start(Map.of("startNiveau", "dienstdirecteur", "redenOverslaan", "Wijkoverleg liep al vast"));
        List<Task> taken = taken("Task_BesluitDienstdirecteur");

        besluit(taken.get(0), "opgelost", "Wij zijn klaar", "Wij leveren in januari");
        assertThat(zaak).isWaitingAt("Task_BesluitDienstdirecteur");
        besluit(taken.get(1), "escaleren", "Geen budget dit jaar", null);

        Task garage = taak("Task_BesluitWijkgarage");
        assertThat(engine.getTaskService().getIdentityLinksForTask(garage.getId()).get(0).getGroupId()).isEqualTo("wijkgarage");
        assertThat(variabele(zaak, "niveau")).isEqualTo("wijkgarage");
        assertThat((String) variabele(zaak, "toelichting")).contains("Geen budget dit jaar");

        assertThatThrownBy(() -> beslis(garage, "opgelost", "Budget gevonden", "Uitvoering in maart"))
                .hasMessageContaining("Samenstelling van de wijkgarage: dit veld is verplicht");
        engine.getTaskService().complete(garage.getId(), Map.of("besluit", "opgelost", "toelichting", "Budget gevonden in het wijkbudget",
                "afspraken", "Uitvoering in maart", "samenstellingWijkgarage", "Directeur wijkgericht werken, directeur SW, afdelingshoofd SO"));
        voerUit();
        assertThat(zaak).isEnded();
        assertThat(historisch(zaak, "eindniveau")).isEqualTo("wijkgarage");
        assertThat(historisch(zaak, "samenstellingWijkgarage")).isEqualTo("Directeur wijkgericht werken, directeur SW, afdelingshoofd SO");
    }

    @Test
    void algemeenDirecteurHaktDeKnoopDoor() {
        ProcessInstance zaak = start(Map.of("startNiveau", "algemeen-directeur", "redenOverslaan", "Raakt alle diensten"));
        assertThat(middelen.mails.laatste("escalatie-gestart")).isNotNull();

        besluit(taak("Task_BesluitAlgemeenDirecteur"), "opgelost", "Knoop doorgehakt", "SO neemt de regie");

        assertThat(zaak).isEnded();
        assertThat(historisch(zaak, "eindniveau")).isEqualTo("algemeen-directeur");
        assertThat(historisch(zaak, "uitkomst")).isEqualTo("opgelost");
    }

    @Test
    void algemeenDirecteurLegtVoorAanHetBestuurEnDeWijkregisseurLegtDeUitkomstVast() {
        ProcessInstance zaak = start(Map.of("startNiveau", "algemeen-directeur", "redenOverslaan", "Politiek gevoelig"));

        besluit(taak("Task_BesluitAlgemeenDirecteur"), "bestuurlijk", "Vraagt een bestuurlijke afweging", null);
        Task bestuur = taak("Task_BestuurlijkeUitkomstVastleggen");
        assertThat(bestuur.getAssignee()).isEqualTo("anna");
        assertThat(variabele(zaak, "niveau")).isEqualTo("bestuurlijk");
        engine.getTaskService().complete(bestuur.getId(), Map.of("toelichting", "Wethouder kiest voor variant B",
                "afspraken", "SO werkt variant B uit", "aanwezigen", "Wethouder Ruimte, stafmedewerker SO, anna"));
        voerUit();

        assertThat(zaak).isEnded();
        assertThat(historisch(zaak, "eindniveau")).isEqualTo("bestuurlijk");
        assertThat(historisch(zaak, "uitkomst")).isEqualTo("bestuurlijk-besluit");
        assertThat(historisch(zaak, "aanwezigen")).isEqualTo("Wethouder Ruimte, stafmedewerker SO, anna");
    }

    @Test
    void deBestuurlijkeUitkomstZonderAanwezigenWordtGeweigerd() {
        start(Map.of("startNiveau", "bestuurlijk", "redenOverslaan", "Politieke keuze nodig", "bestuurlijkeRoute", "vakwethouder"));
        Task bestuur = taak("Task_BestuurlijkeUitkomstVastleggen");

        assertThatThrownBy(() -> engine.getTaskService().complete(bestuur.getId(), Map.of("toelichting", "Variant B",
                "afspraken", "SO werkt het uit")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Aanwezig bij het bestuurlijk overleg: dit veld is verplicht");
    }

    @Test
    void beginnenBijHetBestuurGaatNaarDeVakwethouderMetDeReden() {
        ProcessInstance zaak = start(Map.of("startNiveau", "bestuurlijk", "redenOverslaan", "Politieke keuze nodig",
                "bestuurlijkeRoute", "vakwethouder"));

        assertThat(zaak).isWaitingAt("Task_BestuurlijkeUitkomstVastleggen");
        assertThat(taak("Task_BestuurlijkeUitkomstVastleggen").getAssignee()).isEqualTo("anna");
        assertThat(variabele(zaak, "bestuurlijkeRoute")).isEqualTo("vakwethouder");
        assertThat(variabele(zaak, "redenBestuurlijk")).isEqualTo("Politieke keuze nodig");
        assertThat(middelen.mails.laatste("escalatie-gestart").aan()).contains("groep:algemeen-directeur", "groep:dienstdirecteur-so");
    }

    @Test
    void deWijkwethouderAlleenBijEenVraagstukDatPortefeuillesOverstijgt() {
        assertThatThrownBy(() -> start(Map.of("diensten", List.of("so"), "startNiveau", "bestuurlijk",
                "redenOverslaan", "Politiek", "bestuurlijkeRoute", "wijkwethouder")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Voorleggen aan: de wijkwethouder alleen bij een vraagstuk dat portefeuilles overstijgt");
        assertThatThrownBy(() -> start(Map.of("startNiveau", "bestuurlijk", "redenOverslaan", "Politiek")))
                .hasMessageContaining("Voorleggen aan: maak een keuze");

        ProcessInstance zaak = start(Map.of("startNiveau", "bestuurlijk", "redenOverslaan", "Raakt ruimte en zorg",
                "bestuurlijkeRoute", "wijkwethouder"));
        assertThat(variabele(zaak, "bestuurlijkeRoute")).isEqualTo("wijkwethouder");
    }

    @Test
    void deBestuurlijkeRouteVanafElkNiveauGaatNaarHetBestuurEnMeldtAlgemeenDirecteurEnDienstdirecteuren() {
        ProcessInstance zaak = start(Map.of());
        besluit(taak("Task_OplossenInWijk"), "escaleren", "Lukt niet in de wijk", null);
        assertThat(taken("Task_BesluitDienstdirecteur")).hasSize(2);

        engine.getRuntimeService().createMessageCorrelation("escalatie-bestuurlijk").processInstanceId(zaak.getId())
                .setVariable("bestuurlijkeRoute", "vakwethouder").setVariable("redenBestuurlijk", "Ambtelijk niet oplosbaar")
                .setVariable("besluitDoor", "anna").correlate();
        voerUit();

        assertThat(zaak).isWaitingAt("Task_BestuurlijkeUitkomstVastleggen");
        assertThat(taken("Task_BesluitDienstdirecteur")).as("the open rung ends").isEmpty();
        assertThat(variabele(zaak, "niveau")).isEqualTo("bestuurlijk");
        assertThat(middelen.mails.laatste("escalatie-bestuurlijk").aan())
                .isEqualTo("gebruiker:anna,groep:dienstdirecteur-so,groep:dienstdirecteur-sw,groep:algemeen-directeur");

        engine.getTaskService().complete(taak("Task_BestuurlijkeUitkomstVastleggen").getId(), Map.of("toelichting",
                "De wethouder kiest voor variant B", "afspraken", "SO werkt variant B uit", "aanwezigen", "Wethouder, anna"));
        voerUit();
        assertThat(zaak).isEnded();
        assertThat(historisch(zaak, "uitkomst")).isEqualTo("bestuurlijk-besluit");
        assertThat(historisch(zaak, "eindniveau")).isEqualTo("bestuurlijk");
    }

    @Test
    void hogerBeginnenZonderRedenWordtGeweigerdEnStartNiets() {
        assertThatThrownBy(() -> start(Map.of("startNiveau", "wijkgarage")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Reden om niveaus over te slaan");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void onvolledigeStartWordtGeweigerdMetEenMeldingPerVeld() {
        Map<String, Object> leeg = new HashMap<>();
        leeg.put("titel", " ");
        leeg.put("wijk", "atlantis");
        leeg.put("diensten", List.of());
        leeg.put("knelpunt", null);
        leeg.put("urgentie", "morgen");

        assertThatThrownBy(() -> start(leeg))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Titel: dit veld is verplicht")
                .hasMessageContaining("Wijk: 'atlantis' is geen bekende wijk")
                .hasMessageContaining("Betrokken diensten: kies minstens één betrokken dienst")
                .hasMessageContaining("Knelpunt: dit veld is verplicht")
                .hasMessageContaining("Urgentie: 'morgen' is geen geldige keuze");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(middelen.mails.mails()).isEmpty();
    }

    @Test
    void onbekendeDienstWordtGeweigerd() {
        assertThatThrownBy(() -> start(Map.of("diensten", List.of("so", "brandweer"))))
                .hasMessageContaining("Betrokken diensten: 'brandweer' is geen bekende dienst");
    }

    @Test
    void besluitZonderToelichtingOfAfsprakenWordtGeweigerdEnDeTaakBlijftOpen() {
        start(Map.of());
        Task wijk = taak("Task_OplossenInWijk");

        assertThatThrownBy(() -> engine.getTaskService().complete(wijk.getId(), Map.of("besluit", "opgelost")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Toelichting: dit veld is verplicht");
        assertThatThrownBy(() -> engine.getTaskService().complete(wijk.getId(),
                Map.of("besluit", "opgelost", "toelichting", "Opgelost")))
                .hasMessageContaining("Afspraken: leg vast welke afspraken er zijn gemaakt");
        assertThatThrownBy(() -> engine.getTaskService().complete(wijk.getId(),
                Map.of("besluit", "misschien", "toelichting", "Weet niet")))
                .hasMessageContaining("Besluit: 'misschien' is geen geldige keuze");

        assertThat(taak("Task_OplossenInWijk").getId()).isEqualTo(wijk.getId());
    }

    @Test
    void iedereTaakHeeftEenTermijnEnEenWaarschuwingUitDeWerkdagenklok() {
        start(Map.of());
        Task wijk = taak("Task_OplossenInWijk");

        assertThat(wijk.getDueDate()).isEqualTo(om("2026-12-21T17:00"));
        assertThat(wijk.getFollowUpDate()).isEqualTo(om("2026-12-16T09:00"));
    }

    @Test
    void acuutGeeftEenKortereTermijn() {
        start(Map.of("urgentie", "acuut"));
        assertThat(taak("Task_OplossenInWijk").getDueDate()).isEqualTo(om("2026-12-10T17:00"));
    }

    @Test
    void naDeTermijnKrijgtHetNiveauEenHerinneringEnKiestDeWijkregisseurHoeHetVerderGaat() {
        ProcessInstance zaak = start(Map.of());
        String wijkTaak = taak("Task_OplossenInWijk").getId();

        ClockUtil.setCurrentTime(om("2026-12-21T17:05"));
        voerUit();
        assertThat(middelen.mails.laatste("escalatie-herinnering").aan()).isEqualTo("gebruiker:anna");
        assertThat(middelen.mails.laatste("escalatie-termijn-verstreken").aan()).isEqualTo("gebruiker:anna");
        assertThat(taak("Task_OplossenInWijk").getId()).as("reminder leaves the task open").isEqualTo(wijkTaak);
        Task keuze = taak("Task_VervolgKiezen");
        assertThat(keuze.getAssignee()).isEqualTo("anna");
        assertThat(keuze.getName()).startsWith("Vervolg na verstreken termijn kiezen — ESC-");
        // the choice is due when the grace term ends: 3 werkdagen after 21 December
        assertThat(keuze.getDueDate()).isEqualTo(om("2026-12-24T17:00"));
    }

    @Test
    void zonderAutomatischEscalerenBlijftDeZaakNaHetRespijtOpHetNiveau() {
        ProcessInstance zaak = start(Map.of());

        ClockUtil.setCurrentTime(om("2026-12-29T10:00"));
        voerUit();

        assertThat(zaak).isWaitingAt("Task_OplossenInWijk", "Task_VervolgKiezen");
        assertThat(variabele(zaak, "niveau")).isEqualTo("wijk");
        assertThat(middelen.mails.sjablonen()).doesNotContain("escalatie-niveau");
    }

    @Test
    void metAutomatischEscalerenGaatDeZaakNaHetRespijtVanzelfOmhoog() {
        ProcessInstance zaak = start(Map.of("automatischEscaleren", true));

        ClockUtil.setCurrentTime(om("2026-12-21T17:05"));
        voerUit();
        ClockUtil.setCurrentTime(om("2026-12-28T17:05"));
        voerUit();

        assertThat(zaak).isWaitingAt("Task_BesluitDienstdirecteur");
        assertThat(taak("Task_VervolgKiezen")).as("the open choice ends with the rung").isNull();
        assertThat(variabele(zaak, "niveau")).isEqualTo("dienstdirecteur");
        assertThat(variabele(zaak, "toelichting")).isEqualTo("termijn verstreken");
        assertThat(middelen.mails.laatste("escalatie-niveau").aan()).contains("groep:dienstdirecteur-sw");
    }

    @Test
    void deAlgemeenDirecteurGaatNooitVanzelfNaarHetBestuur() {
        ProcessInstance zaak = start(Map.of("startNiveau", "algemeen-directeur", "redenOverslaan", "Raakt alle diensten",
                "automatischEscaleren", true));

        ClockUtil.setCurrentTime(om("2027-02-01T10:00"));
        voerUit();

        assertThat(zaak).isWaitingAt("Task_BesluitAlgemeenDirecteur", "Task_VervolgKiezen");
        assertThat(variabele(zaak, "niveau")).isEqualTo("algemeen-directeur");
        assertThat(taak("Task_BestuurlijkeUitkomstVastleggen")).isNull();
    }

    @Test
    void nuEscalerenNaVerstrekenTermijnBrengtDeZaakMetDeToelichtingNaarHetVolgendeNiveau() {
        ProcessInstance zaak = start(Map.of());
        ClockUtil.setCurrentTime(om("2026-12-22T09:00"));
        voerUit();

        kies(taak("Task_VervolgKiezen"), Map.of("vervolgKeuze", "escaleren", "toelichtingVervolg", "De wijk komt er niet uit"));

        assertThat(zaak).isWaitingAt("Task_BesluitDienstdirecteur");
        assertThat(taak("Task_OplossenInWijk")).isNull();
        assertThat(variabele(zaak, "toelichting")).isEqualTo("De wijk komt er niet uit");
        assertThat(middelen.mails.laatste("escalatie-niveau").aan()).contains("groep:dienstdirecteur-so");
    }

    @Test
    void meerTijdGevenVerschuiftDeTermijnVanHetNiveauEnMeldtHetDeBetrokkenen() {
        ProcessInstance zaak = start(Map.of("startNiveau", "dienstdirecteur", "redenOverslaan", "Wijkoverleg liep al vast",
                "automatischEscaleren", true));
        ClockUtil.setCurrentTime(om("2026-12-22T09:00"));
        voerUit();

        kies(taak("Task_VervolgKiezen"), Map.of("vervolgKeuze", "verlengen", "toelichtingVervolg", "SW wacht op de begroting",
                "nieuweTermijn", "2027-01-08"));

        assertThat(taken("Task_BesluitDienstdirecteur")).hasSize(2)
                .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(om("2027-01-08T17:00")))
                .allSatisfy(t -> assertThat(t.getFollowUpDate()).isEqualTo(om("2027-01-05T09:00")));
        assertThat(middelen.mails.laatste("escalatie-termijn-verlengd").aan())
                .isEqualTo("groep:dienstdirecteur-so,groep:dienstdirecteur-sw");
        assertThat(variabele(zaak, "termijnTekst")).isEqualTo("8 januari 2027");

        // the old grace term (28 December) no longer moves the case: that moved with the term
        ClockUtil.setCurrentTime(om("2026-12-29T10:00"));
        voerUit();
        assertThat(zaak).isWaitingAt("Task_BesluitDienstdirecteur");
        assertThat(taak("Task_VervolgKiezen")).isNull();

        // the new term passes: a reminder and the choice again
        ClockUtil.setCurrentTime(om("2027-01-08T17:05"));
        voerUit();
        assertThat(taak("Task_VervolgKiezen")).isNotNull();
        assertThat(middelen.mails.sjablonen().stream().filter("escalatie-herinnering"::equals)).hasSize(2);

        // and with automatischEscaleren the new grace term moves it up: 3 werkdagen after 8 January
        ClockUtil.setCurrentTime(om("2027-01-13T17:05"));
        voerUit();
        assertThat(zaak).isWaitingAt("Task_BesluitWijkgarage");
    }

    @Test
    void eenNieuweTermijnInHetVerledenOpEenFeestdagOfZonderDatumWordtGeweigerd() {
        start(Map.of());
        ClockUtil.setCurrentTime(om("2026-12-22T09:00"));
        voerUit();
        Task keuze = taak("Task_VervolgKiezen");

        assertThatThrownBy(() -> kies(keuze, Map.of("vervolgKeuze", "verlengen", "toelichtingVervolg", "Wacht", "nieuweTermijn", "2026-12-01")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Nieuwe termijn: kies een werkdag na vandaag");
        assertThatThrownBy(() -> kies(keuze, Map.of("vervolgKeuze", "verlengen", "toelichtingVervolg", "Wacht", "nieuweTermijn", "2026-12-25")))
                .hasMessageContaining("Nieuwe termijn: 2026-12-25 is geen werkdag");
        assertThatThrownBy(() -> kies(keuze, Map.of("vervolgKeuze", "verlengen", "toelichtingVervolg", "Wacht")))
                .hasMessageContaining("Nieuwe termijn: kies de werkdag");
        assertThatThrownBy(() -> kies(keuze, Map.of("vervolgKeuze", "escaleren")))
                .hasMessageContaining("Toelichting: dit veld is verplicht");
        assertThatThrownBy(() -> kies(keuze, Map.of("vervolgKeuze", "bestuur", "toelichtingVervolg", "x")))
                .hasMessageContaining("Vervolg: 'bestuur' is geen geldige keuze");
        assertThat(taak("Task_VervolgKiezen").getId()).isEqualTo(keuze.getId());
    }

    @Test
    void intrekkenNaVerstrekenTermijnBeeindigtDeEscalatie() {
        ProcessInstance zaak = start(Map.of());
        ClockUtil.setCurrentTime(om("2026-12-22T09:00"));
        voerUit();

        kies(taak("Task_VervolgKiezen"), Map.of("vervolgKeuze", "intrekken", "toelichtingVervolg", "Opgelost buiten de lijn"));

        assertThat(zaak).isEnded().hasPassed("EndEvent_EscalatieIngetrokken");
        assertThat(historisch(zaak, "uitkomst")).isEqualTo("ingetrokken");
        assertThat(historisch(zaak, "redenIntrekking")).isEqualTo("Opgelost buiten de lijn");
        assertThat(middelen.mails.laatste("escalatie-ingetrokken")).isNotNull();
    }

    @Test
    void eenBesluitVanHetNiveauRuimtDeOpenKeuzeVanDeWijkregisseurOp() {
        ProcessInstance zaak = start(Map.of());
        ClockUtil.setCurrentTime(om("2026-12-22T09:00"));
        voerUit();
        assertThat(taak("Task_VervolgKiezen")).isNotNull();

        besluit(taak("Task_OplossenInWijk"), "escaleren", "Toch naar de diensten", null);

        assertThat(zaak).isWaitingAt("Task_BesluitDienstdirecteur");
        assertThat(taak("Task_VervolgKiezen")).isNull();
    }

    @Test
    void deTaakprioriteitVolgtDeUrgentie() {
        start(Map.of("urgentie", "acuut"));
        start(Map.of("urgentie", "hoog", "titel", "Hoog"));
        start(Map.of("urgentie", "normaal", "titel", "Normaal"));

        assertThat(taken("Task_OplossenInWijk")).extracting(Task::getPriority).containsExactlyInAnyOrder(90, 70, 50);
    }

    @Test
    void betrokkenPartijenMetEenAdresHorenElkApartVanDeStartEnDeUitkomst() {
        ProcessInstance zaak = start(Map.of("betrokkenPartijen",
                " Noor Bakker | Mitros | n.bakker@example.org \nKees de Wit | Buurtcomité Oost\n\nAnna Smit | Cumulus | a.smit@example.org"));

        assertThat(variabele(zaak, "betrokkenPartijen"))
                .isEqualTo("Noor Bakker | Mitros | n.bakker@example.org\nKees de Wit | Buurtcomité Oost\nAnna Smit | Cumulus | a.smit@example.org");
        assertThat(middelen.mails.mails()).filteredOn(m -> m.sjabloon().equals("escalatie-partij-gestart"))
                .extracting(VerstuurdeMails.Mail::aan).containsExactly("n.bakker@example.org", "a.smit@example.org");

        besluit(taak("Task_OplossenInWijk"), "opgelost", "Opgelost met de corporatie", "Mitros herstelt de speelplek");

        assertThat(middelen.mails.mails()).filteredOn(m -> m.sjabloon().equals("escalatie-partij-uitkomst"))
                .extracting(VerstuurdeMails.Mail::aan).containsExactly("n.bakker@example.org", "a.smit@example.org");
    }

    @Test
    void eenPartijZonderOrganisatieOfMetMeerDanEenAdresWordtGeweigerd() {
        assertThatThrownBy(() -> start(Map.of("betrokkenPartijen", "Noor Bakker | Mitros | n.bakker@example.org,groep:wijkregisseur")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Betrokken partijen (regel 1), e-mail: 'n.bakker@example.org,groep:wijkregisseur' is geen geldig e-mailadres");
        assertThatThrownBy(() -> start(Map.of("betrokkenPartijen", "Noor Bakker | Mitros\nAlleen een naam")))
                .hasMessageContaining("Betrokken partijen (regel 2): schrijf naam | organisatie | e-mail");
        assertThatThrownBy(() -> start(Map.of("betrokkenPartijen", " | Mitros | x@example.org")))
                .hasMessageContaining("Betrokken partijen (regel 1), naam: dit veld is verplicht");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void erStaatGeenIntrekkentaakNaastHetWerk() {
        ProcessInstance zaak = start(Map.of());

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly("Task_OplossenInWijk");
    }

    @Test
    void intrekkenVanuitHetDossierBeeindigtDeEscalatieOpElkNiveau() {
        ProcessInstance zaak = start(Map.of());
        besluit(taak("Task_OplossenInWijk"), "escaleren", "Lukt niet", null);

        engine.getRuntimeService().createMessageCorrelation("escalatie-intrekken").processInstanceId(zaak.getId())
                .setVariable("redenIntrekking", "Opgelost buiten de lijn").setVariable("besluitDoor", "anna").correlate();
        voerUit();

        assertThat(zaak).isEnded().hasPassed("Task_IntrekkingVastleggen", "EndEvent_EscalatieIngetrokken");
        assertThat(historisch(zaak, "uitkomst")).isEqualTo("ingetrokken");
        assertThat(historisch(zaak, "eindniveau")).isEqualTo("dienstdirecteur");
        assertThat(middelen.mails.laatste("escalatie-ingetrokken")).isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    }

    @Test
    void afsprakenNietNagekomenHeropentDeZaakEenNiveauHoger() {
        ProcessInstance zaak = start(Map.of());
        engine.getTaskService().complete(taak("Task_OplossenInWijk").getId(), Map.of("besluit", "opgelost",
                "toelichting", "Afgesproken in het wijkoverleg", "afspraken", "SW plaatst banken", "controleDatum", "2027-01-15"));
        voerUit();
        assertThat(zaak).isWaitingAt("Timer_Controledatum");

        ClockUtil.setCurrentTime(om("2027-01-15T09:05"));
        voerUit();
        Task controle = taak("Task_AfsprakenControleren");
        assertThat(controle.getAssignee()).isEqualTo("anna");
        assertThatThrownBy(() -> engine.getTaskService().complete(controle.getId(), Map.of("afsprakenNagekomen", "nee")))
                .hasMessageContaining("Toelichting");
        engine.getTaskService().complete(controle.getId(), Map.of("afsprakenNagekomen", "nee",
                "toelichtingControle", "Er staan nog geen banken"));
        voerUit();

        assertThat(zaak).isWaitingAt("Task_BesluitDienstdirecteur");
        assertThat(variabele(zaak, "niveau")).isEqualTo("dienstdirecteur");
        assertThat(middelen.mails.laatste("escalatie-heropend")).isNotNull();
    }

    @Test
    void afsprakenNagekomenSluitDeEscalatie() {
        ProcessInstance zaak = start(Map.of());
        engine.getTaskService().complete(taak("Task_OplossenInWijk").getId(), Map.of("besluit", "opgelost",
                "toelichting", "Afgesproken", "afspraken", "SW plaatst banken", "controleDatum", "2027-01-15"));
        ClockUtil.setCurrentTime(om("2027-01-15T09:05"));
        voerUit();

        engine.getTaskService().complete(taak("Task_AfsprakenControleren").getId(), Map.of("afsprakenNagekomen", "ja"));

        assertThat(zaak).isEnded().hasPassed("EndEvent_AfsprakenNagekomen");
    }

    @Test
    void controledatumInHetVerledenWordtGeweigerd() {
        start(Map.of());
        Task wijk = taak("Task_OplossenInWijk");
        assertThatThrownBy(() -> engine.getTaskService().complete(wijk.getId(), Map.of("besluit", "opgelost",
                "toelichting", "x", "afspraken", "y", "controleDatum", "2026-12-01")))
                .hasMessageContaining("Controledatum: kies een datum na vandaag");
    }

    // ---- the interventieteam (issue 20 item 3) and betrokken partijen added later (item 5)

    @Test
    void interventieteamLostHetKnelpuntOpEnDeEscalatieWordtAfgesloten() {
        ProcessInstance zaak = start(Map.of("betrokkenPartijen", "Noor Bakker | Mitros | n.bakker@example.org"));
        roepTeamBijeen(zaak, "so,sw", "2026-12-14T17:00");

        List<Task> bijdragen = taken("Task_BijdrageInterventieteamLeveren");
        assertThat(bijdragen).extracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("vakafdeling-so", "vakafdeling-sw");
        assertThat(bijdragen).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(om("2026-12-14T17:00")));
        assertThat(taak("Task_OplossenInWijk")).as("the rung keeps its own task and term").isNotNull();
        Date wijkTermijn = taak("Task_OplossenInWijk").getDueDate();
        for (Task bijdrage : bijdragen) {
            kies(bijdrage, Map.of("bijdrage", "Wij leveren een ploeg voor het plein"));
        }

        Task uitkomst = taak("Task_UitkomstInterventieteamVastleggen");
        assertThat(uitkomst.getAssignee()).isEqualTo("anna");
        assertThat((String) engine.getTaskService().getVariable(uitkomst.getId(), "interventieteamBijdragen"))
                .contains("StadsOntwikkeling: Wij leveren een ploeg").contains("Stadswerken: Wij leveren een ploeg");
        assertThat(engine.getTaskService().getVariable(uitkomst.getId(), "ontbrekendeBijdragen"))
                .isEqualTo("Alle diensten hebben bijgedragen.");
        assertThat(taak("Task_OplossenInWijk").getDueDate()).isEqualTo(wijkTermijn);
        kies(uitkomst, Map.of("uitkomstInterventieteam", "opgelost", "toelichting", "Het team heeft het plein afgemaakt",
                "afspraken", "SW onderhoudt het plein"));

        assertThat(zaak).isEnded().hasPassed("EndEvent_InterventieteamBesloten", "EndEvent_EscalatieAfgerond");
        assertThat(historisch(zaak, "uitkomst")).isEqualTo("opgelost");
        assertThat(historisch(zaak, "eindniveau")).isEqualTo("wijk");
        assertThat(historisch(zaak, "afspraken")).isEqualTo("SW onderhoudt het plein");
        assertThat(middelen.mails.sjablonen()).containsExactly("escalatie-gestart", "escalatie-partij-gestart",
                "escalatie-partij-uitkomst", "escalatie-besluit");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(uitkomst.getId())
                .variableName("besluit").singleResult().getValue()).as("the outcome on the timeline").isEqualTo("opgelost");
    }

    @Test
    void interventieteamZonderOplossingLaatHetNiveauDoorlopenMetZijnEigenTermijn() {
        ProcessInstance zaak = start(Map.of());
        roepTeamBijeen(zaak, "so", "2026-12-14T17:00");
        kies(taak("Task_BijdrageInterventieteamLeveren"), Map.of("bijdrage", "Wij zoeken het uit"));

        kies(taak("Task_UitkomstInterventieteamVastleggen"), Map.of("uitkomstInterventieteam", "niet-opgelost",
                "toelichting", "SO heeft geen capaciteit"));

        assertThat(zaak).isWaitingAt("Task_OplossenInWijk").hasPassed("EndEvent_NiveauLooptDoor");
        assertThat(variabele(zaak, "besluit")).as("no decision for the rung").isNull();
        // the rung's own term still runs: on 22 December the reminder and the wijkregisseur's choice come
        ClockUtil.setCurrentTime(om("2026-12-22T09:00"));
        voerUit();
        assertThat(taak("Task_VervolgKiezen")).isNotNull();
    }

    @Test
    void interventieteamZonderOplossingEnNuEscalerenBrengtDeZaakNaarHetVolgendeNiveau() {
        ProcessInstance zaak = start(Map.of());
        roepTeamBijeen(zaak, "so", "2026-12-14T17:00");
        kies(taak("Task_BijdrageInterventieteamLeveren"), Map.of("bijdrage", "Dit moet hoger besloten worden"));

        kies(taak("Task_UitkomstInterventieteamVastleggen"), Map.of("uitkomstInterventieteam", "escaleren",
                "toelichting", "Het team komt er niet uit"));

        assertThat(zaak).isWaitingAt("Task_BesluitDienstdirecteur");
        assertThat(taak("Task_OplossenInWijk")).isNull();
        assertThat(variabele(zaak, "toelichting")).isEqualTo("Het team komt er niet uit");
        assertThat(middelen.mails.laatste("escalatie-niveau").aan()).contains("groep:dienstdirecteur-so");
    }

    @Test
    void naDeTermijnVanHetInterventieteamKrijgtDeWijkregisseurDeUitkomsttaakMetWieNietBijdroeg() {
        ProcessInstance zaak = start(Map.of());
        roepTeamBijeen(zaak, "so,sw", "2026-12-14T17:00");
        kies(taken("Task_BijdrageInterventieteamLeveren").get(0), Map.of("bijdrage", "SO plant het in"));

        ClockUtil.setCurrentTime(om("2026-12-14T17:05"));
        voerUit();

        assertThat(taken("Task_BijdrageInterventieteamLeveren")).isEmpty();
        Task uitkomst = taak("Task_UitkomstInterventieteamVastleggen");
        assertThat(engine.getTaskService().getVariable(uitkomst.getId(), "ontbrekendeBijdragen")).isEqualTo("Stadswerken");
        assertThat((String) engine.getTaskService().getVariable(uitkomst.getId(), "interventieteamBijdragen"))
                .isEqualTo("StadsOntwikkeling: SO plant het in");
        assertThat(zaak).isWaitingAt("Task_OplossenInWijk");
    }

    @Test
    void eenLegeBijdrageOfEenOnvolledigeUitkomstWordtGeweigerdEnDeTaakBlijftOpen() {
        start(Map.of("startNiveau", "bestuurlijk", "redenOverslaan", "Politieke keuze nodig", "bestuurlijkeRoute", "vakwethouder"));
        ProcessInstance zaak = engine.getRuntimeService().createProcessInstanceQuery().singleResult();
        roepTeamBijeen(zaak, "so", "2026-12-14T17:00");
        Task bijdrage = taak("Task_BijdrageInterventieteamLeveren");

        assertThatThrownBy(() -> kies(bijdrage, Map.of("bijdrage", "  ")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Bijdrage: dit veld is verplicht");
        kies(bijdrage, Map.of("bijdrage", "SO doet mee"));
        Task uitkomst = taak("Task_UitkomstInterventieteamVastleggen");
        assertThatThrownBy(() -> kies(uitkomst, Map.of("uitkomstInterventieteam", "opgelost", "toelichting", "Gelukt")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Afspraken: dit veld is verplicht");
        assertThatThrownBy(() -> kies(uitkomst, Map.of("uitkomstInterventieteam", "escaleren", "toelichting", "Hoger")))
                .hasMessageContaining("Uitkomst: de escalatie ligt al bij het bestuur");
        assertThat(taak("Task_UitkomstInterventieteamVastleggen").getId()).isEqualTo(uitkomst.getId());
    }

    @Test
    void eenLaterToegevoegdePartijHoortDatDeZaakLooptEnKrijgtDeUitkomst() {
        ProcessInstance zaak = start(Map.of());
        engine.getRuntimeService().createMessageCorrelation("escalatie-partij").processInstanceId(zaak.getId())
                .setVariable("betrokkenPartijen", "Kees de Wit | Buurtcomité Oost\nNoor Bakker | Mitros | n.bakker@example.org")
                .setVariable("nieuwePartijAdres", "n.bakker@example.org").correlate();
        voerUit();
        engine.getRuntimeService().createMessageCorrelation("escalatie-partij").processInstanceId(zaak.getId())
                .setVariable("betrokkenPartijen", "Kees de Wit | Buurtcomité Oost").setVariable("nieuwePartijAdres", null).correlate();
        voerUit();

        assertThat(middelen.mails.mails()).filteredOn(m -> m.sjabloon().equals("escalatie-partij-gestart"))
                .extracting(VerstuurdeMails.Mail::aan).containsExactly("n.bakker@example.org");
        assertThat(zaak).isWaitingAt("Task_OplossenInWijk").hasPassed("EndEvent_NieuwePartijGemeld", "EndEvent_PartijZonderAdres");
    }

    // ---- helpers

    private ProcessInstance start(Map<String, Object> afwijkend) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("titel", "Herinrichting Oosterspoorplein");
        variabelen.put("wijk", "oost");
        variabelen.put("diensten", List.of("so", "sw"));
        variabelen.put("knelpunt", "Het plein ligt al een jaar open; SO en SW wijzen naar elkaar.");
        variabelen.put("gewensteUitkomst", "Een afgewerkt plein voor de zomer");
        variabelen.put("urgentie", "normaal");
        variabelen.putAll(afwijkend);
        engine.getIdentityService().setAuthentication("anna", List.of("wijkregisseur", "wijk-oost"));
        try {
            ProcessInstance zaak = engine.getRuntimeService().startProcessInstanceByKey("escalatie", variabelen);
            voerUit();
            return zaak;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void besluit(Task taak, String besluit, String toelichting, String afspraken) {
        beslis(taak, besluit, toelichting, afspraken);
        voerUit();
    }

    /** Completes the decision task without running the jobs that follow. */
    private void beslis(Task taak, String besluit, String toelichting, String afspraken) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("besluit", besluit);
        variabelen.put("toelichting", toelichting);
        variabelen.put("afspraken", afspraken);
        engine.getTaskService().complete(taak.getId(), variabelen);
    }

    private void kies(Task keuze, Map<String, Object> variabelen) {
        engine.getTaskService().complete(keuze.getId(), variabelen);
        voerUit();
    }

    /** What {@code POST …/interventieteam} correlates once its rules accepted the request. */
    private void roepTeamBijeen(ProcessInstance zaak, String diensten, String termijn) {
        engine.getRuntimeService().createMessageCorrelation("escalatie-interventieteam").processInstanceId(zaak.getId())
                .setVariable("interventieteamDiensten", diensten).setVariable("interventieteamOpdracht", "Maak het plein af")
                .setVariable("interventieteamTermijn", om(termijn)).setVariable("interventieteamTermijnTekst", "14 december 2026")
                .setVariable("interventieteamSinds", ClockUtil.getCurrentTime()).correlate();
        voerUit();
    }

    private void voerUit() {
        Jobs.voerUitStrikt(engine.getManagementService());
        // after every step: each running case waits for a task, a timer or an event, never for nothing
        Voortgang.elkeZaakWachtOpIets(engine);
    }

    private Task taak(String activiteit) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(activiteit).singleResult();
    }

    private List<Task> taken(String activiteit) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(activiteit).orderByTaskName().asc().list();
    }

    private Object variabele(ProcessInstance zaak, String naam) {
        return engine.getRuntimeService().getVariable(zaak.getId(), naam);
    }

    private Object historisch(ProcessInstance zaak, String naam) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(zaak.getId())
                .activityInstanceIdIn(zaak.getId()).variableName(naam).singleResult().getValue();
    }
}
