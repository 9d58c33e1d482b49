package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.werkdagen.Termijnstatus;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/** The cases (escalatie, advies, informatieverzoek, initiatief; never their melding instances) from the engine. */
@Component
class Zaken {

    private final HistoryService historie;
    private final Werkdagen werkdagen;
    private final Zaakzoekvraag zoekvraag;
    private final Zaakregels regels;

    Zaken(ProcessEngine engine, Werkdagen werkdagen, Zaakzoekvraag zoekvraag, Zaakregels regels) {
        this.zoekvraag = zoekvraag;
        this.regels = regels;
        this.historie = engine.getHistoryService();
        this.werkdagen = werkdagen;
    }

    /** Up to how many matches the list counts exactly; above it the total only says "more than this". */
    static final int TELGRENS = 1000;

    /** One page of the list and how many cases the request finds in all ({@code begrensd}: more than {@code totaal}). */
    record Pagina(List<Zaak> zaken, long totaal, boolean begrensd) {
    }

    /**
     * One page of the cases this reader may read, filtered in the database; {@code null} filters are left out.
     * Newest first; {@code pagina} counts from 1.
     */
    Pagina lijst(Lezer lezer, String wijk, String proces, String status, String zoek, int pagina, int grootte) {
        if (!Zaakzoekvraag.leestIets(lezer)) {
            return new Pagina(List.of(), 0, false);
        }
        var vraag = new Zaakzoekvraag.Vraag(lezer, proces == null ? ALLE : List.of(proces), wijk, status, zoek);
        List<String> ids = zoekvraag.pagina(vraag, (pagina - 1) * grootte, grootte);
        long totaal = ids.size() < grootte && pagina == 1 ? ids.size() : zoekvraag.aantal(vraag, TELGRENS);
        boolean begrensd = totaal > TELGRENS;
        if (begrensd) {
            totaal = TELGRENS;
        }
        if (ids.isEmpty()) {
            return new Pagina(List.of(), totaal, begrensd);
        }
        return new Pagina(regels.lees(ids).stream().map(this::zaak).toList(), totaal, begrensd);
    }

    /** The case with this number if this reader may read it; empty for an unknown number and a forbidden case alike. */
    Optional<Zaak> zaak(Lezer lezer, String zaaknummer) {
        List<String> ids = historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKeyIn(ALLE.toArray(String[]::new)).list().stream().map(HistoricProcessInstance::getId).toList();
        return regels.lees(ids).stream().map(this::zaak).filter(lezer::magLezen).findFirst();
    }

    /** The variables of a case that the file shows beside its timeline (linked cases). */
    Map<String, Object> variabelen(String instantie) {
        Map<String, Object> waarden = new HashMap<>();
        List<String> velden = new java.util.ArrayList<>(ZAAKVELDEN);
        velden.addAll(Zaakprocessen.DOSSIERVELDEN);
        for (HistoricVariableInstance v : historie.createHistoricVariableInstanceQuery().processInstanceId(instantie)
                .variableNameIn(velden.toArray(String[]::new)).list()) {
            if (v.getTaskId() == null && v.getValue() != null) {
                waarden.put(v.getName(), v.getValue());
            }
        }
        return waarden;
    }

    /** One case as the list and the file show it. */
    private Zaak zaak(Zaakregels.Regel regel) {
        Map<String, Object> v = regel.waarden();
        Zaakregels.Taakstand taak = regel.vroegsteTaak();
        Date termijn = taak == null ? null : taak.termijn();
        Termijnstatus termijnstatus = taak == null ? null : Boolean.TRUE.equals(v.get(OPGESCHORT)) ? Termijnstatus.OPGESCHORT
                : werkdagen.status(taak.aangemaakt(), termijn, taak.opvolging());
        return new Zaak(regel.instantie(), regel.zaaknummer(), regel.proces(), tekst(v.getOrDefault(TITEL, v.get(ONDERWERP))),
                tekst(v.get(WIJK)), diensten(v), taak == null ? null : Stapnaam.van(taak.naam()), termijn,
                termijnstatus == null ? null : termijnstatus.code(), regel.open() ? "open" : "gesloten");
    }

    private static List<String> diensten(Map<String, Object> v) {
        List<String> diensten = new ArrayList<>();
        if (v.get(DIENSTEN_TEKST) instanceof String tekst) {
            Arrays.stream(tekst.split(",")).filter(d -> !d.isBlank()).forEach(diensten::add);
        }
        if (v.get(DIENST) instanceof String dienst && !dienst.isBlank() && !diensten.contains(dienst)) {
            diensten.add(dienst);
        }
        return diensten;
    }

    private static String tekst(Object waarde) {
        return waarde == null ? null : waarde.toString();
    }
}
