package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.Testklok.om;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.utrecht.wijkgerichtwerken.Procestest;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.Voortgang;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/** Every path of bpmn/initiatief.bpmn on the engine alone, with the two DMN tables and time travel. */
@Deployment(resources = {"bpmn/initiatief.bpmn", "bpmn/kompas-voor-zeggenschap.dmn", "bpmn/initiatievenfonds.dmn", "bpmn/escalatie.bpmn"})
class InitiatiefProcessTest {

    @RegisterExtension
    static Procestest extension = new Procestest();

    static final String MOTIVERING = "Het plan past bij de wijkambitie en er is draagvlak in de straat.";

    private ProcessEngine engine;
    private InitiatiefTestMiddelen middelen;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        middelen = new InitiatiefTestMiddelen(engine);
        gebruiker("anna", "wijkregisseur", "wijk-oost");
        gebruiker("karim", "wijkregisseur", "wijk-overvecht");
        gebruiker("bram", "wijkbureau-oost", "wijk-oost");
    }

    @AfterEach
    void tearDown() {
        IdentityService identity = engine.getIdentityService();
        identity.createUserQuery().list().forEach(u -> identity.deleteUser(u.getId()));
        identity.createGroupQuery().list().forEach(g -> identity.deleteGroup(g.getId()));
    }

    @Test
    void jaMetGeldUitHetFondsCheckInsEnEenEvaluatie() {
        ProcessInstance initiatief = start(Map.of());
        assertThat(initiatief.getBusinessKey()).matches("INI-2026-\\d{6}");
        assertThat(middelen.mails.laatste("initiatief-ontvangen").aan()).isEqualTo("buurtfeest@example.org");
        assertThat(variabele(initiatief, "contactDatum")).isEqualTo(om("2026-12-14T17:00"));

        voltooi("bram", "Task_ContactLeggen", Map.of("contactVerslag", "Gebeld, enthousiast plan voor een moestuin"));
        assertThat(variabele(initiatief, "contactpersoon")).isEqualTo("bram");
        Task wegen = taak("Task_InitiatiefWegen");
        assertThat(kandidaten(wegen)).containsExactly("anna");
        voltooi("anna", "Task_InitiatiefWegen", weging(Map.of("besluitGemeenteNodig", "nee", "eigenaarschapMogelijk", "ja",
                "allesOverlaten", "ja", "ondersteuningNodigEnGeld", "ja")));
        assertThat(variabele(initiatief, "samenwerkingsvorm")).isEqualTo("overheidsmiddelen");

        assertThat(groep(taak("Task_InitiatiefAccepteren"))).isEqualTo("vakafdeling-so");
        voltooi("daan", "Task_InitiatiefAccepteren", Map.of("geaccepteerd", "ja"));
        // a small amount: the wijk's own wijkregisseur, not karim of Overvecht
        assertThat(kandidaten(taak("Task_FondsBeoordelen"))).containsExactly("anna");
        assertThat(groepen(taak("Task_FondsBeoordelen"))).isEmpty();
        voltooi("anna", "Task_FondsBeoordelen", Map.of("toegekendBedrag", 1500, "fondsToelichting", "Past in het wijkbudget"));
        voltooi("daan", "Task_BesluitNemen", Map.of("besluit", "ja", "motivering", MOTIVERING));
        assertThat(middelen.mails.laatste("initiatief-besluit").aan()).isEqualTo("buurtfeest@example.org");
        assertThat(initiatief).isWaitingAt("Timer_CheckIn");

        ClockUtil.setCurrentTime(om("2027-01-05T10:00"));
        voerUit();
        assertThat(taak("Task_CheckIn").getAssignee()).isEqualTo("bram");
        voltooi("bram", "Task_CheckIn", Map.of("voortgang", "loopt", "checkInVerslag", "De bakken staan er"));
        ClockUtil.setCurrentTime(om("2027-02-03T10:00"));
        voerUit();
        voltooi("bram", "Task_CheckIn", Map.of("voortgang", "afgerond", "checkInVerslag", "Eerste oogst binnen"));
        assertThat(middelen.mails.laatste("initiatief-evaluatie").aan()).isEqualTo("buurtfeest@example.org");
        assertThatThrownBy(() -> voltooi("bram", "Task_EvaluatieVastleggen", Map.of("evaluatieScore", "7", "evaluatieToelichting", "Top")))
                .hasMessageContaining("Score: geef een score van 1 tot en met 5");
        voltooi("bram", "Task_EvaluatieVastleggen", Map.of("evaluatieScore", "4", "evaluatieToelichting", "Snel contact, fijne hulp"));

        assertThat(initiatief).isEnded().hasPassed("EndEvent_InitiatiefGeevalueerd");
        assertThat(historisch(initiatief, "evaluatieScore")).isEqualTo(4);
    }

    @Test
    void deWijkregisseurKiestMetRedenEenAndereSamenwerkingsvormDanHetKompas() {
        start(Map.of());
        voltooi("bram", "Task_ContactLeggen", Map.of("contactVerslag", "Gebeld, enthousiast plan voor een moestuin"));
        Map<String, Object> weging = weging(Map.of("besluitGemeenteNodig", "nee", "eigenaarschapMogelijk", "ja",
                "allesOverlaten", "ja", "ondersteuningNodigEnGeld", "nee", "samenwerkingsvormKeuze", "andere",
                "andereSamenwerkingsvorm", "samen-aan-zet", "samenwerkingsvormToelichting", "De buurt wil de gemeente erbij"));
        voltooi("anna", "Task_InitiatiefWegen", weging);

        ProcessInstance initiatief = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("initiatief").singleResult();
        assertThat(variabele(initiatief, "kompasUitkomst")).isEqualTo("utrechter-aan-zet");
        assertThat(variabele(initiatief, "samenwerkingsvorm")).isEqualTo("samen-aan-zet");
        assertThat(variabele(initiatief, "samenwerkingsvormNaam")).isEqualTo("Samen aan zet");
        assertThat(variabele(initiatief, "kompasUitkomstNaam")).isEqualTo("Utrechter aan zet");
        assertThat(taak("Task_InitiatiefAccepteren")).isNotNull();
    }

    @Test
    void eenOnbeantwoordeKompasvraagOpHetPadWordtGeweigerdEnEenVraagNaastHetPadTeltNiet() {
        start(Map.of());
        voltooi("bram", "Task_ContactLeggen", Map.of("contactVerslag", "Gebeld"));
        // ja on the first question leads to "verder onderzoeken"; an answer to a question off the path is no answer
        assertThatThrownBy(() -> voltooi("anna", "Task_InitiatiefWegen", weging(Map.of("besluitGemeenteNodig", "ja",
                "allesOverlaten", "ja"))))
                .hasMessageContaining("Willen we de vraag verder onderzoeken met Utrechters")
                .hasMessageContaining("beantwoord deze vraag van het Kompas met ja of nee");
        assertThatThrownBy(() -> voltooi("anna", "Task_InitiatiefWegen", weging(Map.of("besluitGemeenteNodig", "ja",
                "verderOnderzoeken", "nee", "samenwerkingsvormKeuze", "andere", "andereSamenwerkingsvorm", "peilen"))))
                .hasMessageContaining("Waarom past deze samenwerkingsvorm beter");
        assertThat(taak("Task_InitiatiefWegen")).as("nothing saved, the task stays").isNotNull();

        voltooi("anna", "Task_InitiatiefWegen", weging(Map.of("besluitGemeenteNodig", "ja", "verderOnderzoeken", "nee",
                "allesOverlaten", "ja")));
        ProcessInstance initiatief = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("initiatief").singleResult();
        assertThat(variabele(initiatief, "samenwerkingsvorm")).isEqualTo("gemeente-aan-zet");
        assertThat(variabele(initiatief, "allesOverlaten")).as("off the path").isNull();
    }

    @Test
    void eenDienstStuurtTerugEnDeWijkregisseurStuurtHetNaarEenAndereDienst() {
        ProcessInstance initiatief = naarAcceptatie(Map.of());
        assertThatThrownBy(() -> voltooi("daan", "Task_InitiatiefAccepteren", Map.of("geaccepteerd", "nee")))
                .hasMessageContaining("Reden van terugsturen");
        voltooi("daan", "Task_InitiatiefAccepteren", Map.of("geaccepteerd", "nee", "redenTerugsturen", "Hoort bij beheer openbare ruimte"));

        assertThat(variabele(initiatief, "aantalKeerTeruggestuurd")).isEqualTo(1);
        assertThat(kandidaten(taak("Task_Herrouteren"))).containsExactly("anna");
        voltooi("anna", "Task_Herrouteren", Map.of("dienst", "sw"));
        assertThat(groep(taak("Task_InitiatiefAccepteren"))).isEqualTo("vakafdeling-sw");
    }

    @Test
    void deDrempelsBepalenWieOverHetFondsBeslist() {
        naarAcceptatie(Map.of("gevraagdBedrag", 5000));
        voltooi("daan", "Task_InitiatiefAccepteren", Map.of("geaccepteerd", "ja"));
        assertThat(groep(taak("Task_FondsBeoordelen"))).isEqualTo("wijkgarage");
        assertThatThrownBy(() -> voltooi("hanna", "Task_FondsBeoordelen", Map.of("toegekendBedrag", 6000, "fondsToelichting", "x")))
                .hasMessageContaining("Toegekend bedrag: meer dan gevraagd (€ 5.000)");
    }

    @Test
    void eenGrootBedragGaatNaarDeAlgemeenDirecteur() {
        naarAcceptatie(Map.of("gevraagdBedrag", 20000));
        voltooi("daan", "Task_InitiatiefAccepteren", Map.of("geaccepteerd", "ja"));
        assertThat(groep(taak("Task_FondsBeoordelen"))).isEqualTo("algemeen-directeur");
    }

    @Test
    void neeIsDuidelijkGemotiveerdEnWordtGemaild() {
        ProcessInstance initiatief = naarAcceptatie(Map.of("hulpGevraagd", List.of("kennis")));
        voltooi("daan", "Task_InitiatiefAccepteren", Map.of("geaccepteerd", "ja"));
        assertThatThrownBy(() -> voltooi("daan", "Task_BesluitNemen", Map.of("besluit", "nee", "motivering", "Nee.")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Motivering: leg het besluit uit in minstens 30 tekens (nu 4)");
        assertThatThrownBy(() -> voltooi("daan", "Task_BesluitNemen", Map.of("besluit", "ja-mits", "motivering", MOTIVERING)))
                .hasMessageContaining("Voorwaarden: noem de voorwaarden bij een ja, mits");

        voltooi("daan", "Task_BesluitNemen", Map.of("besluit", "nee", "motivering", "De plek is nodig voor de nieuwe fietsenstalling."));

        assertThat(initiatief).isEnded().hasPassed("EndEvent_InitiatiefAfgewezen");
        assertThat(middelen.mails.laatste("initiatief-besluit")).isNotNull();
    }

    @Test
    void zonderEmailadresBeltDeVasteContactpersoonHetBesluitDoor() {
        Map<String, Object> telefonisch = new HashMap<>();
        telefonisch.put("contactEmail", null);
        telefonisch.put("hulpGevraagd", List.of("netwerk"));
        ProcessInstance initiatief = naarAcceptatie(telefonisch);
        assertThat(middelen.mails.sjablonen()).doesNotContain("initiatief-ontvangen");
        voltooi("daan", "Task_InitiatiefAccepteren", Map.of("geaccepteerd", "ja"));
        voltooi("daan", "Task_BesluitNemen", Map.of("besluit", "nee", "motivering", "De plek is nodig voor de nieuwe fietsenstalling."));

        Task bellen = taak("Task_BesluitBellen");
        assertThat(bellen.getAssignee()).isEqualTo("bram");
        voltooi("bram", "Task_BesluitBellen", Map.of("belVerslag", "Besluit uitgelegd, teleurgesteld maar begrip"));
        assertThat(initiatief).isEnded();
        assertThat(middelen.mails.sjablonen()).doesNotContain("initiatief-besluit");
    }

    @Test
    void eenVastgelopenInitiatiefStartEenGekoppeldeEscalatie() {
        ProcessInstance initiatief = naarAcceptatie(Map.of("hulpGevraagd", List.of("vergunning")));
        voltooi("daan", "Task_InitiatiefAccepteren", Map.of("geaccepteerd", "ja"));
        voltooi("daan", "Task_BesluitNemen", Map.of("besluit", "ja", "motivering", MOTIVERING));
        ClockUtil.setCurrentTime(om("2027-01-05T10:00"));
        voerUit();

        voltooi("bram", "Task_CheckIn", Map.of("voortgang", "vastgelopen", "checkInVerslag", "Vergunning ligt al 8 weken stil", "escaleren", true));

        String escalatie = (String) variabele(initiatief, "escalatie");
        assertThat(escalatie).startsWith("ESC-");
        ProcessInstance esc = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(escalatie).processDefinitionKeyNotIn("melding").singleResult();
        assertThat(engine.getRuntimeService().getVariable(esc.getId(), "initiatief")).isEqualTo(initiatief.getBusinessKey());
        assertThat(engine.getRuntimeService().getVariable(esc.getId(), "wijkregisseur")).isEqualTo("anna");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(esc.getId()).taskDefinitionKey("Task_OplossenInWijk")
                .singleResult().getAssignee()).isEqualTo("anna");
        assertThat(initiatief).isWaitingAt("Timer_CheckIn");
    }

    @Test
    void zonderContactgegevensOfMetOnbekendeHulpWordtNietsGestart() {
        Map<String, Object> fout = new HashMap<>();
        fout.put("contactEmail", null);
        fout.put("contactTelefoon", " ");
        fout.put("hulpGevraagd", List.of("geld", "toverkracht"));
        fout.put("gevraagdBedrag", -5);
        assertThatThrownBy(() -> start(fout))
                .hasMessageStartingWith("Het initiatief is niet geregistreerd.")
                .hasMessageContaining("Contact: geef een e-mailadres of een telefoonnummer")
                .hasMessageContaining("Gevraagde hulp: 'toverkracht' is geen soort hulp")
                .hasMessageContaining("Gevraagd bedrag: een bedrag kan niet negatief zijn");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("initiatief").count()).isZero();
    }

    // ---- helpers

    private ProcessInstance start(Map<String, Object> afwijkend) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("titel", "Moestuin aan de Kromme Rijn");
        variabelen.put("beschrijving", "Buren willen samen een moestuin beginnen op het grasveld.");
        variabelen.put("wijk", "oost");
        variabelen.put("initiatiefnemer", "Fatima Yilmaz");
        variabelen.put("contactEmail", "buurtfeest@example.org");
        variabelen.put("contactTelefoon", "030 123 4567");
        variabelen.put("kanaal", "telefoon");
        variabelen.put("hulpGevraagd", List.of("geld", "kennis"));
        variabelen.put("gevraagdBedrag", 1500);
        variabelen.putAll(afwijkend);
        ProcessInstance initiatief = engine.getRuntimeService().startProcessInstanceByKey("initiatief", variabelen);
        voerUit();
        return initiatief;
    }

    private ProcessInstance naarAcceptatie(Map<String, Object> afwijkend) {
        ProcessInstance initiatief = start(afwijkend);
        voltooi("bram", "Task_ContactLeggen", Map.of("contactVerslag", "Langs geweest aan de balie"));
        voltooi("anna", "Task_InitiatiefWegen", weging(Map.of("besluitGemeenteNodig", "nee", "eigenaarschapMogelijk", "nee",
                "verderOnderzoeken", "ja", "eerstVerhelderen", "nee", "bestuurlijkeRuimte", "ja", "representatieveGroep", "nee")));
        return initiatief;
    }

    private static Map<String, Object> weging(Map<String, Object> kompas) {
        Map<String, Object> weging = new HashMap<>(kompas);
        weging.put("dientWijkambitie", "ja");
        weging.put("naarWijkmanagementoverleg", "nee");
        weging.put("dienst", "so");
        weging.putIfAbsent("samenwerkingsvormKeuze", "kompas");
        return weging;
    }

    private void voltooi(String gebruiker, String activiteit, Map<String, Object> variabelen) {
        Task taak = taak(activiteit);
        engine.getIdentityService().setAuthenticatedUserId(gebruiker);
        try {
            engine.getTaskService().complete(taak.getId(), variabelen);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        voerUit();
    }

    private void gebruiker(String id, String... groepen) {
        IdentityService identity = engine.getIdentityService();
        var gebruiker = identity.newUser(id);
        gebruiker.setFirstName(id);
        gebruiker.setLastName("Test");
        identity.saveUser(gebruiker);
        for (String groep : groepen) {
            if (identity.createGroupQuery().groupId(groep).count() == 0) {
                identity.saveGroup(identity.newGroup(groep));
            }
            identity.createMembership(id, groep);
        }
    }

    private void voerUit() {
        Jobs.voerUitStrikt(engine.getManagementService());
        // after every step: each running case waits for a task, a timer or an event, never for nothing
        Voortgang.elkeZaakWachtOpIets(engine);
    }

    private Task taak(String activiteit) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey("initiatief").taskDefinitionKey(activiteit).singleResult();
    }

    private List<String> kandidaten(Task taak) {
        return engine.getTaskService().getIdentityLinksForTask(taak.getId()).stream()
                .map(IdentityLink::getUserId).filter(u -> u != null).toList();
    }

    private List<String> groepen(Task taak) {
        return engine.getTaskService().getIdentityLinksForTask(taak.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private String groep(Task taak) {
        return engine.getTaskService().getIdentityLinksForTask(taak.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElseThrow();
    }

    private Object variabele(ProcessInstance zaak, String naam) {
        return engine.getRuntimeService().getVariable(zaak.getId(), naam);
    }

    private Object historisch(ProcessInstance zaak, String naam) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(zaak.getId())
                .activityInstanceIdIn(zaak.getId()).variableName(naam).singleResult().getValue();
    }
}
