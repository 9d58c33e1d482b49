package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import nl.utrecht.wijkgerichtwerken.Jobs;

/** Cases made through the engine as the people who would make them; returns their case numbers. */
public final class Zaakmaker {

    private final ProcessEngine engine;

    public Zaakmaker(ProcessEngine engine) {
        this.engine = engine;
    }

    /** An escalation of {@code wijkregisseur} in {@code wijk} for the given diensten, at the wijk rung. */
    public String escalatie(String wijkregisseur, String wijk, String diensten, String titel) {
        Map<String, Object> start = new HashMap<>(Map.of("titel", titel, "wijk", wijk, "diensten", diensten,
                "knelpunt", "Diensten wachten op elkaar", "urgentie", "normaal"));
        return als(wijkregisseur, () -> engine.getRuntimeService().startProcessInstanceByKey("escalatie", start).getBusinessKey());
    }

    /** An advice of wijkbureau Oost (bram) routed to {@code dienst}, registered but not yet answered. */
    public String advies(String onderwerp, String dienst) {
        Map<String, Object> start = new HashMap<>(Map.of("wijkplatform", "Wijkplatform Oost", "wijk", "oost",
                "onderwerp", onderwerp, "soort", "gevraagd", "adviespunten", "[\"Een veilige oversteek\"]",
                "betrokkenen", "Werkgroep verkeer", "draagvlak", "Wijkavond", "contactEmail", "platform-oost@example.org"));
        String zaak = als("bram", () -> engine.getRuntimeService().startProcessInstanceByKey("wijkplatform-advies", start).getBusinessKey());
        voltooi("bram", taak(zaak, "Task_AdviesRegistreren"), Map.of("dienst", dienst, "afsprakenVervolg", "Op de wijkavond"));
        return zaak;
    }

    public Task taak(String zaak, String activiteit) {
        Jobs.voerUit(engine.getManagementService());
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak)
                .taskDefinitionKey(activiteit).list().get(0);
    }

    public Task taak(String zaak, String activiteit, String dienst) {
        Jobs.voerUit(engine.getManagementService());
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak).taskDefinitionKey(activiteit).list()
                .stream().filter(t -> dienst.equals(engine.getTaskService().getVariable(t.getId(), "dienst"))).findFirst().orElseThrow();
    }

    public void voltooi(String gebruiker, Task taak, Map<String, Object> variabelen) {
        als(gebruiker, () -> {
            engine.getTaskService().claim(taak.getId(), gebruiker);
            engine.getTaskService().complete(taak.getId(), variabelen);
            return null;
        });
        Jobs.voerUit(engine.getManagementService());
    }

    private <T> T als(String gebruiker, Supplier<T> actie) {
        var identiteit = engine.getIdentityService();
        List<String> groepen = identiteit.createGroupQuery().groupMember(gebruiker).list().stream().map(g -> g.getId()).toList();
        identiteit.setAuthentication(gebruiker, groepen);
        T resultaat;
        try {
            resultaat = actie.get();
        } finally {
            identiteit.clearAuthentication();
        }
        Jobs.voerUit(engine.getManagementService());
        return resultaat;
    }
}
