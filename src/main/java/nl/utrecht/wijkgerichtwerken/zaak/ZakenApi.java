package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.ALLE;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.GEKOPPELD_ESCALATIE;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.GEKOPPELD_INITIATIEF;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException.Veldfout;

/** The case file (issue 18): the cases one may read, one case with its timeline, linked cases and notes. */
@RestController
@RequestMapping("/api/zaken")
class ZakenApi {

    private static final Set<String> STATUSSEN = Set.of("open", "gesloten");
    static final int MAXIMUM = 200;
    static final String TOTAAL = "X-Totaal-Aantal";

    private final Zaken zaken;
    private final Tijdlijn tijdlijn;
    private final Notities notities;
    private final Lezers lezers;
    private final Dossieraanvulling aanvulling;
    private final Documenten documenten;
    private final Opschortingen opschortingen;

    ZakenApi(Zaken zaken, Tijdlijn tijdlijn, Notities notities, Lezers lezers, Dossieraanvulling aanvulling,
            Documenten documenten, Opschortingen opschortingen) {
        this.opschortingen = opschortingen;
        this.aanvulling = aanvulling;
        this.documenten = documenten;
        this.zaken = zaken;
        this.tijdlijn = tijdlijn;
        this.notities = notities;
        this.lezers = lezers;
    }

    /**
     * The list, newest first, one page at a time ({@code pagina} from 1, {@code grootte} up to {@value #MAXIMUM},
     * default {@value #MAXIMUM}); the body stays a plain list, header {@value #TOTAAL} says how many cases match in all:
     * exact up to {@value Zaken#TELGRENS}, above it {@code 1000+} (counting every match is what made the list slow).
     */
    @GetMapping
    ResponseEntity<List<Map<String, Object>>> lijst(@RequestParam(required = false) String wijk,
            @RequestParam(required = false) String proces, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(required = false) String pagina,
            @RequestParam(required = false) String grootte, HttpServletRequest verzoek) {
        List<Veldfout> fouten = new ArrayList<>();
        if (proces != null && !ALLE.contains(proces)) {
            fouten.add(new Veldfout("proces", "kies uit " + String.join(", ", ALLE)));
        }
        if (status != null && !STATUSSEN.contains(status)) {
            fouten.add(new Veldfout("status", "kies open of gesloten"));
        }
        if (q != null && q.length() > 200) {
            fouten.add(new Veldfout("q", "een zoekterm is hoogstens 200 tekens"));
        }
        int paginanummer = getal(pagina, 1, 1, 100_000, "pagina", fouten);
        int paginagrootte = getal(grootte, MAXIMUM, 1, MAXIMUM, "grootte", fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException("De zoekvraag is niet geldig.", fouten);
        }
        Zaken.Pagina gevonden = zaken.lijst(lezer(verzoek), leeg(wijk), proces, status, leeg(q), paginanummer, paginagrootte);
        return ResponseEntity.ok().header(TOTAAL, gevonden.totaal() + (gevonden.begrensd() ? "+" : ""))
                .body(gevonden.zaken().stream().map(ZakenApi::regel).map(aanvulling::namen).toList());
    }

