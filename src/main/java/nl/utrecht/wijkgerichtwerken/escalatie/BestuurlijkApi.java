package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Zaakinzage;

/**
 * The bestuurlijke route at the wijkregisseur's discretion, from any rung (issue 20 item 2):
 * {@code POST /api/zaken/{zaaknummer}/bestuurlijk} {@code {"route": "vakwethouder"|"wijkwethouder", "reden": "..."}}.
 * The open rung ends, the algemeen directeur and the dienstdirecteuren are told, and the wijkregisseur records the
 * outcome with who was present. Refusals as for withdrawing ({@link EigenEscalatie}); a case already at the bestuur 409.
 */
@RestController
class BestuurlijkApi {

    static final String INLEIDING = "De escalatie is niet aan het bestuur voorgelegd.";
    private static final String AL_BIJ_HET_BESTUUR = "Escalatie %s ligt al bij het bestuur of is al besloten.";

    private final EigenEscalatie eigen;
    private final RuntimeService runtime;
    private final TaskService taken;

    BestuurlijkApi(EigenEscalatie eigen, ProcessEngine engine) {
        this.eigen = eigen;
        this.runtime = engine.getRuntimeService();
        this.taken = engine.getTaskService();
    }

    @PostMapping("/api/zaken/{zaaknummer}/bestuurlijk")
    Map<String, Object> bestuurlijk(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> invoer,
            HttpServletRequest verzoek) {
        Zaakinzage.Inzage zaak = eigen.van(verzoek, zaaknummer, "bestuurlijk voorleggen");
        if (taken.createTaskQuery().processInstanceId(zaak.instantie()).taskDefinitionKey(TAAK_BESTUURLIJK).count() > 0) {
            throw new Escalatieactie.Onmogelijk(AL_BIJ_HET_BESTUUR.formatted(zaaknummer));
        }
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> velden = controle.alleenVelden(invoer, Set.of("route", "reden"));
        String route = BestuurlijkeRoute.controleer(controle, velden.get("route"),
                EscalatieStartRegels.alsLijst(runtime.getVariable(zaak.instantie(), DIENSTEN)));
        String reden = controle.verplichteTekst("reden", velden.get("reden"), 2000);
        controle.controleer(INLEIDING);
        try {
            runtime.createMessageCorrelation(BERICHT_BESTUURLIJK).processInstanceId(zaak.instantie())
                    .setVariable(BESTUURLIJKE_ROUTE, route).setVariable(REDEN_BESTUURLIJK, reden)
                    .setVariable(BESLUIT_DOOR, zaak.gebruiker()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Escalatieactie.Onmogelijk(AL_BIJ_HET_BESTUUR.formatted(zaaknummer));
        } catch (OptimisticLockingException e) {
            throw new Escalatieactie.Onmogelijk("Escalatie " + zaaknummer
                    + " werd op hetzelfde moment door iemand anders gewijzigd. Bekijk het dossier en probeer het opnieuw.");
        }
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaaknummer);
        antwoord.put("niveau", Niveau.BESTUURLIJK.code());
        antwoord.put("melding", "De escalatie ligt nu bij het bestuur. De algemeen directeur en de dienstdirecteuren krijgen bericht.");
        return antwoord;
    }
}
