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

import nl.utrecht.wijkgerichtwerken.config.OngeldigeInvoerException;
import nl.utrecht.wijkgerichtwerken.config.OngeldigeInvoerException.Veldfout;

/** The case file (issue 18): the cases one may read, one case with its timeline, linked cases and notes. */
@RestController
@RequestMapping("/api/zaken")
class ZakenApi {

    private static final Set<String> STATUSSEN = Set.of("open", "gesloten");

    private final Zaken zaken;
    private final Tijdlijn tijdlijn;
    private final Notities notities;
    private final Lezers lezers;
    private final Documenten documenten;

    ZakenApi(Zaken zaken, Tijdlijn tijdlijn, Notities notities, Lezers lezers, Documenten documenten) {
        this.documenten = documenten;
        this.zaken = zaken;
        this.tijdlijn = tijdlijn;
        this.notities = notities;
        this.lezers = lezers;
    }

    @GetMapping
    List<Map<String, Object>> lijst(@RequestParam(required = false) String wijk,
            @RequestParam(required = false) String proces, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, HttpServletRequest verzoek) {
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
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException("De zoekvraag is niet geldig.", fouten);
        }
        return zaken.lijst(lezer(verzoek), leeg(wijk), proces, status, leeg(q)).stream().map(ZakenApi::regel).toList();
    }

    @GetMapping("/{zaaknummer}")
    Map<String, Object> dossier(@PathVariable String zaaknummer, HttpServletRequest verzoek) {
        Zaak zaak = zaken.zaak(lezer(verzoek), zaaknummer).orElseThrow(OnbekendeZaak::new);
        Map<String, Object> dossier = regel(zaak);
        dossier.put("status", zaak.status());
        dossier.put("diensten", zaak.diensten());
        dossier.put("tijdlijn", tijdlijn.van(zaak.instantie()));
        dossier.put("notities", notities.van(zaak.zaaknummer()));
        dossier.put("documenten", documenten.van(zaak.zaaknummer()).stream().map(Documenten::regel).toList());
        Map<String, Object> variabelen = zaken.variabelen(zaak.instantie());
        List<String> gekoppeld = new ArrayList<>();
        for (String koppeling : List.of(GEKOPPELD_ESCALATIE, GEKOPPELD_INITIATIEF)) {
            if (variabelen.get(koppeling) instanceof String nummer && !nummer.isBlank()) {
                gekoppeld.add(nummer);
            }
        }
        dossier.put("gekoppeldeZaken", gekoppeld);
        dossier.put("opgeschort", false);
        return dossier;
    }

    @PostMapping("/{zaaknummer}/notities")
    ResponseEntity<Notities.Notitie> notitie(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> invoer,
            HttpServletRequest verzoek) {
        Lezer lezer = lezer(verzoek);
        Zaak zaak = zaken.zaak(lezer, zaaknummer).orElseThrow(OnbekendeZaak::new);
        String tekst = Notitieregels.tekst(invoer == null ? null : invoer.get("tekst"));
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
