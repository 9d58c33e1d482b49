package nl.utrecht.wijkgerichtwerken.zaak;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/**
 * A case-file action of the wijkregisseur (issue 20 item 6, issue 21 item 4): {@code POST
 * /api/zaken/{zaaknummer}/escaleren} {@code {"toelichting": …}} starts an escalation about the responsible dienst of an
 * open advice, information request or initiative, linked both ways by case number ({@link GekoppeldeEscalatie}). Only
 * a wijkregisseur of the case's wijk (else a Dutch 403; a case one may not read is a 404), once per case (else a Dutch
 * 409); unknown fields a 400 naming them.
 */
@RestController
class EscalerenApi {

    private static final Set<String> VELDEN = Set.of("toelichting");

    private final Zaken zaken;
    private final Lezers lezers;
    private final RuntimeService runtime;
    private final GekoppeldeEscalatie escalatie;
    private final Organisatie organisatie;
    private final JdbcTemplate jdbc;

    EscalerenApi(Zaken zaken, Lezers lezers, ProcessEngine engine, GekoppeldeEscalatie escalatie, Organisatie organisatie,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.zaken = zaken;
        this.lezers = lezers;
        this.runtime = engine.getRuntimeService();
        this.escalatie = escalatie;
        this.organisatie = organisatie;
    }

    @PostMapping("/api/zaken/{zaaknummer}/escaleren")
    @Transactional
    ResponseEntity<Map<String, Object>> escaleren(@PathVariable String zaaknummer,
            @RequestBody(required = false) Map<String, Object> invoer, HttpServletRequest verzoek) {
        Lezer lezer = lezers.van(verzoek);
        if (lezer == null) {
            throw new ZakenApi.OnbekendeZaak();
        }
        Zaak zaak = zaken.zaak(lezer, zaaknummer).orElseThrow(ZakenApi.OnbekendeZaak::new);
        if (!Wijkregisseurs.is(lezer.groepen(), zaak.wijk())) {
            throw new Behandelaars.GeenBehandelaar("Alleen de wijkregisseur van de wijk van deze zaak kan haar escaleren.");
        }
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> velden = controle.alleenVelden(invoer, VELDEN);
        String toelichting = controle.optioneleTekst("toelichting", velden.get("toelichting"), 2000);
        controle.controleer("De escalatie is niet gestart.");
        if (!Opschorting.PROCESSEN.contains(zaak.proces()) || !"open".equals(zaak.status())) {
            throw new Aanvullingsverzoeken.KanNietOpschorten(
                    "Alleen een lopend advies, informatieverzoek of initiatief kan vanuit het zaakdossier worden geëscaleerd.");
        }
        // one request at a time per case: the second waits here and then sees the first one's escalation
        jdbc.query("SELECT ID_ FROM ACT_RU_EXECUTION WHERE ID_ = ? FOR UPDATE", rij -> { }, zaak.instantie());
        String bestaand = escalatie.bestaande(zaak.instantie());
        if (bestaand != null) {
            throw new Aanvullingsverzoeken.KanNietOpschorten("Voor deze zaak is al een escalatie gestart (" + bestaand
                    + "). Er is niets gewijzigd.");
        }
        if (!(runtime.getVariable(zaak.instantie(), AdviesVariabelen.DIENST) instanceof String dienst) || dienst.isBlank()) {
            throw new Aanvullingsverzoeken.KanNietOpschorten("Deze zaak heeft nog geen verantwoordelijke dienst; er valt nog "
                    + "niets te escaleren.");
        }
        String knelpunt = "De zaak " + zaak.zaaknummer() + " (" + zaak.titel() + ") loopt vast bij "
                + organisatie.dienstNaam(dienst) + "." + (toelichting == null ? "" : " Toelichting van de wijkregisseur: " + toelichting);
        String nummer = escalatie.start(zaak.zaaknummer(), "Zaak " + zaak.zaaknummer() + ": " + zaak.titel(), zaak.wijk(), dienst,
                knelpunt, lezer.gebruiker());
        runtime.setVariable(zaak.instantie(), GekoppeldeEscalatie.ESCALATIE, nummer);
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaak.zaaknummer());
        antwoord.put("escalatie", nummer);
        return ResponseEntity.created(URI.create("/api/zaken/" + nummer)).body(antwoord);
    }
}
