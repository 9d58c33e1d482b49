package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakinzage;

/**
 * The interventieteam at the wijkregisseur's discretion, at any rung (issue 20 item 3):
 * {@code POST /api/zaken/{zaaknummer}/interventieteam} {@code {"diensten": ["so", "sw"], "opdracht": "...", "termijn": 5}}.
 * Each dienst's vakafdeling gets a task to contribute by the term (werkdagen, default 5); the rung keeps its own tasks
 * and term meanwhile. One team at a time (a second 409); refusals as for withdrawing ({@link EigenEscalatie}).
 */
@RestController
class InterventieteamApi {

    static final String INLEIDING = "Het interventieteam is niet bijeengeroepen.";
    private static final String KAN_NIET = "Escalatie %s is al besloten; een interventieteam kan niet meer.";

    private final EigenEscalatie eigen;
    private final InterventieteamRegels regels;
    private final Werkdagen werkdagen;
    private final Organisatie organisatie;
    private final RuntimeService runtime;

    InterventieteamApi(EigenEscalatie eigen, InterventieteamRegels regels, Werkdagen werkdagen, Organisatie organisatie,
            ProcessEngine engine) {
        this.eigen = eigen;
        this.regels = regels;
        this.werkdagen = werkdagen;
        this.organisatie = organisatie;
        this.runtime = engine.getRuntimeService();
    }

    @PostMapping("/api/zaken/{zaaknummer}/interventieteam")
    Map<String, Object> bijeenroepen(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> invoer,
            HttpServletRequest verzoek) {
        Zaakinzage.Inzage zaak = eigen.van(verzoek, zaaknummer, "laten behandelen door een interventieteam");
        Invoercontrole controle = new Invoercontrole();
        InterventieteamRegels.Team team = regels.team(controle, controle.alleenVelden(invoer, InterventieteamRegels.VELDEN));
        controle.controleer(INLEIDING);
        if (loopt(zaak.instantie())) {
            throw new Escalatieactie.Onmogelijk("Bij escalatie " + zaaknummer
                    + " werkt al een interventieteam. Leg eerst de uitkomst daarvan vast.");
        }
        Date termijn = werkdagen.deadline(team.termijn());
        try {
            runtime.createMessageCorrelation(BERICHT_INTERVENTIETEAM).processInstanceId(zaak.instantie())
                    .setVariable(INTERVENTIETEAM_DIENSTEN, String.join(",", team.diensten()))
                    .setVariable(INTERVENTIETEAM_OPDRACHT, team.opdracht())
                    .setVariable(INTERVENTIETEAM_TERMIJN, termijn)
                    .setVariable(INTERVENTIETEAM_TERMIJN_TEKST, EscalatieTermijnen.tekst(termijn))
                    .setVariable(INTERVENTIETEAM_SINDS, ClockUtil.getCurrentTime())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Escalatieactie.Onmogelijk(KAN_NIET.formatted(zaaknummer));
        } catch (OptimisticLockingException e) {
            throw new Escalatieactie.Onmogelijk("Escalatie " + zaaknummer
                    + " werd op hetzelfde moment door iemand anders gewijzigd. Bekijk het dossier en probeer het opnieuw.");
        }
        List<String> namen = team.diensten().stream().map(organisatie::dienstNaam).toList();
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaaknummer);
        antwoord.put("diensten", team.diensten());
        antwoord.put("bijdragenVoor", EscalatieTermijnen.tekst(termijn));
        antwoord.put("melding", "Het interventieteam is bijeengeroepen. Een taak voor de bijdrage staat klaar bij "
                + String.join(", ", namen) + " (uiterlijk " + EscalatieTermijnen.tekst(termijn) + ").");
        return antwoord;
    }

    /** Whether an interventieteam works on this case now (its contributions or its outcome still open). */
    boolean loopt(String instantie) {
        ActivityInstance boom = runtime.getActivityInstance(instantie);
        return boom != null && bevat(boom);
    }

    private static boolean bevat(ActivityInstance instantie) {
        if (INTERVENTIETEAM.equals(instantie.getActivityId())) {
            return true;
        }
        for (ActivityInstance kind : instantie.getChildActivityInstances()) {
            if (bevat(kind)) {
                return true;
            }
        }
        return false;
    }
}
