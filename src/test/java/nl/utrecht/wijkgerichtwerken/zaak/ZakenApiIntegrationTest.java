package nl.utrecht.wijkgerichtwerken.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.Testklok;
import nl.utrecht.wijkgerichtwerken.config.Webappsessie;

/** The case file over /api/zaken: who lists and reads which case, the timeline from the engine, notes. */
@IntegratieTest
class ZakenApiIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TestRestTemplate rest;
    @Autowired Zaakzoekvraag zoekvraag;
    @Autowired Zoekteksten zoekteksten;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;

    Zaakmaker maker;
    String kenmerk;

    @BeforeEach
    void maker() {
        maker = new Zaakmaker(engine);
        kenmerk = "dossier-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void elkeRolZietPreciesDeZakenVanZijnWijkOfDienst() {
        String oost = maker.escalatie("anna", "oost", "[\"so\",\"sw\"]", "Oost " + kenmerk);
        String overvecht = maker.escalatie("karim", "overvecht", "[\"ggd\"]", "Overvecht " + kenmerk);
        String advies = maker.advies("Advies " + kenmerk, "so");

        Map<String, List<String>> verwacht = Map.of(
                "anna", List.of(oost, advies),
                "karim", List.of(overvecht),
                "bram", List.of(oost, advies),
                "daan", List.of(oost, advies),
                "eva", List.of(oost),
                "femke", List.of(oost, advies),
                "gert", List.of(oost),
                "hanna", List.of(),
                "jet", List.of(oost, overvecht, advies));
        for (var rol : verwacht.entrySet()) {
            assertThat(lijst(rol.getKey(), "?q=" + kenmerk)).as(rol.getKey()).containsExactlyInAnyOrderElementsOf(rol.getValue());
            for (String zaak : List.of(oost, overvecht, advies)) {
                HttpStatus status = rol.getValue().contains(zaak) ? HttpStatus.OK : HttpStatus.NOT_FOUND;
                assertThat(dossier(rol.getKey(), zaak).getStatusCode()).as(rol.getKey() + " " + zaak).isEqualTo(status);
            }
        }
        assertThat(dossier("anna", "ESC-1999-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void deFiltersVanDeLijstGeldenBinnenDeRechtenVanElkeRol() {
        String oost = maker.escalatie("anna", "oost", "[\"so\",\"sw\"]", "Matrix " + kenmerk);
        String overvecht = maker.escalatie("karim", "overvecht", "[\"so\"]", "Matrix " + kenmerk);
        String advies = maker.advies("Matrix " + kenmerk, "so");

        // rol -> {wijk=oost, wijk=overvecht, proces=escalatie}
        Map<String, List<List<String>>> verwacht = Map.of(
                "anna", List.of(List.of(oost, advies), List.of(), List.of(oost)),
                "bram", List.of(List.of(oost, advies), List.of(), List.of(oost)),
                "karim", List.of(List.of(), List.of(overvecht), List.of(overvecht)),
                "daan", List.of(List.of(oost, advies), List.of(overvecht), List.of(oost, overvecht)),
                "femke", List.of(List.of(oost, advies), List.of(overvecht), List.of(oost, overvecht)),
                "eva", List.of(List.of(oost), List.of(), List.of(oost)),
                "gert", List.of(List.of(oost), List.of(), List.of(oost)),
                "jet", List.of(List.of(oost, advies), List.of(overvecht), List.of(oost, overvecht)),
                "ivo", List.of(List.of(), List.of(), List.of()));
        for (var rol : verwacht.entrySet()) {
            String wie = rol.getKey();
            assertThat(lijst(wie, "?q=" + kenmerk + "&wijk=oost")).as(wie + " oost").containsExactlyInAnyOrderElementsOf(rol.getValue().get(0));
            assertThat(lijst(wie, "?q=" + kenmerk + "&wijk=overvecht")).as(wie + " overvecht")
                    .containsExactlyInAnyOrderElementsOf(rol.getValue().get(1));
            assertThat(lijst(wie, "?q=" + kenmerk + "&proces=escalatie")).as(wie + " escalatie")
                    .containsExactlyInAnyOrderElementsOf(rol.getValue().get(2));
        }
        assertThat(lijst("jet", "?q=" + kenmerk.replace('-', '_'))).as("_ in a search is a character, not a wildcard").isEmpty();
        assertThat(lijst("jet", "?q=" + kenmerk.toUpperCase())).as("search ignores case").hasSize(3);
    }

    @Test
    void deLijstKomtInPaginasVanDeNieuwsteZaakAfMetHetTotaal() {
        String eerste = maker.escalatie("anna", "oost", "[\"so\"]", "Pagina " + kenmerk);
        String tweede = maker.escalatie("anna", "oost", "[\"so\"]", "Pagina " + kenmerk);
        String derde = maker.escalatie("anna", "oost", "[\"so\"]", "Pagina " + kenmerk);

        ResponseEntity<JsonNode> pagina = rest.withBasicAuth("anna", "demo")
                .getForEntity("/api/zaken?q=" + kenmerk + "&grootte=2", JsonNode.class);
        assertThat(pagina.getHeaders().getFirst("X-Totaal-Aantal")).isEqualTo("3");
        assertThat(lijst("anna", "?q=" + kenmerk + "&grootte=2")).containsExactly(derde, tweede);
        assertThat(lijst("anna", "?q=" + kenmerk + "&grootte=2&pagina=2")).containsExactly(eerste);
        assertThat(lijst("anna", "?q=" + kenmerk + "&grootte=2&pagina=3")).isEmpty();
        // the count stops one past its limit: with a limit of 2 the three cases only count as "more than 2"
        var vraag = new Zaakzoekvraag.Vraag(new Lezer("anna", java.util.Set.of("wijk-oost")), Zaakprocessen.ALLE, null, null, kenmerk);
        assertThat(zoekvraag.aantal(vraag, 2)).isEqualTo(3);
        assertThat(zoekvraag.aantal(vraag, 1)).isEqualTo(2);
        assertThat(zoekvraag.aantal(vraag, Zaken.TELGRENS)).isEqualTo(3);
        for (String fout : List.of("grootte=0", "grootte=201", "pagina=0", "pagina=een")) {
            ResponseEntity<JsonNode> geweigerd = rest.withBasicAuth("anna", "demo").getForEntity("/api/zaken?" + fout, JsonNode.class);
            assertThat(geweigerd.getStatusCode()).as(fout).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(geweigerd.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo(fout.substring(0, fout.indexOf('=')));
        }
    }

    @Test
    void deLijstGeeftDezelfdeTermijnstatusAlsHetDashboardOokRuimTeLaat() {
        String zaak = maker.escalatie("anna", "oost", "[\"so\"]", "Termijn " + kenmerk);
        Task taak = maker.taak(zaak, "Task_OplossenInWijk");
        try {
            ClockUtil.setCurrentTime(taak.getFollowUpDate());
            assertThat(termijnstatus(zaak)).as("from the task's follow-up date").isEqualTo("bijna-te-laat");
            ClockUtil.setCurrentTime(Date.from(taak.getDueDate().toInstant().plus(1, ChronoUnit.DAYS)));
            assertThat(termijnstatus(zaak)).isIn("te-laat", "ruim-te-laat");
            ClockUtil.setCurrentTime(Date.from(taak.getDueDate().toInstant().plus(120, ChronoUnit.DAYS)));
            assertThat(termijnstatus(zaak)).as("past the deadline by more than the term itself").isEqualTo("ruim-te-laat");
        } finally {
            Testklok.herstel();
        }
    }

    private String termijnstatus(String zaak) {
        return rest.withBasicAuth("anna", "demo").getForObject("/api/zaken?q=" + zaak, JsonNode.class).get(0)
                .get("termijnstatus").asText();
    }

    @Test
    void deLijstFiltertOpWijkProcesEnStatusEnToontStapEnTermijn() {
        String oost = maker.escalatie("anna", "oost", "[\"so\"]", "Filter " + kenmerk);
        String advies = maker.advies("Filter " + kenmerk, "so");

        assertThat(lijst("jet", "?q=" + kenmerk + "&proces=escalatie")).containsExactly(oost);
        assertThat(lijst("jet", "?q=" + kenmerk + "&proces=wijkplatform-advies&wijk=oost&status=open")).containsExactly(advies);
        assertThat(lijst("jet", "?q=" + kenmerk + "&status=gesloten")).isEmpty();
        assertThat(lijst("jet", "?q=" + oost)).containsExactly(oost);
        JsonNode regel = rest.withBasicAuth("jet", "demo").getForObject("/api/zaken?q=" + oost, JsonNode.class).get(0);
        assertThat(regel.get("proces").asText()).isEqualTo("escalatie");
        assertThat(regel.get("wijk").asText()).isEqualTo("oost");
        assertThat(regel.get("titel").asText()).isEqualTo("Filter " + kenmerk);
        assertThat(regel.get("stap").asText()).as("the step, without the case number the task list needs")
                .isEqualTo("Oplossen in de wijk");
        assertThat(regel.get("termijn").isNull()).isFalse();
        assertThat(regel.get("termijnstatus").asText()).isEqualTo("op-tijd");

        ResponseEntity<JsonNode> fout = rest.withBasicAuth("jet", "demo").getForEntity("/api/zaken?status=half", JsonNode.class);
        assertThat(fout.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fout.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("status");
        assertThat(rest.getForEntity("/api/zaken", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("anna", "fout").getForEntity("/api/zaken", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void deLijstToontVanEenZaakMetTweeOpenTakenDieWaarvanDeTermijnHetEerstVerstrijkt() {
        String zaak = maker.escalatie("anna", "oost", "[\"so\",\"sw\"]", "Twee taken " + kenmerk);
        maker.voltooi("anna", maker.taak(zaak, "Task_OplossenInWijk"),
                Map.of("besluit", "escaleren", "toelichting", "In de wijk lukt het niet"));
        Task so = maker.taak(zaak, "Task_BesluitDienstdirecteur", "so");
        Task sw = maker.taak(zaak, "Task_BesluitDienstdirecteur", "sw");
        Date vroeg = Date.from(so.getDueDate().toInstant().minus(3, ChronoUnit.DAYS));
        Date laat = Date.from(so.getDueDate().toInstant().plus(3, ChronoUnit.DAYS));
        // both orders, so that neither the first nor the last task the database returns passes by chance
        for (Task eerste : List.of(so, sw)) {
            Task andere = eerste == so ? sw : so;
            engine.getTaskService().setDueDate(eerste.getId(), vroeg);
            engine.getTaskService().setDueDate(andere.getId(), laat);
            JsonNode regel = rest.withBasicAuth("jet", "demo").getForObject("/api/zaken?q=" + zaak, JsonNode.class).get(0);
            assertThat(regel.get("stap").asText()).as("the task due first").isEqualTo(Stapnaam.van(eerste.getName()))
                    .isNotEqualTo(Stapnaam.van(andere.getName()));
            assertThat(java.time.OffsetDateTime.parse(regel.get("termijn").asText()).toInstant()).isEqualTo(vroeg.toInstant());
        }
    }

    @Test
    void eenZaakZonderZoektekstWordtBijDeStartVanDeAppWeerGevondenEnEenVerwijderdeZaakVerliestDeZijne() {
        String zaak = maker.escalatie("anna", "oost", "[\"so\"]", "Élan van de Straat " + kenmerk);
        assertThat(lijst("jet", "?q=" + "élan VAN de straat " + kenmerk)).as("title, any case").containsExactly(zaak);
        String instantie = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("escalatie").processInstanceBusinessKey(zaak)
                .singleResult().getId();
        // as a case from before the table: no search text
        jdbc.update("DELETE FROM wijk_zoektekst WHERE proc_inst_id = ?", instantie);
        jdbc.update("INSERT INTO wijk_zoektekst (proc_inst_id, tekst) VALUES (?, ?)", "weg-" + kenmerk, "weg " + kenmerk);
        assertThat(lijst("jet", "?q=" + kenmerk)).isEmpty();

        assertThat(zoekteksten.vulAan()).isPositive();

        assertThat(lijst("jet", "?q=" + kenmerk)).containsExactly(zaak);
        assertThat(lijst("jet", "?q=" + zaak.toLowerCase())).as("by its number").containsExactly(zaak);
        assertThat(lijst("jet", "?q=" + zaak + " | ")).as("number and title are not joined by text a search could hold").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wijk_zoektekst WHERE proc_inst_id = ?", Long.class, "weg-" + kenmerk))
                .as("the text of a case the history cleanup removed").isZero();

        // an administrator has the start event run again (Cockpit's instance modification): still one text
        engine.getRuntimeService().createProcessInstanceModification(instantie).startBeforeActivity("StartEvent_EscalatieGestart").execute();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wijk_zoektekst WHERE proc_inst_id = ?", Long.class, instantie)).isOne();
    }

    @Test
    void deTijdlijnVanEenEscalatieToontElkeTredeMetWieWanneerEnBesluitPerDienst() {
        String zaak = maker.escalatie("anna", "oost", "[\"so\",\"sw\"]", "Tijdlijn " + kenmerk);
        maker.voltooi("anna", maker.taak(zaak, "Task_OplossenInWijk"),
                Map.of("besluit", "escaleren", "toelichting", "In de wijk lukt het niet"));
        maker.voltooi("femke", maker.taak(zaak, "Task_BesluitDienstdirecteur", "so"),
                Map.of("besluit", "escaleren", "toelichting", "Geen capaciteit"));
        maker.voltooi("gert", maker.taak(zaak, "Task_BesluitDienstdirecteur", "sw"),
                Map.of("besluit", "opgelost", "toelichting", "Wij doen het", "afspraken", "SW plaatst rekken"));

        JsonNode dossier = dossier("daan", zaak).getBody();
        assertThat(dossier.get("zaaknummer").asText()).isEqualTo(zaak);
        assertThat(dossier.get("opgeschort").asBoolean()).isFalse();
        JsonNode tijdlijn = dossier.get("tijdlijn");
        List<String> regels = new ArrayList<>();
        tijdlijn.forEach(s -> regels.add(s.get("door").asText() + "|" + s.get("dienst").asText() + "|"
                + s.get("besluit").asText() + "|" + s.get("toelichting").asText()));
        assertThat(regels).containsExactly("anna|null|escaleren|In de wijk lukt het niet",
                "femke|so|escaleren|Geen capaciteit", "gert|sw|opgelost|Wij doen het");
        tijdlijn.forEach(s -> assertThat(s.get("moment").isNull()).isFalse());
        assertThat(tijdlijn.get(1).get("stap").asText()).isEqualTo("Besluit nemen als dienstdirecteur (StadsOntwikkeling)");
    }

    @Test
    void deTijdlijnVanEenAdviesToontRegistratieReactieEnBeoordeling() {
        String zaak = maker.advies("Volledig " + kenmerk, "so");
        maker.voltooi("daan", maker.taak(zaak, "Task_ReactieSchrijven"), Map.of("punten",
                "[{\"standpunt\":\"overgenomen\",\"motivering\":\"Wij nemen dit over: de oversteek ligt op een schoolroute.\"}]",
                "vervolg", "De oversteek komt in april."));
        maker.voltooi("carla", maker.taak(zaak, "Task_ReactieBeoordelen"), Map.of("akkoord", "ja"));

        JsonNode tijdlijn = dossier("femke", zaak).getBody().get("tijdlijn");
        List<String> regels = new ArrayList<>();
        tijdlijn.forEach(s -> regels.add(s.get("door").asText() + "|" + s.get("besluit").asText() + "|" + s.get("toelichting").asText()));
        assertThat(regels).containsExactly("bram|null|Op de wijkavond", "daan|null|De oversteek komt in april.", "carla|ja|null");
        // the point overgenomen is followed through, so the case stays open (issue 21)
        assertThat(lijst("femke", "?q=" + kenmerk + "&status=open")).containsExactly(zaak);
    }

    @Test
    void wieEenZaakMagLezenVoegtEenNotitieToeDieInHetDossierStaat() {
        String zaak = maker.escalatie("anna", "oost", "[\"sw\"]", "Notitie " + kenmerk);

        ResponseEntity<JsonNode> nieuw = notitie("eva", zaak, Map.of("tekst", "Gebeld met de aannemer.\nVolgende week terug."));
        assertThat(nieuw.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(notitie("bram", zaak, Map.of("tekst", "Bewoners geïnformeerd")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode notities = dossier("anna", zaak).getBody().get("notities");
        assertThat(notities).hasSize(2);
        assertThat(notities.get(0).get("tekst").asText()).isEqualTo("Gebeld met de aannemer.\nVolgende week terug.");
        assertThat(notities.get(0).get("door").asText()).isEqualTo("eva");
        assertThat(notities.get(1).get("door").asText()).isEqualTo("bram");
        assertThat(notities.get(1).get("moment").isNull()).isFalse();

        for (Map<String, Object> fout : List.of(Map.<String, Object>of("tekst", " "), Map.<String, Object>of("tekst", "x".repeat(4001)),
                Map.<String, Object>of("tekst", "bel\u0007me"), Map.<String, Object>of("ander", "veld"))) {
            ResponseEntity<JsonNode> geweigerd = notitie("anna", zaak, fout);
            assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(geweigerd.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(geweigerd.getBody().get("fouten").get(0).get("veld").asText()).isEqualTo("tekst");
        }
        assertThat(notitie("daan", zaak, Map.of("tekst", "Mag niet")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(dossier("anna", zaak).getBody().get("notities")).hasSize(2);
    }

    @Test
    void eenTasklistSessieLeestHetDossierZonderNogmaalsInTeLoggen() {
        String zaak = maker.escalatie("anna", "oost", "[\"so\"]", "Sessie " + kenmerk);
        HttpHeaders anna = new HttpHeaders();
        anna.add(HttpHeaders.COOKIE, Webappsessie.login(rest, "anna", "demo").cookies());
        HttpHeaders karim = new HttpHeaders();
        karim.add(HttpHeaders.COOKIE, Webappsessie.login(rest, "karim", "demo").cookies());

        ResponseEntity<JsonNode> gelezen = rest.exchange("/api/zaken/" + zaak, HttpMethod.GET, new HttpEntity<>(anna), JsonNode.class);
        assertThat(gelezen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(gelezen.getBody().get("titel").asText()).isEqualTo("Sessie " + kenmerk);
        assertThat(rest.exchange("/api/zaken/" + zaak, HttpMethod.GET, new HttpEntity<>(karim), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void eenEscalatieVanuitEenInitiatiefNoemtDatInitiatiefAlsGekoppeldeZaak() {
        String zaak = maker.escalatie("anna", "oost", "[\"so\"]", "Koppeling " + kenmerk);
        assertThat(dossier("anna", zaak).getBody().get("gekoppeldeZaken")).isEmpty();
        // what initiatief/EscalatieStartenDelegate records on the escalation it starts (the whole initiatief path
        // needs the check-in timer, see InitiatiefProcessTest)
        String instantie = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("escalatie").singleResult().getId();
        engine.getRuntimeService().setVariable(instantie, "initiatief", "INI-2026-000042");

        JsonNode gekoppeld = dossier("anna", zaak).getBody().get("gekoppeldeZaken");
        assertThat(gekoppeld).hasSize(1);
        assertThat(gekoppeld.get(0).asText()).isEqualTo("INI-2026-000042");
    }

    private List<String> lijst(String gebruiker, String zoek) {
        ResponseEntity<JsonNode> antwoord = rest.withBasicAuth(gebruiker, "demo").getForEntity("/api/zaken" + zoek, JsonNode.class);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.OK);
        List<String> nummers = new ArrayList<>();
        antwoord.getBody().forEach(z -> nummers.add(z.get("zaaknummer").asText()));
        return nummers;
    }

    private ResponseEntity<JsonNode> dossier(String gebruiker, String zaak) {
        return rest.withBasicAuth(gebruiker, "demo").getForEntity("/api/zaken/" + zaak, JsonNode.class);
    }

    private ResponseEntity<JsonNode> notitie(String gebruiker, String zaak, Map<String, Object> invoer) {
        return rest.withBasicAuth(gebruiker, "demo").postForEntity("/api/zaken/" + zaak + "/notities", invoer, JsonNode.class);
    }
}
