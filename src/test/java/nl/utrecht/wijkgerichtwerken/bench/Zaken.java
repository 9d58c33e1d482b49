package nl.utrecht.wijkgerichtwerken.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Starts and works cases the way people do: the wijkregisseur through the engine (as Tasklist's start form
 * does, with his authentication), wijkplatforms and initiatiefnemers through the public API, officials by
 * claiming and completing their tasks. Also the bare one-user-task process the figures are compared with.
 */
final class Zaken {

    static final String KAAL = "bench-kaal";
    static final String REGISSEUR = "bench-regisseur";
    /** Open escalations are spread over this many wijkregisseurs, as in a real municipality. */
    static final int REGISSEURS = 20;
    static final String BUREAU = "bench-bureau";
    static final String BUREAU_TWEE = "bench-bureau-2";
    static final String AMBTENAAR = "bench-so";
    static final String DIRECTEUR = "bench-dd";
    static final String MANAGER = "bench-manager";
    private static final String MOTIVERING = "Dit punt nemen we over: het past in het programma voor de openbare ruimte.";
    private static final String[] WIJKEN = {"oost", "west", "zuid", "noordoost", "overvecht"};
    private static final String[] DIENSTEN = {"so", "sw", "dmo"};

    private final ProcessEngine engine;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, List<String>> groepenVan = new java.util.concurrent.ConcurrentHashMap<>();
    private final String basis;

    Zaken(ProcessEngine engine, int poort) {
        this.engine = engine;
        this.basis = "http://localhost:" + poort;
    }

    /** Bench users in the real groups, and the bare process startable by the wijkregisseurs. */
    void richtIn() {
        IdentityService identity = engine.getIdentityService();
        // the bench's own wijkregisseur escalates in every wijk of the load: a starter must belong to the wijk
        gebruiker(identity, REGISSEUR, java.util.stream.Stream.concat(java.util.stream.Stream.of("wijkregisseur"),
                java.util.Arrays.stream(WIJKEN).map(wijk -> "wijk-" + wijk)).toArray(String[]::new));
        for (int r = 0; r < REGISSEURS; r++) {
            gebruiker(identity, regisseur(r), "wijkregisseur", "wijk-" + WIJKEN[r % WIJKEN.length]);
        }
        gebruiker(identity, BUREAU, "wijkbureau-oost", "wijk-oost");
        gebruiker(identity, BUREAU_TWEE, "wijkbureau-oost", "wijk-oost");
        gebruiker(identity, AMBTENAAR, "vakafdeling-so");
        gebruiker(identity, DIRECTEUR, "dienstdirecteur-so");
        gebruiker(identity, MANAGER, "manager");
        engine.getRepositoryService().createDeployment().name(KAAL).addModelInstance(KAAL + ".bpmn",
                Bpmn.createExecutableProcess(KAAL).camundaHistoryTimeToLive(180).startEvent().userTask("Task_Kaal")
                        .camundaCandidateGroups("wijkregisseur").endEvent().done()).deploy();
        AuthorizationService autorisaties = engine.getAuthorizationService();
        Authorization definitie = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        definitie.setGroupId("wijkregisseur");
        definitie.setResource(Resources.PROCESS_DEFINITION);
        definitie.setResourceId(KAAL);
        definitie.addPermission(Permissions.CREATE_INSTANCE);
        definitie.addPermission(Permissions.READ);
        autorisaties.saveAuthorization(definitie);
    }

    String kaal() {
        return als(REGISSEUR, () -> engine.getRuntimeService().startProcessInstanceByKey(KAAL).getId());
    }

    static String regisseur(int r) {
        return REGISSEUR + "-" + r;
    }

    /** An escalation at rung wijk by one of the wijkregisseurs; {@code i} spreads them, the wijken and diensten. */
    String escalatie(int i) {
        return escalatie(regisseur(Math.floorMod(i, REGISSEURS)), i);
    }

    /** An escalation at rung wijk started (and so owned) by this wijkregisseur. */
    String escalatie(String regisseur, int i) {
        return escalatie(regisseur, i, false);
    }

    /**
     * For the timer rounds: an escalation whose wijkregisseur asked at the start to move up by itself after the grace
     * term ({@code automatischEscaleren}); without it a passed term only brings him a choice.
     */
    String escalatieMetAutomatischEscaleren(int i) {
        return escalatie(regisseur(Math.floorMod(i, REGISSEURS)), i, true);
    }

