package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.utrecht.wijkgerichtwerken.IntegratieTest;
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.notificatie.MeldingVariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakmaker;

/**
 * What a case keeps in history ({@link Historie}): its start values as values, not once more as details; every
 * decision and every later change as a detail, which the case file's timeline reads.
 */
@IntegratieTest
class HistorieIntegrationTest {

    @Autowired ProcessEngine engine;
    @Autowired HistoryService historyService;

    @Test
    void deStartwaardenStaanAlsWaardeEnElkBesluitEnElkeLatereWijzigingAlsDetail() {
        Zaakmaker maker = new Zaakmaker(engine);
        String titel = "Historie " + UUID.randomUUID().toString().substring(0, 6);
        String zaak = maker.escalatie("anna", "oost", "[\"so\"]", titel);
        String instantie = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("escalatie").singleResult().getId();

        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie)
                .variableName("titel").singleResult().getValue()).isEqualTo(titel);
        assertThat(details(instantie)).as("no detail rows for what the wijkregisseur started the case with")
                .noneMatch(d -> List.of("titel", "wijk", "diensten", "knelpunt", "urgentie", EscalatieVariabelen.NIVEAU)
                        .contains(naam(d)));

        maker.voltooi("anna", maker.taak(zaak, "Task_OplossenInWijk"),
                Map.of("besluit", "escaleren", "toelichting", "In de wijk lukt het niet"));

        List<HistoricDetail> details = details(instantie);
        assertThat(details).as("the wijkregisseur's decision, written by completing his task")
                .anyMatch(d -> "besluit".equals(naam(d)) && d.getActivityInstanceId().startsWith("Task_OplossenInWijk:")
                        && "escaleren".equals(((HistoricVariableUpdate) d).getValue()));
        assertThat(details).as("the level, a start value, changed by the escalation")
                .anyMatch(d -> EscalatieVariabelen.NIVEAU.equals(naam(d)));
    }

    @Test
    void deMailstapVanDeZaakBewaartGeenEnvelopDeMeldingWel() {
        Zaakmaker maker = new Zaakmaker(engine);
        String zaak = maker.escalatie("anna", "oost", "[\"so\"]", "Mailstap " + UUID.randomUUID().toString().substring(0, 6));
        String instantie = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey("escalatie").singleResult().getId();
        String melding = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaak)
                .processDefinitionKey(MeldingVariabelen.PROCES).list().get(0).getId();

        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie)
                .variableNameIn(MeldingVariabelen.SJABLOON, MeldingVariabelen.AAN).count())
                .as("the start's mail step to the dienstdirecteuren leaves no history of its input parameters").isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instantie).variableUpdates().list())
                .noneMatch(d -> List.of(MeldingVariabelen.SJABLOON, MeldingVariabelen.AAN).contains(naam(d)));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(melding)
                .variableName(MeldingVariabelen.SJABLOON).singleResult().getValue())
                .as("the melding it started keeps its template").isEqualTo("escalatie-gestart");
    }

    private List<HistoricDetail> details(String instantie) {
        return historyService.createHistoricDetailQuery().processInstanceId(instantie).variableUpdates().list();
    }

    private static String naam(HistoricDetail detail) {
        return ((HistoricVariableUpdate) detail).getVariableName();
    }
}
