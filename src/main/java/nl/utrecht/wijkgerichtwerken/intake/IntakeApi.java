package nl.utrecht.wijkgerichtwerken.intake;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.config.Clientadres;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * Public submission API for wijkplatforms and initiatiefnemers (DESIGN §6), no account needed:
 * {@code POST /api/adviezen}, {@code /api/initiatieven}, {@code /api/informatieverzoeken}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class IntakeApi {

    private final Intake intake;
    private final Snelheidsbegrenzer begrenzer;
    private final Clientadres clientadres;

    IntakeApi(Intake intake, Snelheidsbegrenzer begrenzer, Clientadres clientadres) {
        this.intake = intake;
        this.begrenzer = begrenzer;
        this.clientadres = clientadres;
    }

    @PostMapping("/adviezen")
    ResponseEntity<Intake.Ontvangen> advies(@RequestBody Map<String, Object> invoer, HttpServletRequest verzoek,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String sleutel) {
        return dien(Zaaksoort.ADVIES, invoer, verzoek, sleutel);
    }

    @PostMapping("/initiatieven")
    ResponseEntity<Intake.Ontvangen> initiatief(@RequestBody Map<String, Object> invoer, HttpServletRequest verzoek,
                                                 @RequestHeader(name = "Idempotency-Key", required = false) String sleutel) {
        return dien(Zaaksoort.INITIATIEF, invoer, verzoek, sleutel);
    }

    @PostMapping("/informatieverzoeken")
    ResponseEntity<Intake.Ontvangen> informatieverzoek(@RequestBody Map<String, Object> invoer, HttpServletRequest verzoek,
                                                        @RequestHeader(name = "Idempotency-Key", required = false) String sleutel) {
        return dien(Zaaksoort.INFORMATIEVERZOEK, invoer, verzoek, sleutel);
    }

    private ResponseEntity<Intake.Ontvangen> dien(Zaaksoort soort, Map<String, Object> invoer, HttpServletRequest verzoek, String sleutel) {
        String client = clientadres.van(verzoek);
        begrenzer.controleer(client);
        Intake.Ontvangen ontvangen;
        try {
            ontvangen = intake.dien(soort, invoer, sleutel);
        } catch (OngeldigeInvoerException | Idempotentie.AndereInhoud geweigerd) {
            // counted with the refused submissions, not with the accepted ones (429 when those are used up)
            begrenzer.teruggeven(client);
            begrenzer.geweigerd(client);
            throw geweigerd;
        }
        return ResponseEntity.created(URI.create("/api/status/" + ontvangen.zaaknummer())).body(ontvangen);
    }
}