    String escalatieMetAutomatischEscaleren(String regisseur, int i) {
        return escalatie(regisseur, i, true);
    }

    private String escalatie(String regisseur, int i, boolean automatischEscaleren) {
        Map<String, Object> start = new HashMap<>();
        start.put("automatischEscaleren", automatischEscaleren);
        start.put("titel", "Benchmark escalatie " + i);
        start.put("wijk", WIJKEN[Math.floorMod(i, WIJKEN.length)]);
        start.put("diensten", SpinValues.jsonValue(Spin.JSON(List.of(DIENSTEN[Math.floorMod(i, DIENSTEN.length)], DIENSTEN[Math.floorMod(i + 1, DIENSTEN.length)]))).create());
        start.put("knelpunt", "Twee diensten wachten op elkaar bij de herinrichting");
        start.put("urgentie", i % 10 == 0 ? "hoog" : "normaal");
        return als(regisseur, () -> engine.getRuntimeService().startProcessInstanceByKey("escalatie", start).getId());
    }

    /** An advice as the wijkbureau registers it (engine start, same start rules as the API). */
    String advies(int i) {
        Map<String, Object> start = new HashMap<>();
        start.put("wijkplatform", "Wijkplatform " + WIJKEN[Math.floorMod(i, WIJKEN.length)]);
        start.put("wijk", WIJKEN[Math.floorMod(i, WIJKEN.length)]);
        start.put("onderwerp", "Benchmark " + i);
        start.put("soort", "ongevraagd");
        start.put("adviespunten", SpinValues.jsonValue(Spin.JSON(List.of("Meer groen", "Veilige oversteek"))).create());
        start.put("betrokkenen", "Werkgroep");
        start.put("draagvlak", "Wijkavond");
        start.put("contactEmail", "platform@example.org");
        return engine.getRuntimeService().startProcessInstanceByKey("wijkplatform-advies", start).getId();
    }

    /** An initiative as the wijkbureau registers one from the desk (engine start, same start rules as the API). */
    String initiatief(int i) {
        Map<String, Object> start = new HashMap<>();
        start.put("titel", "Benchmark " + i);
        start.put("beschrijving", "Geveltuinen in de straat");
        start.put("wijk", WIJKEN[Math.floorMod(i, WIJKEN.length)]);
        start.put("initiatiefnemer", "Noor");
        start.put("contactTelefoon", "030 123 4567");
        start.put("kanaal", "wijkbureau");
        start.put("hulpGevraagd", SpinValues.jsonValue(Spin.JSON(List.of("kennis"))).create());
        return engine.getRuntimeService().startProcessInstanceByKey("initiatief", start).getId();
    }

    /** An information request as the wijkbureau registers it (engine start, same start rules as the API). */
    String informatieverzoek(int i) {
        Map<String, Object> start = new HashMap<>();
        start.put("wijkplatform", "Wijkplatform " + WIJKEN[Math.floorMod(i, WIJKEN.length)]);
        start.put("wijk", WIJKEN[Math.floorMod(i, WIJKEN.length)]);
        start.put("onderwerp", "Benchmark " + i);
        start.put("vraag", "Welke bomen worden gekapt en wat komt ervoor terug?");
        start.put("contactEmail", "platform@example.org");
        return engine.getRuntimeService().startProcessInstanceByKey("informatieverzoek", start).getId();
    }

    static Map<String, Object> antwoord() {
        return Map.of("antwoord", "De bomen worden in maart vervangen door lindes, zie het bomenplan.");
    }

