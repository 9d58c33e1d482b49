package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakinzage;

/**
 * What the case file may offer this user on an escalation ({@code GET /api/zaken/{zaaknummer}/escalatieacties}): the
 * actions its own wijkregisseur can take now, and the choices their forms need. Anyone else who may read the case gets
 * an empty list (the buttons stay hidden); the server checks every action again when it is taken.
 */
@RestController
class EscalatieactiesApi {

    private final EigenEscalatie eigen;
    private final InterventieteamApi team;
    private final Organisatie organisatie;
    private final RuntimeService runtime;
    private final TaskService taken;

    EscalatieactiesApi(EigenEscalatie eigen, InterventieteamApi team, Organisatie organisatie, ProcessEngine engine) {
        this.eigen = eigen;
        this.team = team;
        this.organisatie = organisatie;
        this.runtime = engine.getRuntimeService();
        this.taken = engine.getTaskService();
    }

    @GetMapping("/api/zaken/{zaaknummer}/escalatieacties")
    Map<String, Object> acties(@PathVariable String zaaknummer, HttpServletRequest verzoek) {
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaaknummer);
        List<String> acties = new ArrayList<>();
        antwoord.put("acties", acties);
        Zaakinzage.Inzage zaak;
        try {
            zaak = eigen.van(verzoek, zaaknummer, "behandelen");
        } catch (Escalatieactie.NietToegestaan | Escalatieactie.Onmogelijk e) {
            return antwoord;
        }
        if (!ladderLoopt(zaak.instantie())) {
            return antwoord;
        }
        List<String> diensten = EscalatieStartRegels.alsLijst(runtime.getVariable(zaak.instantie(), DIENSTEN));
        acties.add("intrekken");
        if (taken.createTaskQuery().processInstanceId(zaak.instantie()).taskDefinitionKey(TAAK_BESTUURLIJK).count() == 0) {
            acties.add("bestuurlijk");
        }
        if (!team.loopt(zaak.instantie())) {
            acties.add("interventieteam");
        }
        acties.add("partijen");
        antwoord.put("routes", diensten.size() > 1 ? List.of(ROUTE_VAKWETHOUDER, ROUTE_WIJKWETHOUDER) : List.of(ROUTE_VAKWETHOUDER));
        List<Map<String, Object>> keuze = new ArrayList<>();
        for (String dienst : organisatie.diensten()) {
            keuze.add(Map.of("dienst", dienst, "naam", organisatie.dienstNaam(dienst), "betrokken", diensten.contains(dienst)));
        }
        antwoord.put("diensten", keuze);
        antwoord.put("standaardTermijn", InterventieteamRegels.STANDAARD_TERMIJN);
        antwoord.put("maximaleTermijn", InterventieteamRegels.MAXIMALE_TERMIJN);
        return antwoord;
    }

    /** The ladder runs (not yet decided: no afspraken check waiting); the rung's subprocess is within it. */
    private boolean ladderLoopt(String instantie) {
        var boom = runtime.getActivityInstance(instantie);
        return boom != null && java.util.Arrays.stream(boom.getChildActivityInstances())
                .anyMatch(kind -> LADDER.equals(kind.getActivityId()));
    }
}
