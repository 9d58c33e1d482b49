package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case of an open task, for the tab "Zaak" in Tasklist: the task's process instance's business key, only when the
 * asker may read that case (officials have no right to read process instances through the engine's API). An unknown
 * task and a case one may not read answer the same Dutch 404.
 */
@RestController
class ZaakVanTaak {

    private final TaskService taken;
    private final HistoryService historie;
    private final Zaken zaken;
    private final Lezers lezers;

    ZaakVanTaak(ProcessEngine engine, Zaken zaken, Lezers lezers) {
        this.taken = engine.getTaskService();
        this.historie = engine.getHistoryService();
        this.zaken = zaken;
        this.lezers = lezers;
    }

    @GetMapping("/api/zaken/taak/{taakId}")
    Map<String, String> zaak(@PathVariable String taakId, HttpServletRequest verzoek) {
        Lezer lezer = lezers.van(verzoek);
        Task taak = lezer == null || taakId.length() > 64 ? null : taken.createTaskQuery().taskId(taakId).singleResult();
        HistoricProcessInstance instantie = taak == null || taak.getProcessInstanceId() == null ? null
                : historie.createHistoricProcessInstanceQuery().processInstanceId(taak.getProcessInstanceId()).singleResult();
        String zaaknummer = instantie == null ? null : instantie.getBusinessKey();
        return zaaknummer == null ? geen() : zaken.zaak(lezer, zaaknummer)
                .map(zaak -> Map.of("zaaknummer", zaak.zaaknummer())).orElseGet(ZaakVanTaak::geen);
    }

    private static Map<String, String> geen() {
        throw new ZakenApi.OnbekendeZaak();
    }
}
