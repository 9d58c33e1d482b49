package nl.utrecht.wijkgerichtwerken.zaak;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * Opschorting by officials (issue 22): {@code POST /api/zaken/{zaaknummer}/aanvullingsverzoek} {@code {"vraag": …,
 * "termijn": <werkdagen>}} asks the submitter for more information and stops the clock (only who works the case);
 * {@code POST …/opschorting} {@code {"reden": …, "verwachteDatum": …}} and {@code POST …/hervatting} pause and resume
 * without a question (only the wijkbureau of the wijk). Otherwise a Dutch 403; a case one may not read is a 404 like an
 * unknown number; nothing changes on a refusal.
 */
@RestController
class OpschortingApi {

    private static final Set<String> VELDEN_AANVULLING = Set.of("vraag", "termijn");
    private static final Set<String> VELDEN_WACHTEN = Set.of("reden", "verwachteDatum");
    private static final java.util.regex.Pattern STUURTEKENS = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private final Zaken zaken;
    private final Lezers lezers;
    private final Behandelaars behandelaars;
    private final Aanvullingsverzoeken verzoeken;
    private final Wachten wachten;
    private final Werkdagen werkdagen;

    OpschortingApi(Zaken zaken, Lezers lezers, Behandelaars behandelaars, Aanvullingsverzoeken verzoeken, Wachten wachten,
            Werkdagen werkdagen) {
        this.wachten = wachten;
        this.werkdagen = werkdagen;
        this.zaken = zaken;
        this.lezers = lezers;
        this.behandelaars = behandelaars;
        this.verzoeken = verzoeken;
    }

    @PostMapping("/api/zaken/{zaaknummer}/aanvullingsverzoek")
    ResponseEntity<Map<String, Object>> aanvullingsverzoek(@PathVariable String zaaknummer,
            @RequestBody(required = false) Map<String, Object> invoer, HttpServletRequest verzoek) {
        Zaak zaak = behandelde(zaaknummer, verzoek);
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> velden = controle.alleenVelden(invoer, VELDEN_AANVULLING);
        String vraag = controle.verplichteTekst("vraag", velden.get("vraag"), Aanvullingsverzoeken.MAX_VRAAG);
        if (vraag != null && STUURTEKENS.matcher(String.valueOf(velden.get("vraag"))).find()) {
            // a control character at the very start or end would otherwise be trimmed away unnoticed
            controle.fout("vraag", "bevat niet-toegestane tekens");
        }
        int termijn = werkdagen(velden.get("termijn"), verzoeken.standaardTermijn(), controle);
        controle.controleer("Er is geen aanvulling gevraagd.");
        LocalDate einde = verzoeken.vraag(zaak, vraag, termijn, lezers.van(verzoek).gebruiker());
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaak.zaaknummer());
        antwoord.put("opgeschort", true);
        antwoord.put("vraag", vraag);
        antwoord.put("antwoordVoor", einde.toString());
        return ResponseEntity.created(URI.create("/api/zaken/" + zaak.zaaknummer())).body(antwoord);
    }

    /** Item 3: the wijkbureau pauses the case without a question, {@code {"reden": …, "verwachteDatum": "jjjj-mm-dd"}}. */
    @PostMapping("/api/zaken/{zaaknummer}/opschorting")
    ResponseEntity<Map<String, Object>> opschorting(@PathVariable String zaaknummer,
            @RequestBody(required = false) Map<String, Object> invoer, HttpServletRequest verzoek) {
        Zaak zaak = behandelde(zaaknummer, verzoek);
        behandelaars.controleerWijkbureau(lezers.van(verzoek), zaak);
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> velden = controle.alleenVelden(invoer, VELDEN_WACHTEN);
        String reden = controle.verplichteTekst("reden", velden.get("reden"), Aanvullingsverzoeken.MAX_VRAAG);
        LocalDate verwacht = datum(velden.get("verwachteDatum"), controle);
        controle.controleer("De zaak is niet opgeschort.");
        wachten.schortOp(zaak, reden, verwacht, lezers.van(verzoek).gebruiker());
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("zaaknummer", zaak.zaaknummer());
        antwoord.put("opgeschort", true);
        antwoord.put("verwachteDatum", verwacht.toString());
        return ResponseEntity.created(URI.create("/api/zaken/" + zaak.zaaknummer())).body(antwoord);
    }

    /** Item 3: the wijkbureau lets the clock of a waiting case run again; every date moves. */
    @PostMapping("/api/zaken/{zaaknummer}/hervatting")
    Map<String, Object> hervatting(@PathVariable String zaaknummer, @RequestBody(required = false) Map<String, Object> invoer,
            HttpServletRequest verzoek) {
        Zaak zaak = behandelde(zaaknummer, verzoek);
        behandelaars.controleerWijkbureau(lezers.van(verzoek), zaak);
        Invoercontrole controle = new Invoercontrole();
        controle.alleenVelden(invoer, Set.of());
        controle.controleer("De zaak is niet hervat.");
        wachten.hervat(zaak, lezers.van(verzoek).gebruiker());
        return Map.of("zaaknummer", zaak.zaaknummer(), "opgeschort", false);
    }

    /** A werkdag after today and within a year, as {@code jjjj-mm-dd}. */
    private LocalDate datum(Object waarde, Invoercontrole controle) {
        String tekst = controle.verplichteTekst("verwachteDatum", waarde, 10);
        if (tekst == null) {
            return null;
        }
        try {
            LocalDate dag = LocalDate.parse(tekst);
            LocalDate vandaag = werkdagen.vandaag();
            if (!dag.isAfter(vandaag) || dag.isAfter(vandaag.plusYears(1))) {
                controle.fout("verwachteDatum", "kies een datum na vandaag en binnen een jaar");
            } else if (!werkdagen.isWerkdag(dag)) {
                controle.fout("verwachteDatum", "kies een werkdag");
            }
            return dag;
        } catch (java.time.format.DateTimeParseException e) {
            controle.fout("verwachteDatum", "'" + tekst + "' is geen datum (jjjj-mm-dd)");
            return null;
        }
    }

    /** The case if the user may read it (else 404) and works it (else 403). */
    Zaak behandelde(String zaaknummer, HttpServletRequest verzoek) {
        Lezer lezer = lezers.van(verzoek);
        if (lezer == null) {
            throw new ZakenApi.OnbekendeZaak();
        }
        Zaak zaak = zaken.zaak(lezer, zaaknummer).orElseThrow(ZakenApi.OnbekendeZaak::new);
        behandelaars.controleer(lezer, zaak);
        return zaak;
    }

    /** A whole number of werkdagen from 1 to {@value Aanvullingsverzoeken#MAX_TERMIJN}; the default when absent. */
    private static int werkdagen(Object waarde, int standaard, Invoercontrole controle) {
        if (waarde == null) {
            return standaard;
        }
        if (waarde instanceof Integer getal && getal >= 1 && getal <= Aanvullingsverzoeken.MAX_TERMIJN) {
            return getal;
        }
        controle.fout("termijn", "een geheel aantal werkdagen van 1 tot en met " + Aanvullingsverzoeken.MAX_TERMIJN);
        return standaard;
    }
}
