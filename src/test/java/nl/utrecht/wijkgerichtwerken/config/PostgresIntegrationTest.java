package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.utrecht.wijkgerichtwerken.EmbeddedPostgresDatabase;
import nl.utrecht.wijkgerichtwerken.Jobs;
import nl.utrecht.wijkgerichtwerken.TestProcessen;
import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;

/** The whole app on a real PostgreSQL with the production profile: settings from the environment, no demo users. */
@SpringBootTest(classes = WijkgerichtWerkenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.admin-user.id=beheerder", "camunda.bpm.admin-user.password=geheim-voor-de-test"})
@ActiveProfiles({"test", "postgres"})
@Tag("eigen-jvm")
// close the app while PostgreSQL still runs (else the JVM's shutdown hooks race and the fork hangs)
@DirtiesContext
class PostgresIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresDatabase.nieuweDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Autowired ProcessEngine processEngine;
    @Autowired DataSource dataSource;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TestRestTemplate rest;

    @Test
    void engineDraaitOpPostgresql() throws Exception {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuratie.getDatabaseType()).isEqualTo("postgres");
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void flywayMaaktDeEigenTabellenEnLaatCamundaMetRust() {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("SELECT version FROM wijk_schema_historie WHERE success ORDER BY installed_rank",
                String.class)).containsExactly("1", "2", "3", "4", "5");
        for (String tabel : new String[] {"wijk_zaaknummer", "wijk_idempotentie", "wijk_weekoverzicht", "wijk_emmer",
                "wijk_notitie", "wijk_document", "wijk_document_deel", "wijk_opschorting", "wijk_opschorting_taak", "wijk_zoektekst"}) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                    Integer.class, tabel)).as(tabel).isOne();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                + "'wijk_idempotentie' AND column_name = 'inhoud_hash'", Integer.class)).isOne();
    }

    @Test
    void groepenBestaanMaarDemoGebruikersNiet() {
        assertThat(identityService.createGroupQuery().groupId("dienstdirecteur-so").count()).isOne();
        assertThat(identityService.createGroupQuery().groupId("wijkbureau-leidsche-rijn").count()).isOne();
        assertThat(identityService.createUserQuery().userId("anna").count()).isZero();
        assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
        assertThat(identityService.checkPassword("beheerder", "geheim-voor-de-test")).isTrue();
    }

    @Test
    void zaakMetTaakLooptOpPostgresql() {
        String key = TestProcessen.eenTaakVoorGroep(repositoryService, "test-postgres", "wijkregisseur");
        String id = runtimeService.startProcessInstanceByKey(key, Map.of("titel", "Test")).getId();
        var taak = taskService.createTaskQuery().processInstanceId(id).singleResult();
        taskService.complete(taak.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
    }

    @Test
    void dashboardTeltOokOpPostgresqlMetZijnIndexen() throws Exception {
        identityService.setAuthentication("beheerder", java.util.List.of("camunda-admin"));
        String zaak;
        try {
            zaak = runtimeService.startProcessInstanceByKey("escalatie", Map.of("titel", "Dashboard op PostgreSQL",
                    "wijk", "zuid", "diensten", java.util.List.of("sw"), "knelpunt", "Wachten op elkaar", "urgentie", "normaal")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        Jobs.voerUitStrikt(processEngine.getManagementService());

        var beheerder = rest.withBasicAuth("beheerder", "geheim-voor-de-test");
        var overzicht = beheerder.getForEntity("/api/dashboard/open-zaken", com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(overzicht.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(overzicht.getBody().get("rijen")).anySatisfy(rij -> {
            assertThat(rij.get("proces").asText()).isEqualTo("escalatie");
            assertThat(rij.get("wijk").asText()).isEqualTo("zuid");
            assertThat(rij.get("stap").asText()).isEqualTo("wijk");
            assertThat(rij.get("aantallen").get("op-tijd").asLong()).isOne();
        });
        var zaken = beheerder.getForEntity("/api/dashboard/open-zaken/zaken?proces=escalatie&wijk=zuid&termijnstatus=op-tijd",
                com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(zaken.getBody()).hasSize(1);
        assertThat(zaken.getBody().get(0).get("cockpitUrl").asText()).contains(zaak);
        assertThat(beheerder.getForEntity("/api/dashboard/kengetallen", String.class).getBody())
                .contains("\"escalatieNiveaus\":[{\"niveau\":\"wijk\"").doesNotContain("escalatiesPerWijk");
        assertThat(beheerder.getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("wijk_open_zaken{proces=\"escalatie\",termijnstatus=\"op-tijd\",wijk=\"zuid\"} 1.0");
        try (var connection = dataSource.getConnection(); var indexen = connection.createStatement()
                .executeQuery("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'wijk_idx_%'")) {
            java.util.List<String> namen = new java.util.ArrayList<>();
            while (indexen.next()) {
                namen.add(indexen.getString(1));
            }
            assertThat(namen).contains("wijk_idx_var_naam_exe", "wijk_idx_task_due", "wijk_idx_hi_task_stap_eind",
                    "wijk_idx_job_due", "wijk_idx_task_parent", "wijk_idx_hi_pi_start", "wijk_idx_hi_pi_open_start");
        }
        try (var connection = dataSource.getConnection(); var rs = connection.createStatement()
                .executeQuery("SELECT stxname FROM pg_statistic_ext")) {
            java.util.List<String> namen = new java.util.ArrayList<>();
            while (rs.next()) {
                namen.add(rs.getString(1));
            }
            assertThat(namen).as("which values go with which variable name, for the case list's plans")
                    .contains("wijk_stat_hi_var_naam_waarde");
        }
        // the case list filtered on wijk zuid finds the case (the filter runs in SQL on PostgreSQL too)
        var lijst = rest.withBasicAuth("beheerder", "geheim-voor-de-test").getForEntity("/api/zaken?wijk=zuid&status=open",
                com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(lijst.getBody()).anySatisfy(rij -> assertThat(rij.get("titel").asText()).isEqualTo("Dashboard op PostgreSQL"));
    }

    @Test
    void deZakenlijstFiltertOokOpPostgresqlInDeDatabase() {
        identityService.setAuthentication("beheerder", java.util.List.of("camunda-admin"));
        String zaak;
        try {
            zaak = runtimeService.startProcessInstanceByKey("escalatie", Map.of("titel", "Lijst op PostgreSQL 50%_x",
                    "wijk", "zuidwest", "diensten", java.util.List.of("veiligheid"), "knelpunt", "Wachten op elkaar", "urgentie", "normaal"))
                    .getBusinessKey();
        } finally {
            identityService.clearAuthentication();
        }
        for (String[] lezer : new String[][] {{"lezer-vh", "vakafdeling-veiligheid"}, {"lezer-so", "vakafdeling-so"}}) {
            var gebruiker = identityService.newUser(lezer[0]);
            gebruiker.setPassword("Lang-genoeg-wachtwoord-42");
            identityService.saveUser(gebruiker);
            identityService.createMembership(lezer[0], lezer[1]);
        }

        var beheerder = rest.withBasicAuth("beheerder", "geheim-voor-de-test");
        var lijst = beheerder.getForEntity("/api/zaken?q=50%_x&wijk=zuidwest&status=open&proces=escalatie&grootte=5",
                com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(lijst.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lijst.getBody()).hasSize(1);
        assertThat(lijst.getBody().get(0).get("zaaknummer").asText()).isEqualTo(zaak);
        assertThat(lijst.getHeaders().getFirst("X-Totaal-Aantal")).isEqualTo("1");
        assertThat(beheerder.getForObject("/api/zaken?q=5_%", com.fasterxml.jackson.databind.JsonNode.class)).isEmpty();
        assertThat(beheerder.getForObject("/api/zaken?q=" + zaak.toLowerCase(java.util.Locale.ROOT), com.fasterxml.jackson.databind.JsonNode.class))
                .as("by its number, in any case").hasSize(1);
        assertThat(rest.withBasicAuth("lezer-vh", "Lang-genoeg-wachtwoord-42")
                .getForObject("/api/zaken?q=postgresql", com.fasterxml.jackson.databind.JsonNode.class)).hasSize(1);
        assertThat(rest.withBasicAuth("lezer-so", "Lang-genoeg-wachtwoord-42")
                .getForObject("/api/zaken?q=postgresql", com.fasterxml.jackson.databind.JsonNode.class)).isEmpty();
    }

    @Test
    void eenDocumentVanMeerDelenKomtOpPostgresqlOngeschondenTerug() {
        identityService.setAuthentication("beheerder", java.util.List.of("camunda-admin"));
        String zaak;
        try {
            zaak = runtimeService.startProcessInstanceByKey("escalatie", Map.of("titel", "Document op PostgreSQL",
                    "wijk", "west", "diensten", java.util.List.of("sw"), "knelpunt", "Wachten op elkaar", "urgentie", "normaal"))
                    .getBusinessKey();
        } finally {
            identityService.clearAuthentication();
        }
        byte[] pdf = nl.utrecht.wijkgerichtwerken.zaak.Uploads.pdf(600_000);
        var beheerder = rest.withBasicAuth("beheerder", "geheim-voor-de-test");
        var toegevoegd = beheerder.postForEntity("/api/zaken/" + zaak + "/documenten", nl.utrecht.wijkgerichtwerken.zaak.Uploads
                .multipart(nl.utrecht.wijkgerichtwerken.zaak.Uploads.bestand("plan.pdf", pdf)), com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(toegevoegd.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = toegevoegd.getBody().get(0).get("id").asText();
        assertThat(beheerder.getForObject("/api/zaken/" + zaak + "/documenten/" + id, byte[].class)).isEqualTo(pdf);
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM wijk_document_deel WHERE document = ?", Integer.class, id)).isEqualTo(3);
        // the dashboard test counts the escalations of this database: this one leaves none behind
        String instantie = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("escalatie").singleResult().getId();
        runtimeService.deleteProcessInstance(instantie, "test", true, true);
        processEngine.getHistoryService().deleteHistoricProcessInstance(instantie);
    }

    @Test
    void engineRestVraagtOokHierOmInloggen() {
        assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("beheerder", "geheim-voor-de-test").getForEntity("/engine-rest/engine", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void takenlijstenTonenOpPostgresqlDezelfdeTakenAlsDeStatementVanDeEngine() {
        var gezien = new Taakzichtbaarheid(processEngine).vergelijk();
        assertThat(gezien.get("zicht-anna")).containsExactly("Persoonlijk aangeboden");
        assertThat(gezien.get("zicht-niemand")).isEmpty();
        assertThat(gezien.get("zicht-y")).hasSize(4);
    }

    @Test
    void deSnelheidsbegrenzingTeltOpPostgresqlVoorTweeInstantiesSamen() throws Exception {
        Emmers.tweeInstantiesTellenInDezelfdeEmmer(dataSource);
    }
}