    /** The process instance of a case number. */
    String zaak(String zaaknummer) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).processDefinitionKeyNotIn("melding").singleResult().getId();
    }

    /** Returns the case number the API answered with. */
    String adviesViaApi(int i) throws Exception {
        return post("/api/adviezen", "{\"wijkplatform\": \"Wijkplatform Oost\", \"wijk\": \"oost\", \"onderwerp\": \"Benchmark " + i
                + "\", \"soort\": \"gevraagd\", \"adviespunten\": [\"Meer groen\", \"Veilige oversteek\", \"Minder parkeren\"],"
                + " \"betrokkenen\": \"Werkgroep\", \"draagvlak\": \"Wijkavond\", \"contactEmail\": \"platform@example.org\"}");
    }

    /** Returns the case number the API answered with. */
    String initiatiefViaApi(int i) throws Exception {
        return post("/api/initiatieven", "{\"titel\": \"Benchmark " + i + "\", \"beschrijving\": \"Geveltuinen\", \"wijk\": \""
                + WIJKEN[Math.floorMod(i, WIJKEN.length)] + "\", \"initiatiefnemer\": \"Noor\", \"contactEmail\": \"noor@example.org\","
                + " \"hulpGevraagd\": [\"geld\"], \"gevraagdBedrag\": 750}");
    }

    /** Claims and completes the case's open task with this definition key as the user. */
    void werk(String zaak, String taakSleutel, String gebruiker, Map<String, Object> variabelen) {
        als(gebruiker, () -> {
            Task taak = engine.getTaskService().createTaskQuery().processInstanceId(zaak).taskDefinitionKey(taakSleutel).singleResult();
            if (taak.getAssignee() == null) {
                engine.getTaskService().claim(taak.getId(), gebruiker);
            }
            engine.getTaskService().complete(taak.getId(), variabelen);
            return null;
        });
    }

    static Map<String, Object> registratie() {
        return Map.of("dienst", "so", "afsprakenVervolg", "Reactie bespreken op de volgende wijkavond");
    }

    static Map<String, Object> reactie(int punten) {
        List<Map<String, Object>> lijst = new ArrayList<>();
        for (int p = 0; p < punten; p++) {
            lijst.add(Map.of("standpunt", "overgenomen", "motivering", MOTIVERING));
        }
        return Map.of("punten", SpinValues.jsonValue(Spin.JSON(lijst)).create(), "vervolg", "Uitvoering in het voorjaar");
    }

    static Map<String, Object> akkoord() {
        Map<String, Object> beoordeling = new HashMap<>();
        beoordeling.put("akkoord", "ja");
        beoordeling.put("opmerkingen", null);
        return beoordeling;
    }

    static Map<String, Object> escaleren() {
        Map<String, Object> besluit = new HashMap<>();
        besluit.put("besluit", "escaleren");
        besluit.put("toelichting", "Lukt niet binnen de wijk: de diensten moeten kiezen");
        besluit.put("afspraken", null);
        return besluit;
    }

    /** The wijkregisseur's weging of an initiative: the Kompas answers, the wijk ambition, dienst so. */
    static Map<String, Object> weging() {
        return Map.of("besluitGemeenteNodig", "nee", "eigenaarschapMogelijk", "ja", "allesOverlaten", "ja",
                "ondersteuningNodigEnGeld", "ja", "dientWijkambitie", "ja", "naarWijkmanagementoverleg", "nee", "dienst", "so",
                "samenwerkingsvormKeuze", "kompas");
    }

    static Map<String, Object> initiatiefBesluit() {
        return Map.of("besluit", "nee", "motivering", "De plek is nodig voor de nieuwe fietsenstalling van de school.");
    }

    static Map<String, Object> opgelost() {
        return Map.of("besluit", "opgelost", "toelichting", "Opgelost in het wijkmanagementoverleg", "afspraken", "SO levert in maart");
    }

    <T> T als(String gebruiker, java.util.function.Supplier<T> werk) {
        IdentityService identity = engine.getIdentityService();
        List<String> groepen = groepenVan.computeIfAbsent(gebruiker,
                g -> identity.createGroupQuery().groupMember(g).list().stream().map(groep -> groep.getId()).toList());
        identity.setAuthentication(gebruiker, groepen);
        try {
            return werk.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private String post(String pad, String json) throws Exception {
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + pad))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 201) {
            throw new IllegalStateException(pad + " → " + antwoord.statusCode() + " " + antwoord.body());
        }
        return antwoord.body().replaceAll(".*\"zaaknummer\":\"([^\"]+)\".*", "$1");
    }

    static String wachtwoord(String gebruiker) {
        return "bench-" + gebruiker;
    }

    private static void gebruiker(IdentityService identity, String id, String... groepen) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(wachtwoord(id));
            user.setEmail(id + "@utrecht.example");
            identity.saveUser(user);
            for (String groep : groepen) {
                identity.createMembership(id, groep);
            }
        }
    }
}