    private static int getal(String waarde, int standaard, int minimum, int maximum, String veld, List<Veldfout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            int getal = Integer.parseInt(waarde.strip());
            if (getal >= minimum && getal <= maximum) {
                return getal;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        fouten.add(new Veldfout(veld, "een geheel getal van " + minimum + " tot en met " + maximum));
        return standaard;
    }

    @GetMapping("/{zaaknummer}")
    Map<String, Object> dossier(@PathVariable String zaaknummer, HttpServletRequest verzoek) {
        Zaak zaak = zaken.zaak(lezer(verzoek), zaaknummer).orElseThrow(OnbekendeZaak::new);
        Map<String, Object> dossier = regel(zaak);
        dossier.put("status", zaak.status());
        dossier.put("diensten", zaak.diensten());
        List<Tijdlijn.Stap> stappen = tijdlijn.van(zaak.instantie());
        List<Notities.Notitie> notas = notities.van(zaak.zaaknummer());
        dossier.put("tijdlijn", stappen);
        dossier.put("notities", notas);
        List<Document> stukken = documenten.van(zaak.zaaknummer());
        dossier.put("documenten", stukken.stream().map(Documenten::regel).toList());
        Map<String, Object> variabelen = zaken.variabelen(zaak.instantie());
        List<String> gekoppeld = new ArrayList<>();
        for (String koppeling : List.of(GEKOPPELD_ESCALATIE, GEKOPPELD_INITIATIEF, Zaakprocessen.GEKOPPELD_ADVIESAANVRAAG,
                Zaakprocessen.GEKOPPELD_ADVIES)) {
            if (variabelen.get(koppeling) instanceof String nummer && !nummer.isBlank()) {
                gekoppeld.add(nummer);
            }
        }
        dossier.put("gekoppeldeZaken", gekoppeld);
        dossier.put("adviesaanvraag", Gevraagdadvies.van(variabelen));
        List<Opschortingen.Pauze> pauzes = opschortingen.van(zaak.zaaknummer());
        dossier.put("opgeschort", pauzes.stream().anyMatch(Opschortingen.Pauze::loopt));
        dossier.put("opschortingen", pauzes.stream().map(Opschortingsregel::van).toList());
        List<String> mensen = new ArrayList<>();
        stappen.forEach(stap -> mensen.add(stap.door()));
        notas.forEach(notitie -> mensen.add(notitie.door()));
        stukken.forEach(stuk -> mensen.add(stuk.door()));
        aanvulling.vulAan(dossier, zaak, mensen);
        // the case-file action "Escaleren" (EscalerenApi) for a wijkregisseur of the wijk, once per open case with a dienst
        dossier.put("magEscaleren", "open".equals(zaak.status()) && Opschorting.PROCESSEN.contains(zaak.proces())
                && Wijkregisseurs.is(lezer(verzoek).groepen(), zaak.wijk())
                && !(variabelen.get(GEKOPPELD_ESCALATIE) instanceof String e && !e.isBlank())
                && variabelen.get(Zaakprocessen.DIENST) instanceof String d && !d.isBlank());
        return dossier;
    }

    @PostMapping("/{zaaknummer}/notities")
    ResponseEntity<Notities.Notitie> notitie(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> invoer,
            HttpServletRequest verzoek) {
        Lezer lezer = lezer(verzoek);
        Zaak zaak = zaken.zaak(lezer, zaaknummer).orElseThrow(OnbekendeZaak::new);
        Invoercontrole controle = new Invoercontrole();
        String tekst = null;
        try {
            tekst = Notitieregels.tekst(invoer == null ? null : invoer.get("tekst"));
        } catch (OngeldigeInvoerException fout) {
            fout.fouten().forEach(f -> controle.fout(f.veld(), f.melding()));
        }
        controle.alleenVelden(invoer, Set.of("tekst"));
        controle.controleer("De notitie is niet opgeslagen.");
        Notities.Notitie notitie = notities.voegToe(zaak.zaaknummer(), tekst, lezer.gebruiker());
        return ResponseEntity.created(URI.create("/api/zaken/" + zaak.zaaknummer())).body(notitie);
    }

    private Lezer lezer(HttpServletRequest verzoek) {
        Lezer lezer = lezers.van(verzoek);
        if (lezer == null) {
            throw new OnbekendeZaak();
        }
        return lezer;
    }

    private static Map<String, Object> regel(Zaak zaak) {
        Map<String, Object> regel = new LinkedHashMap<>();
        regel.put("zaaknummer", zaak.zaaknummer());
        regel.put("proces", zaak.proces());
        regel.put("titel", zaak.titel());
        regel.put("wijk", zaak.wijk());
        regel.put("stap", zaak.stap());
        regel.put("termijn", zaak.termijn());
        regel.put("termijnstatus", zaak.termijnstatus());
        return regel;
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    /** An unknown number and a case one may not read answer alike. */
    static class OnbekendeZaak extends RuntimeException {
        OnbekendeZaak() {
            super("Deze zaak bestaat niet of u mag hem niet inzien.");
        }
    }
}
