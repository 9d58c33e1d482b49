package nl.utrecht.wijkgerichtwerken.intake;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/status/{zaaknummer}?token=…}: the status of a case for whoever holds its link, and
 * {@code POST …/evaluatie} with {@code {"score": 1..5, "toelichting": "…"}} while an initiative asks for
 * an evaluation. An unknown number, a wrong token and a case that asks no evaluation give the same 404.
 */
@RestController
class StatusApi {

    /** Unknown case or wrong token; deliberately indistinguishable. */
    static class NietGevonden extends RuntimeException {
        NietGevonden() {
            super("Zaak niet gevonden");
        }
    }

    private final Statusvoortgang overzicht;

    private final Evaluatie evaluatie;

    StatusApi(Statusvoortgang overzicht, Evaluatie evaluatie) {
        this.overzicht = overzicht;
        this.evaluatie = evaluatie;
    }

    @GetMapping(path = "/api/status/{zaaknummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    Statusvoortgang.Statusantwoord status(@PathVariable String zaaknummer, @RequestParam(required = false) String token) {
        return overzicht.voor(zaaknummer, token).orElseThrow(NietGevonden::new);
    }

    @PostMapping(path = "/api/status/{zaaknummer}/evaluatie", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Statusvoortgang.Statusantwoord> evalueer(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
                                                    @RequestBody Map<String, Object> invoer) {
        try {
            Invoervorm.controleerEvaluatie(invoer);
            evaluatie.geef(zaaknummer, token, invoer.get("score"), invoer.get("toelichting"));
        } catch (Evaluatie.NietGevraagd geenEvaluatie) {
            throw new NietGevonden();
        }
        return ResponseEntity.ok(overzicht.voor(zaaknummer, token).orElseThrow(NietGevonden::new));
    }
}
